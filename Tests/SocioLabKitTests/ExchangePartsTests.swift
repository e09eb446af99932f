import Foundation
import Testing

@testable import SocioLabKit

/// A large file is read in parallel parts cut at line feeds; the parts must give exactly what reading the
/// file from start to end gives: the same records, the same errors, on the same lines, in the same order.
struct ExchangePartsTests {
    /// The outcome of an import: the records, or every error as `FILE:LINE:COLUMN code`.
    private func outcome(_ files: [(String, String)], parts: Int) -> ([EntityRecord], [String]) {
        let sources = files.map { CSVSource(name: $0.0, data: Data($0.1.utf8)) }
        do {
            let batch = try CSVImport.read(
                sources, options: CSVImportOptions(operation: .socioLabPodravje), partCount: parts)
            return (batch.records, [])
        } catch {
            return ([], error.errors.map { "\($0.location.description) \($0.code)" })
        }
    }

    /// Expects every part count from 2 to 9 to give what one part gives; returns that outcome.
    @discardableResult
    private func expectSameInParts(_ files: [(String, String)]) -> ([EntityRecord], [String]) {
        let whole = outcome(files, parts: 1)
        for parts in 2...9 {
            let split = outcome(files, parts: parts)
            #expect(split.0 == whole.0, "records differ in \(parts) parts")
            #expect(split.1 == whole.1, "errors differ in \(parts) parts")
        }
        return whole
    }

    private static let productHeader = "id,organisation_id,name,kind,stage,supported_on,evidence\n"

    @Test func quotedLineBreaksAcrossCutsGiveTheSameRecords() throws {
        // Every record spans three lines, so most cuts fall inside a quoted field.
        var text = Self.productHeader
        for row in 0..<120 {
            text += "pr-\(row),o-1,\"Zabojček \(row)\nvrstica 2\r\nvrstica 3\",service,,2020-06-30,\n"
        }
        let (records, errors) = expectSameInParts([("products.csv", text)])
        #expect(errors.isEmpty)
        #expect(records.count == 120)
        let last = try #require(
            records.last.flatMap { r -> Product? in if case .product(let p) = r { p } else { nil } })
        #expect(last.name == "Zabojček 119\nvrstica 2\r\nvrstica 3")
    }

    @Test func errorsOnBothSidesOfACutKeepTheirLinesAndOrder() {
        var text = Self.productHeader
        for row in 0..<200 {
            let date = row % 37 == 5 ? "2020-02-30" : "2020-06-30"
            let kind = row % 53 == 7 ? "gadget" : "product"
            // A quoted line break in some rows shifts the lines after it.
            let name = row % 11 == 0 ? "\"Ime\n\(row)\"" : "Ime \(row)"
            text += "pr-\(row),o-1,\(name),\(kind),,\(date),\n"
        }
        let (_, errors) = expectSameInParts([("products.csv", text)])
        #expect(errors.count == 10)
        // Row 5 is line 2 + 5 + one extra line for row 0's quoted break.
        #expect(errors.first == "products.csv:8:supported_on value.invalid")
        let lines = errors.map { Int($0.split(separator: ":")[1])! }
        #expect(lines == lines.sorted())
    }

    @Test func duplicateIdsAcrossPartsNameTheFirstLineAndComeFirstInTheirRow() throws {
        var text = Self.productHeader
        for row in 0..<150 {
            let id = row == 140 ? "pr-3" : "pr-\(row)"
            let date = row == 140 ? "bad" : "2020-06-30"
            text += "\(id),o-1,Ime \(row),product,,\(date),\n"
        }
        let (_, errors) = expectSameInParts([("products.csv", text)])
        #expect(
            errors == [
                "products.csv:142:id import.duplicate-id", "products.csv:142:supported_on value.invalid",
            ])
        let sources = [CSVSource(name: "products.csv", data: Data(text.utf8))]
        #expect(throws: ImportFailure.self) { try CSVImport.read(sources, options: .init(), partCount: 4) }
        do {
            _ = try CSVImport.read(sources, options: .init(), partCount: 4)
        } catch {
            #expect(error.errors[0].message.contains("line 5"))
        }
    }

    @Test func aStrayQuoteInAnUnquotedFieldDoesNotMisplaceTheCuts() {
        var text = Self.productHeader
        for row in 0..<100 {
            let stage = row % 9 == 0 ? "5\" disk" : "prototype"
            let name = row % 7 == 0 ? "\"Ime, \"\"citat\"\"\n\(row)\"" : "Ime \(row)"
            text += "pr-\(row),o-1,\(name),product,\(stage),2020-06-30,\n"
        }
        let (records, errors) = expectSameInParts([("products.csv", text)])
        #expect(errors.isEmpty)
        #expect(records.count == 100)
    }

    @Test func aCSVErrorInAPartDropsTheRowsAfterIt() {
        var text = Self.productHeader
        for row in 0..<100 {
            let date = row % 10 == 0 ? "never" : "2020-06-30"
            text += row == 50 ? "pr-50,o-1,\"Ime,product,,,\n" : "pr-\(row),o-1,Ime,product,,\(date),\n"
        }
        let (_, errors) = expectSameInParts([("products.csv", text)])
        // Rows 0, 10 … 40 have a bad date; the quote opened on line 52 never closes.
        #expect(errors.count == 6)
        #expect(errors.last == "products.csv:52:name csv.unterminated-quote")
    }

    @Test func blankLinesAndCarriageReturnsAtCutsKeepLineNumbers() {
        var text = Self.productHeader.replacingOccurrences(of: "\n", with: "\r\n")
        var line = 2
        var badLine = 0
        for row in 0..<120 {
            if row == 100 { badLine = line }
            text += "pr-\(row),o-1,Ime,product,,\(row == 100 ? "x" : "2020-06-30"),\r\n"
            line += 1
            if row % 3 == 0 {
                text += "\r\n\n"
                line += 2
            }
        }
        let (_, errors) = expectSameInParts([("products.csv", text)])
        #expect(errors == ["products.csv:\(badLine):supported_on value.invalid"])
    }

    @Test func parallelUTF8SurveyFindsWhatTheSequentialCheckFinds() {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 3 << 20)
        for line in stride(from: 99, to: bytes.count, by: 100) { bytes[line] = 0x0A }
        bytes.replaceSubrange(2_000_000..<2_000_002, with: [0xC5, 0xBE])  // ž
        bytes[2_500_000] = 0
        let survey = bytes.withUnsafeBufferPointer { TextDecoding.surveyUTF8($0) }
        #expect(survey.isValid)
        #expect(survey.firstSpecial == 2_500_000)
        #expect(throws: SocioLabError.self) {
            try TextDecoding.withUTF8Text(Data(bytes), encoding: nil, file: "x.csv") { _ in }
        }
        do {
            try TextDecoding.withUTF8Text(Data(bytes), encoding: nil, file: "x.csv") { _ in }
        } catch let error as SocioLabError {
            #expect(error.code == .csvBinary)
            #expect(error.location.line == 25_001)
        } catch {
            Issue.record(error)
        }
        bytes[2_500_000] = 0xFF
        let invalid = bytes.withUnsafeBufferPointer { TextDecoding.surveyUTF8($0) }
        #expect(!invalid.isValid)
    }

    @Test(arguments: [
        "2019-10-03", "3.10.2019", "03.10.2019", "03. 10. 2019", "3 . 1 .2019", "31.02.2019", "2019-02-30",
        "1.1.19", "1.1.2019.", "a.1.2019", "123.1.2019", "2019-1-03", "03.10.\t2019", "",
    ])
    func fastDatesAgreeWithDayParsing(text: String) {
        var copy = text
        let fast = copy.withUTF8 { CSVRowReader.fastDay($0) }
        if let fast { #expect(fast == (try? Day(parsing: text))) }
    }
}
