import Foundation
import Testing

@testable import SocioLabKit

/// The Slovenian column names come from the schemas (each field's `sl:`): the table of them in
/// `Documentation/DataFormats.md` is rendered from the schemas, and with `SOCIOLAB_REGENERATE=1` the test
/// rewrites it there.
struct SlovenianColumnTableTests {
    static let guideFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(
            path: "Documentation/DataFormats.md")

    /// The heading the table follows.
    static let heading = "### Column names in Slovenian"

    /// The table as the schemas give it: a header, then one row per English column name.
    static func rendered() -> [String] {
        ["| column | Slovenian |", "|---|---|"]
            + ExchangeTable.slovenianColumnList.map { "| `\($0.english)` | `\($0.slovenian)` |" }
    }

    /// The guide with its table replaced by `table`, or `nil` when the guide has no such section.
    static func guide(_ text: String, replacingTableWith table: [String]) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: heading),
            let first = lines[start...].firstIndex(where: { $0.hasPrefix("|") })
        else { return nil }
        let end = lines[first...].firstIndex { !$0.hasPrefix("|") } ?? lines.endIndex
        lines.replaceSubrange(first..<end, with: table)
        return lines.joined(separator: "\n")
    }

    @Test func theGuidesTableIsWhatTheSchemasRender() throws {
        let text = try String(contentsOf: Self.guideFile, encoding: .utf8)
        let expected = try #require(Self.guide(text, replacingTableWith: Self.rendered()))
        if ProcessInfo.processInfo.environment["SOCIOLAB_REGENERATE"] == "1", text != expected {
            try expected.write(to: Self.guideFile, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            text == expected,
            """
            The table under "\(Self.heading)" in Documentation/DataFormats.md differs from the schemas' `sl:` \
            names; run `SOCIOLAB_REGENERATE=1 swift test --filter SlovenianColumnTableTests` to rewrite it.
            """)
    }

    @Test func theRenderingReplacesOnlyTheTable() throws {
        let text = "intro\n\n\(Self.heading)\n\nprose\n\n| a | b |\n|---|---|\n| `x` | `y` |\n\n### Next\n"
        let replaced = try #require(Self.guide(text, replacingTableWith: ["| new |"]))
        #expect(replaced == "intro\n\n\(Self.heading)\n\nprose\n\n| new |\n\n### Next\n")
        #expect(Self.guide("no table here", replacingTableWith: []) == nil)
    }

    /// A column has the same Slovenian name in every table that has it, and every column has one.
    @Test func eachColumnHasOneSlovenianNameInEveryTable() {
        for table in ExchangeTable.allCases {
            for column in table.columnInfo {
                #expect(!column.slovenianName.isEmpty, "\(table.fileName): \(column.name)")
                #expect(
                    ExchangeTable.slovenianColumnNames[column.name] == column.slovenianName,
                    "\(table.fileName): \(column.name) is \(column.slovenianName) here, elsewhere not")
            }
        }
        #expect(ExchangeTable.slovenianColumnNames.count == ExchangeTable.slovenianColumnList.count)
    }

    /// The names callers look up (the header check, the codebook, error messages) are the schemas'.
    @Test func theLookupsReadTheSchemas() {
        #expect(ExchangeTable.slovenianColumnNames["birth_date"] == "datum_rojstva")
        #expect(ExchangeTable.slovenianColumnNames["id"] == "šifra")
        #expect(ExchangeTable.slovenianColumnNames["evidence"] == "dokazila")
        #expect(ExchangeTable.persons.slovenianColumns.first == "šifra")
        #expect(ExchangeTable.persons.slovenianColumns.last == "podatki_izbrisani")
        #expect(ExchangeTable.persons.slovenianColumns.count == ExchangeTable.persons.columns.count)
    }
}
