import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

/// Pins, byte for byte, what the kit writes for others to read: the ten CSV files of the exchange contract
/// (with the default writer and Excel's), the JSON dataset document, the report in every renderer, and the
/// dataset fingerprint — on the demo, on ``PinSample`` and on a larger generated sample.
///
/// A failure names the output; see ``FormatPin/message(_:actual:expected:)`` for what to do. The digests
/// were taken from the code as it was before issue 13's refactoring.
struct FormatPinTests {
    /// The datasets the pins use, by name.
    static let datasets: [String: @Sendable () -> Dataset] = [
        "demo": { SampleData.demo() },
        "pin-sample": { PinSample.dataset() },
        "large-1000": { SampleData.large(persons: 1000, personalDetails: true) },
        "every-kind": {
            Dataset(operation: ConformanceFixtures.operation, records: ConformanceFixtures.everyKind)
        },
    ]

    // MARK: CSV

    @Test(arguments: ["demo", "pin-sample", "large-1000", "every-kind"])
    func csvExportFiles(of name: String) throws {
        let dataset = Self.datasets[name]!()
        for (writerName, writer) in [("default", CSVWriter()), ("excel", CSVWriter.excel)] {
            let files = try CSVExport.files(for: dataset, writer: writer)
            // Issue 16: the demo and the large sample have finance records, so they export the four finance
            // tables too; the other samples have none, and an empty finance table is not exported.
            let tables = ExchangeTable.allCases.filter {
                !$0.kind.isFinance || dataset.count(of: $0.kind) > 0
            }
            #expect(files.count == (name == "demo" || name == "large-1000" ? 14 : 10))
            #expect(files.map(\.name) == tables.map(\.fileName))
            for file in files {
                FormatPin.check("csv \(name)/\(file.name) (\(writerName))", file.data)
            }
        }
    }

    // MARK: JSON dataset document

    @Test(arguments: ["demo", "pin-sample", "large-1000", "every-kind"])
    func jsonDatasetDocument(of name: String) {
        let data = DatasetDocument.encode(Self.datasets[name]!())
        FormatPin.check("json \(name)/dataset.json", data)
    }

    // MARK: Fingerprint

    /// Extends `FingerprintStabilityTests` (empty, core fixtures, outputs, its random sample) to the demo,
    /// the pin sample, the large sample and the every-kind fixture, computed directly and by a workspace.
    @Test(arguments: ["demo", "pin-sample", "large-1000", "every-kind"])
    func datasetFingerprint(of name: String) async throws {
        let dataset = Self.datasets[name]!()
        let direct = DatasetFingerprint.sha256(of: dataset)
        FormatPin.check("fingerprint \(name)", digest: direct)
        let workspace = try await Fixtures.workspace(.dataset(dataset))
        #expect(await workspace.fingerprint() == direct)
    }

    // MARK: Reports

    /// A report configuration: what `sociolab report` would be given.
    struct ReportCase: Sendable, CustomTestStringConvertible {
        var name: String
        var dataset: String
        var scope: Scope = .wholeOperation
        var breakdowns: [BreakdownDimension]? = nil
        var suppression: SuppressionPolicy? = nil
        var testDescription: String { name }
    }

    static let reportCases: [ReportCase] = [
        ReportCase(name: "demo", dataset: "demo"),
        // sociolab report --period 2019 --by gender --by partner --suppress-below 5
        ReportCase(
            name: "demo-2019-by-gender-partner-k5", dataset: "demo", scope: Scope(period: .year(2019)),
            breakdowns: [.gender, .partner], suppression: .standard),
        // sociolab report --period 2019-Q3 --partner prizma --by age_group --by employment_status --by target_group
        ReportCase(
            name: "demo-2019Q3-prizma-by-person", dataset: "demo",
            scope: Scope(period: .quarter(2019, 3), partners: ["prizma"]),
            breakdowns: [.ageGroup, .employmentStatus, .targetGroup]),
        // sociolab report --period 2019-01-01..2020-06-30 --by info_point --by municipality --by pillar
        ReportCase(
            name: "demo-range-by-place", dataset: "demo",
            scope: Scope(
                period: .range(
                    DateRange(Day(year: 2019, month: 1, day: 1)!, Day(year: 2020, month: 6, day: 30)!))),
            breakdowns: [.infoPoint, .municipality, .pillar]),
        ReportCase(name: "pin-sample", dataset: "pin-sample"),
        ReportCase(
            name: "pin-sample-2020-k3", dataset: "pin-sample", scope: Scope(period: .year(2020)),
            breakdowns: [.gender, .targetGroup, .partner], suppression: try! SuppressionPolicy(threshold: 3)),
    ]

    /// The renderers, by the name `--format` (and `--lang`, `--excel`) would give them.
    static let renderers: [(String, any ReportRenderer)] = [
        ("json", JSONReportRenderer()),
        ("json-compact", JSONReportRenderer(prettyPrinted: false)),
        ("text-sl", TextReportRenderer(language: .slovenian)),
        ("text-en", TextReportRenderer(language: .english)),
        ("markdown-sl", MarkdownReportRenderer(language: .slovenian)),
        ("markdown-en-brief", MarkdownReportRenderer(language: .english, includesDetails: false)),
        ("html-sl", HTMLReportRenderer(language: .slovenian)),
        ("html-en", HTMLReportRenderer(language: .english)),
        ("csv-sl", CSVReportRenderer(language: .slovenian)),
        ("csv-en-excel", CSVReportRenderer(language: .english, excel: true)),
    ]

    @Test(arguments: reportCases)
    func reportRenderings(_ reportCase: ReportCase) async throws {
        let dataset = Self.datasets[reportCase.dataset]!()
        var builder = ReportBuilder(plugins: .standard)
        if let breakdowns = reportCase.breakdowns {
            builder.breakdowns = breakdowns
            // As `--by` does since issue 15: the breakdowns asked for are shown by every renderer.
            builder.requestedBreakdowns = breakdowns
        }
        builder.suppression = reportCase.suppression
        let report = builder.build(dataset, scope: reportCase.scope, asOf: FormatPin.asOf)
        // The workspace's report (the CLI's way, with the fingerprint kept per revision) is the same report.
        let workspace = try await Fixtures.workspace(.dataset(dataset))
        let throughWorkspace = await workspace.report(builder, scope: reportCase.scope, asOf: FormatPin.asOf)
        #expect(JSONReportRenderer().render(throughWorkspace) == JSONReportRenderer().render(report))
        for (format, renderer) in Self.renderers {
            FormatPin.check("report \(reportCase.name)/\(format)", Array(renderer.render(report).utf8))
        }
    }
}
