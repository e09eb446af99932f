import Foundation
import Testing

@testable import SocioLabKit

/// Excel's `sep=;` first line is read as the delimiter hint, not as the header (issue 20, "standards as
/// they are written").
struct CSVSeparatorHintTests {
    /// One way of writing a file with a hint line.
    struct Spelling: CustomTestStringConvertible, Sendable {
        var delimiter: CSVDelimiter
        var byteOrderMark: Bool
        var lineEnding: String
        var quoted: Bool

        var testDescription: String {
            let name = ["comma", "semicolon", "tab"][CSVDelimiter.allCases.firstIndex(of: delimiter)!]
            return "\(name)\(byteOrderMark ? " BOM" : "")\(lineEnding == "\r\n" ? " CRLF" : " LF")"
                + (quoted ? " quoted" : "")
        }

        /// The file: the hint, a header and one row, with `extra` after the hint on its line.
        func data(extra: String = "") -> Data {
            let d = delimiter.rawValue
            let hint = quoted ? "\"sep=\(d)\"" : "sep=\(d)"
            let text = hint + extra + lineEnding + "id\(d)gender" + lineEnding + "p1\(d)f" + lineEnding
            return Data((byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
        }
    }

    static let spellings: [Spelling] = CSVDelimiter.allCases.flatMap { delimiter in
        [false, true].flatMap { bom in
            ["\n", "\r\n"].flatMap { ending in
                [false, true].map {
                    Spelling(delimiter: delimiter, byteOrderMark: bom, lineEnding: ending, quoted: $0)
                }
            }
        }
    }

    @Test(arguments: spellings)
    func theHintNamesTheDelimiterAndTheHeaderFollows(_ spelling: Spelling) throws {
        let table = try CSVReader.parse(data: spelling.data(), file: "persons.csv")
        #expect(table.delimiter == spelling.delimiter)
        #expect(table.header == ["id", "gender"])
        #expect(table.headerLine == 2)
        #expect(table.rows.map(\.fields) == [["p1", "f"]])
        #expect(table.rows.map(\.line) == [3])
    }

    @Test(arguments: spellings)
    func theImportReadsTheRowsAfterTheHint(_ spelling: Spelling) throws {
        let batch = try CSVImport.read(spelling.data(), file: "persons.csv")
        #expect(batch.counts[.person] == 1)
    }

    @Test func aHintPaddedWithItsDelimiterIsAHint() throws {
        let spelling = Spelling(
            delimiter: .semicolon, byteOrderMark: false, lineEnding: "\r\n", quoted: false)
        let table = try CSVReader.parse(data: spelling.data(extra: ";;;"), file: "persons.csv")
        #expect(table.header == ["id", "gender"])
        #expect(table.delimiter == .semicolon)
    }

    @Test func theHintIsReadInAnyCase() throws {
        let table = try CSVReader.parse(text: "SEP=;\na;b\n1;2\n")
        #expect(table.header == ["a", "b"])
        #expect(table.headerLine == 2)
    }

    @Test func aGivenDelimiterWinsButTheHintLineIsStillSkipped() throws {
        let table = try CSVReader.parse(text: "sep=;\na,b\n1,2\n", delimiter: .comma)
        #expect(table.delimiter == .comma)
        #expect(table.header == ["a", "b"])
        #expect(table.rows.map(\.line) == [3])
    }

    @Test(arguments: ["sep=;", "sep=;\n", "sep=;\r\n", "\u{FEFF}sep=,\r\n", "\"sep=\t\"\n", "sep=;\n\n\n"])
    func aFileThatIsOnlyAHintIsEmptyAtLineTwo(_ text: String) throws {
        let error = try #require(throws: SocioLabError.self) {
            try CSVReader.parse(data: Data(text.utf8), file: "persons.csv")
        }
        #expect(error.code == .csvEmpty)
        #expect(error.location.file == "persons.csv")
        #expect(error.location.line == 2)
        let failure = try #require(throws: ImportFailure.self) {
            try CSVImport.read(Data(text.utf8), file: "persons.csv")
        }
        #expect(failure.errors.map(\.code) == [.csvEmpty])
        #expect(failure.errors.first?.location.line == 2)
        #expect(failure.errors.first?.location.file == "persons.csv")
    }

    @Test(arguments: ["sep=|\na|b\n", "sep= \na b\n", "\"sep=:\"\na:b\n", "sep=§\r\na§b\r\n", "sep=||"])
    func aHintNamingAnotherDelimiterIsRefused(_ text: String) throws {
        let error = try #require(throws: SocioLabError.self) {
            try CSVReader.parse(text: text, file: "x.csv")
        }
        #expect(error.code == .csvUnsupportedDelimiter)
        #expect(error.location == .init(file: "x.csv", line: 1))
        #expect(error.message.contains("comma, semicolon and tab"))
        #expect(error.message(in: .slovenian).contains("podprti pa so le vejica, podpičje in tabulator"))
    }

    @Test(arguments: ["sep=;x\n1;2\n", "sep=\n1\n", "separator;b\n1;2\n", "\"sep=;\n\"\n", "sep=|x\n"])
    func aLineThatIsNoHintStaysTheHeader(_ text: String) throws {
        let table = try CSVReader.parse(text: text)
        #expect(table.headerLine == 1)
    }
}
