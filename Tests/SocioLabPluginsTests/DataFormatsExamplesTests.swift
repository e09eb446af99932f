import Foundation
import SocioLabKit
import SocioLabPlugins
import Testing

/// Issue 14: every example CSV block of `Documentation/DataFormats.md` imports as printed, with the standard
/// plugins, into an empty store of the operation, and the result has no validation error. The test fails
/// when an example drifts from what the importer or the rules accept.
struct DataFormatsExamplesTests {
    /// Each ```csv block under a `### name.csv` heading, as a source named after its table (`activities.csv`,
    /// then `activities-2.csv` for a second block).
    static let examples: [CSVSource] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Documentation/DataFormats.md")
        let guide = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var sources: [CSVSource] = []
        var table: String?
        var block: [Substring]?
        var count: [String: Int] = [:]
        for line in guide.split(separator: "\n", omittingEmptySubsequences: false) {
            if var lines = block {
                if line == "```" {
                    let name = table ?? "unknown"
                    count[name, default: 0] += 1
                    let file = count[name]! == 1 ? name + ".csv" : "\(name)-\(count[name]!).csv"
                    sources.append(
                        CSVSource(name: file, data: Data((lines.joined(separator: "\n") + "\n").utf8)))
                    block = nil
                } else {
                    lines.append(line)
                    block = lines
                }
            } else if line.hasPrefix("### "), line.hasSuffix(".csv") {
                table = String(line.dropFirst(4).dropLast(4))
            } else if line.hasPrefix("#") {
                table = nil
            } else if line == "```csv", table != nil {
                block = []
            }
        }
        return sources
    }()

    @Test func everyTableHasAnExample() {
        let tables = Set(Self.examples.compactMap { ExchangeTable(fileName: $0.name) })
        #expect(tables == Set(ExchangeTable.allCases))
        // The activities section shows the detail columns too.
        #expect(Self.examples.contains { $0.name == "activities-2.csv" })
    }

    @Test func theExamplesImportAsPrintedAndValidate() throws {
        let empty = Dataset(operation: .socioLabPodravje)
        let batch: ImportBatch
        do {
            batch = try CSVImport.read(
                Self.examples, options: .init(operation: empty.operation, plugins: .standard))
        } catch {
            Issue.record("The examples do not import: \(error.errors.map(\.description))")
            return
        }
        #expect(batch.warnings.isEmpty, "\(batch.warnings)")
        var dataset = empty
        for change in ImportPlanner.changes(for: batch, against: empty) { _ = try dataset.apply(change) }
        let issues = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules).validate(
            dataset)
        // The only finding allowed is the documented warning for the example of an unregistered kind.
        #expect(issues.filter { $0.severity == .error }.map(\.description) == [])
        #expect(issues.filter { $0.severity == .warning }.map(\.rule) == ["core.unregistered-kind"])
        // The detail columns landed in the details.
        let mentoring = try #require(dataset.activities["a-0003"])
        let details = try MentoringPlugin().details(of: mentoring)
        #expect(details.menteeOrganisation == "o-dobrina" && details.topic == "poslovni načrt")
        #expect(try FairPlugin().details(of: try #require(dataset.activities["a-0004"])).visitors == 120)
    }
}
