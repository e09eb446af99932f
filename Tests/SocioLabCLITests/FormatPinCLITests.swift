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
        "export json": "909592f0f3d25dc5c724cf0ed7ef305c2db84339a1586602bed8fe4dfe91c4eb",
        "report csv en": "d8b08bb96bf2e8be518b5bdd527971711e8f18a160dfca957cfc4386436f7373",
        "report csv en excel": "d3e05eae0cdc7628b0f0c9465518568ee6845311b6f98019959c047a9932b657",
        "report csv sl": "ab9853a715b4018f5fac04407af08066c02b842250b55bcbeaadd07bdba824bb",
        // Issue 15: the two HTML digests changed for the HTML report's new layout; no other digest changed.
        "report html en": "acc2accb8838139aa6d45f91501078c91d7ed2f3107370f62f7e80d63ac6c7f6",
        "report html sl": "193d9106b6bc257e251c83116141ee0591d941991cc146acf60cf0777afd2777",
        // Issue 14: the JSON reports changed for the reworded counting rules of OUT-04, OUT-06, CO23/EECO19
        // and training.completion (records entered twice, mentee organisations); no figure changed.
        "report json 2019 by gender partner k5":
            "dcf7f2a47cacc1512df544faa3888e4c7dfc697c51af1d3e2be31b8c346f1f45",
        "report json 2019-Q3 prizma by person":
            "3c9061843ae39b7eb7f9e81cbaf8af19a9c048bf3a518bae5be0a7c909d204a5",
        "report json en": "f21b041dbc5ac1a61a36e3edfb3635d0a4d6464b683d213b3f893fc7ed6ed2cd",
        "report json sl": "f21b041dbc5ac1a61a36e3edfb3635d0a4d6464b683d213b3f893fc7ed6ed2cd",
        "report markdown en": "563eef554e91966618ab20905cb70f6b5752dbff03aab2b7bcade1ec8549ac88",
        "report markdown sl": "f98fadbc9d07649d0608b680b37cc6b00912554a237cd1b87190e9ed6202f2a4",
        "report text en": "bc614f2ba33be3dd77d8d9e358b9f4a1cf8e7172a6193f5e4c5bef1dc494b6bb",
        "report text en 2019 by gender partner k5":
            "dc44e6b0949300fd3269ce1589816ead0a00f651060f19103dd9eb3306f001c9",
        "report text sl": "5aff9eec56ed1d961b59a923b93749a61e9ea41ef82cb9406434806d8eb587df",
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
            #expect(files.count == 10, "\(files)")
            for file in files { Self.check("export \(name) \(file)", try directory.read(out + "/" + file)) }
        }
    }
}
