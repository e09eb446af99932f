import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

/// Pins the bytes of the CSV export of the demo sample and checks that the import reads them back into
/// the same dataset, so that deriving the exchange from the entity schemas changes nothing a user can see.
struct CSVSchemaPinTests {
    @Test func demoExportIsPinnedAndReadsBack() throws {
        let demo = SampleData.demo()
        let files = try CSVExport.files(for: demo)
        #expect(files.map { $0.name + " " + SHA256Hasher.hex(SHA256Hasher.hash($0.data)) } == Self.pinned)
        let batch = try CSVImport.read(
            files.map { CSVSource(name: $0.name, data: $0.data) }, options: .init(operation: demo.operation))
        var back = Dataset(operation: demo.operation)
        for change in ImportPlanner.changes(for: batch, against: back) { _ = try back.apply(change) }
        #expect(back == demo)
    }

    static let pinned: [String] = [
        "organisations.csv 5990bb27b7c363a50d53b347a55fa1a8db95e95e6a6faa176bbd9a82fed487ec",
        // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
        "persons.csv 1a248aab5527d4d9d0c43e1dfca3cef50aef0edf459a91a1c484cb2db7dce717",
        "info_points.csv 88f66097bb111ab72b45db3a2c9586aa9cbc67b9fdb90fb89be782afed9b8cb3",
        "activities.csv f378ce8e634b9d933669baaaf3b01302768164ad79a2ec904d4cba2c94408d35",
        "participations.csv 1e1ab506122871f073daa5136e7a1ef38bb9a17a7cacc3f784a4c6065f2b3404",
        "jobs.csv 17d1d385dc45e88867fa7750456414d01177aa4fa6139ff3c337fed5aa58b36a",
        "products.csv c03d761afd4a4cca94ecc67b6f869e7eabc4ad427c8b451458eef2ddd3eba561",
        "development_plans.csv 5e6c9c5208943d1462feef7299e583ea468688c78e68206d0eeaa26f148d17a5",
        "support_programmes.csv 2b2ea1bf8d50db054e51aae53752e8f453e83514f4cff5a8d050211712b9a8e6",
        "milestones.csv 62db0ecf22258096684767317b375caccf8c31bb7578b03d2ebe988ff63664ba",
        // Issue 16: the demo gains its finance (budget, costs, claims); the four finance files are new pins.
        "budget_lines.csv c046a48fcbc9737467d679978df76f314c8207ff52b09c1606cd3bb70a891aab",
        "cost_items.csv 00d9edbf20082890d3b0b53b2069fa060288833c2ebc4b1323b226f7899206d3",
        "payment_claims.csv 287fce35672550b02e72012ca5b4288bc111d9912bc2f321109afba95c272d67",
        "payment_claim_items.csv 85294c623046d10e61d98c4f77340fe882a9a918102e693a679b726546ed29e2",
    ]
}
