import Foundation
import Testing

@testable import SocioLabKit

/// Checks the column lists of `Documentation/DataFormats.md` against the entity schemas: names, order,
/// which are required (**bold**) and which are personal data (*italics*), and the header of each
/// example file, so the guide cannot drift from what the exporter writes and the importer reads.
struct DataFormatsSchemaTests {
    /// A column as the guide lists it.
    struct ListedColumn: Hashable, CustomStringConvertible {
        var name: String
        var isRequired: Bool
        var isPersonal: Bool
        var description: String { (isRequired ? "**" : "") + (isPersonal ? "*" : "") + name }
    }

    /// The guide's text.
    static let guide: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Documentation/DataFormats.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The lines of a table's section, from its `### name.csv` heading to the next heading.
    static func section(_ table: ExchangeTable) -> [Substring] {
        let lines = guide.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: Substring("### " + table.fileName)) else { return [] }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { $0.hasPrefix("#") } ?? lines.endIndex
        return Array(lines[(start + 1)..<end])
    }

    /// The column list: the first paragraph of the section, split at commas.
    static func listed(_ table: ExchangeTable) -> [ListedColumn] {
        let paragraph = section(table).drop { $0.isEmpty }.prefix { !$0.isEmpty }.joined(separator: " ")
        return paragraph.split(separator: ",").map { item in
            var name = item.trimmingCharacters(in: .whitespaces)
            let bold = name.hasPrefix("**") && name.hasSuffix("**")
            if bold { name = String(name.dropFirst(2).dropLast(2)) }
            let italic = name.hasPrefix("*") && name.hasSuffix("*")
            if italic { name = String(name.dropFirst().dropLast()) }
            return ListedColumn(name: name, isRequired: bold, isPersonal: italic)
        }
    }

    @Test func guideIsFound() {
        #expect(Self.guide.contains("## CSV files"))
    }

    @Test(arguments: ExchangeTable.allCases)
    func columnListMatchesTheSchema(table: ExchangeTable) {
        let expected = table.columnInfo.map {
            ListedColumn(name: $0.name, isRequired: $0.isRequired, isPersonal: $0.isPersonal)
        }
        #expect(Self.listed(table) == expected)
    }

    @Test(arguments: ExchangeTable.allCases)
    func exampleHeaderIsTheExportersHeader(table: ExchangeTable) throws {
        let lines = Self.section(table)
        let fence = try #require(lines.firstIndex(of: "```csv"))
        let header = lines[fence + 1]
        let delimiter: Character = header.contains(";") ? ";" : ","
        #expect(header.split(separator: delimiter).map(String.init) == table.columns)
    }

    /// Every table of the guide is a table of the exchange.
    @Test func guideListsNoOtherTable() {
        let headings = Self.guide.split(separator: "\n").filter {
            $0.hasPrefix("### ") && $0.hasSuffix(".csv")
        }
        #expect(headings.map { String($0.dropFirst(4)) } == ExchangeTable.allCases.map(\.fileName))
    }

    /// The persons section names the personal-details columns in its prose too.
    @Test func personsProseNamesThePersonalColumns() {
        let personal = ExchangeTable.persons.columnInfo.filter(\.isPersonal).map { "`\($0.name)`" }
        let prose = Self.section(.persons).joined(separator: " ")
        #expect(prose.contains("(" + personal.joined(separator: ", ") + ")"))
    }
}
