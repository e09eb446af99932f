import Foundation
import Testing

@testable import SocioLabKit

struct CSVWriterTests {
    static let nasty: [[String]] = [
        ["plain", "with,comma", "with;semicolon"],
        ["say \"hi\"", "two\nlines", "cr\r\nlf"],
        ["Čaša žaba šola", "ĆĐćđ ŠŽšž", ""],
        ["=SUM(A1:A2)", "@cmd", "+1+2"],
        ["-5", "\"", " padded "],
        ["", "", ""],
    ]

    @Test(arguments: [
        CSVWriter(formulaProtection: false),
        CSVWriter(delimiter: .semicolon, lineEnding: .crlf, byteOrderMark: true, formulaProtection: false),
        CSVWriter(delimiter: .tab, lineEnding: .lf, formulaProtection: false),
    ])
    func roundTripThroughTheReader(writer: CSVWriter) throws {
        let header = ["a", "b", "c"]
        let text = writer.string(header: header, rows: Self.nasty)
        let table = try CSVReader.parse(text: text, delimiter: writer.delimiter)
        #expect(table.header == header)
        #expect(table.rows.map(\.fields) == Self.nasty)

        let detected = try CSVReader.parse(data: writer.data(header: header, rows: Self.nasty))
        #expect(detected.delimiter == writer.delimiter)
        #expect(detected.rows.map(\.fields) == Self.nasty)
    }

    @Test func singleEmptyFieldIsQuotedSoTheRecordSurvives() throws {
        let text = CSVWriter().string(header: ["only"], rows: [[""], ["x"]])
        #expect(text == "only\n\"\"\nx\n")
        #expect(try CSVReader.parse(text: text).rows.map(\.fields) == [[""], ["x"]])
    }

    @Test func quotesOnlyWhenNeeded() {
        let writer = CSVWriter(delimiter: .semicolon)
        #expect(writer.encode("a,b") == "a,b")
        #expect(writer.encode("a;b") == "\"a;b\"")
        #expect(writer.encode("a\"b") == "\"a\"\"b\"")
        #expect(writer.encode("a\rb") == "\"a\rb\"")
        #expect(writer.encode("a\nb") == "\"a\nb\"")
        #expect(writer.encode("žaba") == "žaba")
    }

    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+1+2", "'+1+2"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "\"'\rx\""), ("=a,b", "\"'=a,b\""),
        ("-5", "-5"), ("+3.25", "+3.25"), ("-1,5", "\"-1,5\""), ("-", "'-"), ("-1.", "'-1."),
        ("-1.2.3", "'-1.2.3"), ("ok=", "ok="), ("", ""), ("5", "5"),
    ])
    func formulaProtection(value: String, written: String) {
        #expect(CSVWriter().encode(value) == written)
        #expect(
            CSVWriter().encode(value, protectFormulas: false)
                == (value.contains(where: { ",\r".contains($0) }) ? "\"\(value)\"" : value))
    }

    @Test func protectionCanBeSwitchedPerCall() {
        let writer = CSVWriter()
        #expect(writer.string(header: ["f"], rows: [["=1"]]) == "f\n'=1\n")
        #expect(writer.string(header: ["f"], rows: [["=1"]], protectFormulas: false) == "f\n=1\n")
        #expect(
            CSVWriter(formulaProtection: false).string(header: ["f"], rows: [["=1"]], protectFormulas: true)
                == "f\n'=1\n")
    }

    @Test func excelPreset() {
        let writer = CSVWriter.excel
        #expect(writer.delimiter == .semicolon)
        #expect(writer.lineEnding == .crlf)
        #expect(writer.byteOrderMark)
        #expect(writer.formulaProtection)
        let data = writer.data(header: ["ime", "znesek"], rows: [["Špela", "1,50"]])
        #expect(Array(data) == [0xEF, 0xBB, 0xBF] + Array("ime;znesek\r\nŠpela;1,50\r\n".utf8))
    }

    @Test func appendRecordWritesOneLine() {
        var text = ""
        CSVWriter.rfc4180.appendRecord(["a", "b c"], to: &text)
        #expect(text == "a,b c\r\n")
    }
}
