import Foundation
import Testing

@testable import SocioLabKit

/// An evidence cell is JSON read by the kit's strict reader: a damaged list is refused at its cell,
/// never normalised into a valid one.
@Suite struct EvidenceCellStrictTests {
    private static let header = "id,organisation_id,name,kind,stage,supported_on,evidence\n"

    private func read(_ evidence: String) -> (records: [EntityRecord], errors: [SocioLabError]) {
        let cell = "\"" + evidence.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let text = Self.header + "pr-1,o-1,Zabojček,product,,2020-06-30,\(cell)\n"
        do {
            return (try CSVImport.read(Data(text.utf8), file: "products.csv").records, [])
        } catch {
            return ([], error.errors)
        }
    }

    @Test func aValidListIsRead() throws {
        let result = read(#"[{"document_id": "AS-14", "kind": "attendance_sheet", "date": "2019-10-03"}]"#)
        #expect(result.errors.isEmpty)
        let product = try #require(
            result.records.first.flatMap { r -> Product? in if case .product(let p) = r { p } else { nil } })
        #expect(product.evidence.map(\.documentID) == ["AS-14"])
    }

    @Test(arguments: [
        #"[{"document_id": "AS-14", "kind": "attendance_sheet", "date": "2019-10-03"},]"#,
        #"[{"document_id": "AS-14", "kind": "attendance_sheet", "date": "2019-10-03",}]"#,
        #"[{"document_id": "AS-14", "kind": "attendance_sheet", "date": "2019-10-03"}"#,
        #"[{'document_id': 'AS-14'}]"#,
    ])
    func aDamagedListIsRefusedAtItsCell(evidence: String) throws {
        let result = read(evidence)
        #expect(result.records.isEmpty)
        let error = try #require(result.errors.first)
        #expect(error.location.file == "products.csv")
        #expect(error.location.line == 2)
        #expect(error.location.field == "evidence")
    }
}
