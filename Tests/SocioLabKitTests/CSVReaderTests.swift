import Foundation
import Testing

@testable import SocioLabKit

struct CSVReaderTests {
    @Test func readsHeaderRowsAndLines() throws {
        let table = try CSVReader.parse(
            text: "ime,priimek,emso\nAna,Novak,0101990505001\nBor,Kos,\n", file: "p.csv")
        #expect(table.header == ["ime", "priimek", "emso"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0]["emso"] == "0101990505001")
        #expect(table.rows[1]["priimek"] == "Kos")
        #expect(table.rows[1]["emso"] == "")
        #expect(table.rows[1]["missing"] == nil)
        #expect(table.rows.map(\.line) == [2, 3])
        #expect(table.headerLine == 1)
        #expect(table.delimiter == .comma)
        #expect(table.file == "p.csv")
        #expect(
            table.location(of: table.rows[1], field: "emso") == .init(file: "p.csv", line: 3, field: "emso"))
    }

    @Test func quotedFieldsEscapesAndEmbeddedLineBreaks() throws {
        let text =
            "a;b;c\r\n\"x;y\";\"say \"\"hi\"\"\";\"two\r\nlines\"\r\n\"\";plain\"quote;\"\"\"\"\r\nlast;1;2"
        let table = try CSVReader.parse(text: text)
        #expect(table.delimiter == .semicolon)
        #expect(
            table.rows.map(\.fields) == [
                ["x;y", "say \"hi\"", "two\r\nlines"],
                ["", "plain\"quote", "\""],
                ["last", "1", "2"],
            ])
        #expect(table.rows.map(\.line) == [2, 4, 5])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndings(ending: String) throws {
        let text = ["h1,h2", "1,2", "\"a\(ending)b\",3", "4,5"].joined(separator: ending) + ending
        let table = try CSVReader.parse(text: text)
        #expect(table.rows.map(\.fields) == [["1", "2"], ["a\(ending)b", "3"], ["4", "5"]])
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let table = try CSVReader.parse(text: "\n\nx,y\n\n1,2\n\n\n3,4\n\n")
        #expect(table.headerLine == 3)
        #expect(table.rows.map(\.line) == [5, 8])
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3", CSVDelimiter.comma),
        ("a;b;c\n1,5;2,5;3", .semicolon),
        ("\"x,y\";b\n1;2", .semicolon),
        ("a\tb\n1\t2", .tab),
        ("single\n1", .comma),
        ("a,b;c\n", .comma),
    ])
    func delimiterDetection(text: String, expected: CSVDelimiter) throws {
        #expect(CSVReader.detectDelimiter(in: text) == expected)
        #expect(try CSVReader.parse(text: text).delimiter == expected)
    }

    @Test func givenDelimiterOverridesDetection() throws {
        let table = try CSVReader.parse(text: "a;b,c\n1;2,3", delimiter: .comma)
        #expect(table.header == ["a;b", "c"])
    }

    @Test func headerNamesAreTrimmedAndTrailingEmptyColumnsDropped() throws {
        let table = try CSVReader.parse(text: " ime ;\tpriimek;;\nAna;Novak;;\nBor;Kos\n")
        #expect(table.header == ["ime", "priimek"])
        #expect(table.rows.map(\.fields) == [["Ana", "Novak"], ["Bor", "Kos"]])
    }

    @Test func shortRowsArePaddedUnlessRefused() throws {
        let table = try CSVReader.parse(text: "a,b,c\n1\n1,2\n")
        #expect(table.rows.map(\.fields) == [["1", "", ""], ["1", "2", ""]])
        let error = try #require(throws: SocioLabError.self) {
            try CSVReader.parse(text: "a,b,c\n1,2,3\n1,2\n", file: "f.csv", allowsShortRows: false)
        }
        #expect(error.code == .csvFieldCount)
        #expect(error.location == .init(file: "f.csv", line: 3, field: "c"))
    }

    @Test func valuesStayAsWritten() throws {
        let table = try CSVReader.parse(text: "d,n\n 03.10.2019 ,-5\n")
        #expect(table.rows[0].fields == [" 03.10.2019 ", "-5"])
    }

    @Test func leadingByteOrderMarkIsIgnored() throws {
        let table = try CSVReader.parse(text: "\u{FEFF}emso;ime\n1;Ana\n")
        #expect(table.header == ["emso", "ime"])
        #expect(table.rows[0]["emso"] == "1")
    }

    @Test func headerOnlyGivesNoRows() throws {
        let table = try CSVReader.parse(text: "a,b\r\n")
        #expect(table.rows.isEmpty)
        #expect(table.header == ["a", "b"])
    }

    @Test func readStreamsRowsAndStopsOnTheBodysError() throws {
        var seen: [Int] = []
        let result = try CSVReader.read(text: "a\n1\n2\n3\n") { seen.append($0.line) }
        #expect(seen == [2, 3, 4])
        #expect(result.header.names == ["a"])
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try CSVReader.read(text: "a\n1\n2\n") { _ in throw Stop() }
        }
    }

    @Test func parsesDataWithDetection() throws {
        var bytes: [UInt8] = Array("ime;kraj\n".utf8)
        // "Čaša;Žalec" in Windows-1250.
        bytes += [0xC8, 0x61, 0x9A, 0x61, 0x3B, 0x8E, 0x61, 0x6C, 0x65, 0x63, 0x0A]
        let table = try CSVReader.parse(data: Data(bytes), file: "x.csv")
        #expect(table.rows[0].fields == ["Čaša", "Žalec"])
    }

    // MARK: errors

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let text: String
        let code: SocioLabError.Code
        let line: Int?
        let field: String?
        var testDescription: String { "\(code) at \(line.map(String.init) ?? "-")" }
    }

    @Test(arguments: [
        ErrorCase(text: "", code: .csvEmpty, line: nil, field: nil),
        ErrorCase(text: "\r\n\n", code: .csvEmpty, line: nil, field: nil),
        ErrorCase(text: "a,b\n1,\"open\n2,3\n", code: .csvUnterminatedQuote, line: 2, field: "b"),
        ErrorCase(text: "a,b\n1,2\n\"x\"y,3\n", code: .csvTextAfterQuote, line: 3, field: "a"),
        ErrorCase(text: "a,b,a\n", code: .csvDuplicateHeader, line: 1, field: "a"),
        ErrorCase(text: "\na,,b\n", code: .csvEmptyHeader, line: 2, field: nil),
        ErrorCase(text: ";;\n1;2\n", code: .csvEmptyHeader, line: 1, field: nil),
        ErrorCase(text: "a,b\n1,2\n\"multi\nline\",2\n1,2,3\n", code: .csvFieldCount, line: 5, field: nil),
        ErrorCase(text: "a;b\n1;2\n3;\u{FEFF}4\n", code: .csvBOMInMiddle, line: 3, field: "b"),
        ErrorCase(text: "a;b\n1;\"x\u{FFFD}\"\n", code: .csvBadEncoding, line: 2, field: "b"),
        ErrorCase(text: "a;b\n1;2\n\n\u{0}\n", code: .csvBinary, line: 4, field: "a"),
    ])
    func errorsNameTheLineAndColumn(errorCase: ErrorCase) throws {
        let error = try #require(throws: SocioLabError.self) {
            try CSVReader.parse(text: errorCase.text, file: "in.csv")
        }
        #expect(error.code == errorCase.code)
        #expect(error.location.file == "in.csv")
        #expect(error.location.line == errorCase.line)
        #expect(error.location.field == errorCase.field)
        #expect(!error.message.isEmpty)
        #expect(error.description.hasSuffix("[\(errorCase.code.rawValue)]"))
    }

    @Test func extraEmptyFieldsAreDroppedButExtraValuesAreNot() throws {
        let table = try CSVReader.parse(text: "a,b\n1,2,,\n")
        #expect(table.rows[0].fields == ["1", "2"])
        let error = try #require(throws: SocioLabError.self) { try CSVReader.parse(text: "a,b\n1,2,,x\n") }
        #expect(error.code == .csvFieldCount)
        #expect(error.message.contains("\"x\""))
    }

    @Test func recordOverOneMebibyteIsTooLong() throws {
        let fits = String(repeating: "x", count: CSVReader.maximumRecordByteCount - 2)
        let table = try CSVReader.parse(text: "a,b\n\(fits),y\n")
        #expect(table.rows[0]["a"]?.utf8.count == fits.utf8.count)

        let long = String(repeating: "y", count: CSVReader.maximumRecordByteCount + 1)
        let error = try #require(throws: SocioLabError.self) {
            try CSVReader.parse(text: "a,b\n1,2\n\"\(long)\",2\n", file: "big.csv")
        }
        #expect(error.code == .csvLineTooLong)
        #expect(error.location == .init(file: "big.csv", line: 3, field: "a"))
    }

    @Test func manyRowsParseInOrder() throws {
        var text = "id;ime;opomba\n"
        for index in 0..<10_000 { text += "\(index);Oseba \(index);\"vrstica;\"\"\(index)\"\"\"\n" }
        let table = try CSVReader.parse(text: text)
        #expect(table.rows.count == 10_000)
        #expect(table.rows[9_999].fields == ["9999", "Oseba 9999", "vrstica;\"9999\""])
        #expect(table.rows[9_999].line == 10_001)
    }
}
