import Foundation
import Testing

@testable import SocioLabKit

/// A CSV cell that holds a C0 control character other than tab, LF and CR is refused at import with its
/// file, line and column (issue 12, item 11, the CSV side).
struct ControlCharacterTests {
    static let controls: [UInt8] = [0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F]

    @Test(arguments: controls)
    func aControlCharacterInACellIsRefusedWithItsColumn(byte: UInt8) throws {
        let text =
            "id,name,legal_form\no1,Sonce,zavod\no2,Zadruga \(Character(Unicode.Scalar(byte))) Dobrina,zadruga\n"
        let errors = ExchangeFixtures.errors([("organisations.csv", text)])
        #expect(errors.count == 1, "\(errors)")
        let error = try #require(errors.first)
        #expect(error.code == .csvControlCharacter)
        #expect(error.location == .init(file: "organisations.csv", line: 3, field: "name"))
        let hex = String(byte, radix: 16, uppercase: true)
        #expect(error.message.contains("U+" + String(repeating: "0", count: 4 - hex.count) + hex), "\(error)")
        #expect(error.description.hasPrefix("organisations.csv:3:name: "))
    }

    @Test func everyBadCellOfEveryRowIsReported() {
        let text =
            "id,activity_id,person_id,status,hours\n"
            + "x1,a1\u{0},p1,attended,2\n"
            + "x2,a1,p1,attended,\"1\n\u{1B}[31m\"\n"
            + "x3,a1,p\u{7}1,attended\u{7},3\n"
        let errors = ExchangeFixtures.errors([("participations.csv", text)])
        let controls = errors.filter { $0.code == .csvControlCharacter }
        #expect(
            controls.map { "\($0.location.line ?? 0):\($0.location.field ?? "")" } == [
                "2:activity_id", "3:hours", "5:person_id", "5:status",
            ], "\(errors)")
        #expect(controls.first?.message.contains("U+0000 (NUL)") == true)
    }

    @Test func tabsAndLineBreaksInACellAreFine() throws {
        let text = "id,name,legal_form\no1,\"Sonce\tin\r\nluna\",zavod\n"
        let batch = try CSVImport.read(Data(text.utf8), file: "organisations.csv")
        #expect(
            batch.records == [Organisation(id: "o1", name: "Sonce\tin\r\nluna", legalForm: .zavod).record])
    }

    @Test func aColumnTheTableDoesNotReadIsNotChecked() throws {
        let text = "id,name,legal_form,notes\no1,Sonce,zavod,\u{1}ignored\n"
        let batch = try CSVImport.read(Data(text.utf8), file: "organisations.csv")
        #expect(batch.records == [Organisation(id: "o1", name: "Sonce", legalForm: .zavod).record])
    }

    @Test func aControlCharacterInTheHeaderStopsTheFile() {
        let errors = ExchangeFixtures.errors([("organisations.csv", "id,na\u{1}me,legal_form\no1,S,zavod\n")])
        #expect(errors.map(\.code) == [.csvControlCharacter])
        #expect(errors.first?.location.line == 1)
        let binary = ExchangeFixtures.errors([("organisations.csv", "i\u{0}d\u{0},\u{0}n\u{0}\n")])
        #expect(binary.map(\.code) == [.csvBinary])
    }

    @Test func aControlCharacterFarIntoALargeFileIsFoundInItsPart() {
        var text = "id,name,legal_form\n"
        var line = 1
        while text.utf8.count < 2 << 20 {
            line += 1
            text += "o\(line),Organizacija \(line),zavod\n"
        }
        text += "bad,Ime\u{2},zavod\n"
        let errors = ExchangeFixtures.errors([("organisations.csv", text)])
        #expect(errors.map(\.code) == [.csvControlCharacter])
        #expect(errors.first?.location.line == line + 1)
        #expect(errors.first?.location.field == "name")
    }

    @Test func windows1250AndUTF16FilesAreCheckedToo() {
        let windows: [UInt8] =
            Array("id,name,legal_form\no1,".utf8) + [0xC8, 0x61, 0x00, 0x9A, 0x61] + Array(",zavod\n".utf8)
        #expect(
            ExchangeFixtures.errors(bytes: [("organisations.csv", windows)]).map(\.code) == [
                .csvControlCharacter
            ])
        let text = "id,name,legal_form\no1,Ča\u{0}ša,zavod\n"
        let utf16: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let errors = ExchangeFixtures.errors(bytes: [("organisations.csv", utf16)])
        #expect(errors.map(\.code) == [.csvControlCharacter])
        #expect(errors.first?.location.field == "name")
    }

    @Test func theGeneralReaderKeepsValuesAsWrittenButRefusesNUL() throws {
        let table = try CSVReader.parse(text: "a,b\n1,x\u{1}y\n")
        #expect(table.rows.first?.fields == ["1", "x\u{1}y"])
        #expect(throws: SocioLabError.self) { try CSVReader.parse(text: "a,b\n1,x\u{0}y\n") }
    }
}
