import Foundation
import SocioLabKit
import Testing

/// Pins, byte for byte, what `sociolab report` and `sociolab export` print and write on the demo store,
/// as they were at the start of issue 13: the CLI's choice of renderer, its options and its files must
/// not change while its logic moves into the kit.
///
/// The demo store holds `SampleData.demo()`, so each report here is the kit's report of the demo
/// (`FormatPinTests` in the storage tests pins the same bytes: `report demo/json` there is
/// `report json en` here, and so on). If a digest changes, see `FormatPin.message` in
/// `Tests/SocioLabStorageTests/FormatPinSupport.swift`: a format change needs a format version, not a new pin.
struct FormatPinCLITests {
    /// The pinned SHA-256 of each output, by what produced it.
    static let pinned: [String: String] = [
        // Issue 16 (finance) renewed these pins: the SocioLab Podravje preset gained its finance settings (cost
        // categories and flat rates), which the operation's JSON carries, so every fingerprint, store file, JSON
        // document and report (they print the fingerprint) of a preset dataset changed; the demo gained its
        // finance records (budget, costs, claims), so its JSON document and reports changed and its four finance
        // CSV files are new pins. The ten existing CSV tables of every sample are unchanged.
        "export csv budget_lines.csv": "c046a48fcbc9737467d679978df76f314c8207ff52b09c1606cd3bb70a891aab",
        "export csv cost_items.csv": "00d9edbf20082890d3b0b53b2069fa060288833c2ebc4b1323b226f7899206d3",
        "export csv excel budget_lines.csv":
            "9897a640757975b7b687c01da28c67f3246cd0e8f6ca8de58cebd3ae39d0ef4e",
        "export csv excel cost_items.csv": "e4b48db67ceb42e4e0ba893d2aa8c8df9041b0d5d462e3e082861918864cf7be",
        "export csv excel payment_claim_items.csv":
            "4e9949379e16cbe1595751f63cdb09ddbcb9e558c7608efe1a7116f81c8fa4b8",
        "export csv excel payment_claims.csv":
            "1f2212b00896a92de21093419cd940765730fe021b1d9361d4240c0a21537cd3",
        "export csv payment_claim_items.csv":
            "85294c623046d10e61d98c4f77340fe882a9a918102e693a679b726546ed29e2",
        "export csv payment_claims.csv": "287fce35672550b02e72012ca5b4288bc111d9912bc2f321109afba95c272d67",
        // Issue 14 requires the plugins' detail fields as columns of activities.csv: the CLI exports with
        // the standard plugins, so this pin and the Excel one below were renewed.
        "export csv activities.csv": "33dff5dcdc1dbc8d6905a13756909d6020370a848cd5f130bee2d205ab491117",
        "export csv development_plans.csv":
            "5e6c9c5208943d1462feef7299e583ea468688c78e68206d0eeaa26f148d17a5",
        // Issue 14: detail columns (see above).
        "export csv excel activities.csv": "9adeea0f163704d3599bf3b9353480c1454a93fdc98f4ec9182e430667b52106",
        "export csv excel development_plans.csv":
            "895a96b14405508237a57cacd75f77a19da7396645621fcdbc38e815d78ab340",
        "export csv excel info_points.csv":
            "0f28ad7a822cffeef42b6fd3669eac81023338bfe24b4992bc9dff473808d4c5",
        "export csv excel jobs.csv": "9f00a1adb8790292f91c464fe6dfd49e86462b3e187d0b1269ba74852a13aae1",
        "export csv excel milestones.csv": "5ca65bd09785278e99f70602ebb35a5de319417f33b473dec151ed81c774dfba",
        "export csv excel organisations.csv":
            "1a3250590319c07e508de0aeb76b8d890e14ad03006a19a4f3dcf20eb4f671a2",
        "export csv excel participations.csv":
            "b38444c1a793d6b76cf668aaaec9d50bed3100ee2dfba6461e3f0d5d299d9df6",
        // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
        "export csv excel persons.csv": "8a6e96d4a82749b68109059e184469dcd096c7d92e90a1302180ec2a118e20a7",
        "export csv excel products.csv": "bf6d7094dbf559701b865930d5683dd604e2c82eb92994455f7d8ad6f1ee4e31",
        "export csv excel support_programmes.csv":
            "a0af2299f2c800479ae229e22a97b160449ef7d00b389232ccb155f5c78fdfaa",
        "export csv info_points.csv": "88f66097bb111ab72b45db3a2c9586aa9cbc67b9fdb90fb89be782afed9b8cb3",
        "export csv jobs.csv": "17d1d385dc45e88867fa7750456414d01177aa4fa6139ff3c337fed5aa58b36a",
        "export csv milestones.csv": "62db0ecf22258096684767317b375caccf8c31bb7578b03d2ebe988ff63664ba",
        "export csv organisations.csv": "5990bb27b7c363a50d53b347a55fa1a8db95e95e6a6faa176bbd9a82fed487ec",
        "export csv participations.csv": "1e1ab506122871f073daa5136e7a1ef38bb9a17a7cacc3f784a4c6065f2b3404",
        // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
        "export csv persons.csv": "1a248aab5527d4d9d0c43e1dfca3cef50aef0edf459a91a1c484cb2db7dce717",
        "export csv products.csv": "c03d761afd4a4cca94ecc67b6f869e7eabc4ad427c8b451458eef2ddd3eba561",
        "export csv support_programmes.csv":
            "2b2ea1bf8d50db054e51aae53752e8f453e83514f4cff5a8d050211712b9a8e6",
        "export json": "7a7200e0dc9b6ef8c521f4bc30643265f28d62bb2ab47e79f6ee11ffbeb6e69c",
        "report csv en": "2e1231bf03d42483a7fd24c7f458425828c70067b123638142a09608662e8264",
        "report csv en excel": "6a0cbc3bebe8df8571e3c6cb3ea0f12e60783b2d26ddf2c6fea8b6bd41da76c9",
        "report csv sl": "8ec5b4106c00dedec8d5c3d844b468ef7e51c073c79ac7403d0136a5293afaed",
        // Issue 15: the two HTML digests changed for the HTML report's new layout; no other digest changed.
        "report html en": "62cc1e96a31955ff47baec650a7a1f4e103ecb9348f9315fe6e24bc0eb197dcd",
        "report html sl": "4f9ae60e202ce625cea5b640e0bb756b230417db10ed382dda5342761bd46d4d",
        // Issue 14: the JSON reports changed for the reworded counting rules of OUT-04, OUT-06, CO23/EECO19
        // and training.completion (records entered twice, mentee organisations); no figure changed.
        "report json 2019 by gender partner k5":
            "2bc08c2795d32c3dced20e96ceefb701a794cba28a65d62c417c20b3d825006b",
        "report json 2019-Q3 prizma by person":
            "4bd4a5e067cbf04613f08ba93713bdd981bd1d1ebcad159f20a8d06984dc6ace",
        "report json en": "ba4b75f4e0fc1b8f69c95fbcbd66da9809166de5ca92991af7f5c8c7c03ef712",
        "report json sl": "ba4b75f4e0fc1b8f69c95fbcbd66da9809166de5ca92991af7f5c8c7c03ef712",
        "report markdown en": "d7368336c4c43a241f0f1e9fd5c02c9e4dc9d58a8e550a94bd93e987ce4b8315",
        "report markdown sl": "011f0ab54d929c5a4d115236e6d2b6beaba32cb281fa980830c61b6ddd3d2408",
        "report text en": "d1679af3810e58d3573de5130aae1e784978f625093d43d861d18825270a47cc",
        "report text en 2019 by gender partner k5":
            "295945cc719378167150eac29ec240ffe574dd9a6b24f2cbf2f6d9570e362267",
        "report text sl": "fb3821b9fd0fa00e5095318707dcedbdf3a014d9e7d299fedc50f6235bd29ed6",
    ]

    static func check(_ name: String, _ bytes: Data, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = SHA256Hasher.hex(SHA256Hasher.hash(bytes))
        let expected = pinned[name] ?? "(none)"
        #expect(
            actual == expected,
            """
            PIN \(name): the bytes changed (SHA-256 now \(actual), pinned \(expected)). Do not replace the \
            digest to make this pass: find what changed the CLI's output and undo it; a deliberate format \
            change needs a format version, a note in the CHANGELOG and only then a new pin.
            """, sourceLocation: sourceLocation)
    }

    /// The report command lines, by name; each is run on a copy of the demo store.
    static let reports: [(String, [String])] =
        ["text", "markdown", "csv", "json", "html"].flatMap { format in
            ["sl", "en"].map { language in
                ("report \(format) \(language)", ["--format", format, "--lang", language])
            }
        } + [
            ("report csv en excel", ["--format", "csv", "--lang", "en", "--excel"]),
            (
                "report json 2019 by gender partner k5",
                [
                    "--format", "json", "--period", "2019", "--by", "gender", "--by", "partner",
                    "--suppress-below", "5",
                ]
            ),
            (
                "report text en 2019 by gender partner k5",
                [
                    "--format", "text", "--lang", "en", "--period", "2019", "--by", "gender", "--by",
                    "partner",
                    "--suppress-below", "5",
                ]
            ),
            (
                "report json 2019-Q3 prizma by person",
                [
                    "--format", "json", "--period", "2019-Q3", "--partner", "prizma", "--by", "age_group",
                    "--by",
                    "employment_status", "--by", "target_group",
                ]
            ),
        ]

    @Test func reportOutputs() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        for (name, options) in Self.reports {
            let result = try directory.sociolab(
                arguments: ["report", "--store", store, "--as-of", "2020-12-31"] + options)
            #expect(result.exitCode == 0, "\(name): \(result)")
            Self.check(name, Data(result.standardOutput.utf8))
        }
    }

    @Test func exportOutputs() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let json = try directory.sociolab("export", "--store", store)
        #expect(json.exitCode == 0, "\(json)")
        Self.check("export json", Data(json.standardOutput.utf8))
        for (name, flags) in [("csv", [String]()), ("csv excel", ["--excel"])] {
            let out = name.replacingOccurrences(of: " ", with: "-")
            let result = try directory.sociolab(
                arguments: ["export", "--store", store, "--format", "csv", "--out", out] + flags)
            #expect(result.exitCode == 0, "\(result)")
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path(out).path).sorted()
            // The ten tables and the demo's four finance tables (issue 16).
            #expect(files.count == 14, "\(files)")
            for file in files { Self.check("export \(name) \(file)", try directory.read(out + "/" + file)) }
        }
    }
}
