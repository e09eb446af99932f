import Foundation
import Testing

@testable import SocioLabKit

/// A CSV export never writes a character the CSV import cannot read back: it refuses, with the file, line,
/// column and entity, and the JSON document still carries the value (issue 12, item 11).
struct CSVExportCharacterTests {
    /// Every character CSV cannot carry: the C0 controls but tab, LF and CR, U+FEFF and U+FFFD.
    static let unwritable: [UInt32] =
        Array(0x00...0x08) + [0x0B, 0x0C] + Array(0x0E...0x1F) + [0xFEFF, 0xFFFD]

    static func dataset(organisationName: String) -> Dataset {
        var records = ExchangeFixtures.records
        records.append(Organisation(id: "o9", name: organisationName, legalForm: .zavod).record)
        return Dataset(operation: .socioLabPodravje, records: records)
    }

    @Test("A value holding a character CSV cannot carry is refused with its place", arguments: unwritable)
    func refused(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let dataset = Self.dataset(organisationName: "Zavod " + String(Character(scalar)) + " Sonce")
        let error = try #require(throws: SocioLabError.self) { try CSVExport.files(for: dataset) }
        #expect(error.code == .exportUnwritableCharacter)
        #expect(error.location.file == "organisations.csv")
        #expect(error.location.field == "name")
        #expect(error.location.entity == "organisation/o9")
        let hex = String(value, radix: 16, uppercase: true)
        #expect(error.message.contains("U+" + String(repeating: "0", count: 4 - hex.count) + hex))
        // The one table alone is refused the same way.
        #expect(throws: SocioLabError.self) { try CSVExport.file(.organisations, for: dataset) }
        if value > 0x1F {
            // The JSON document carries U+FEFF and U+FFFD exactly, and the message says so.
            #expect(error.message.contains("JSON"))
            let document = try DatasetDocument.decode(DatasetDocument.encode(dataset))
            #expect(document.batch.records.contains(dataset.organisations[Organisation.ID("o9")]!.record))
        } else {
            // A control character is refused by every way in, the JSON document included (core.stored-value).
            #expect(!error.message.contains("JSON"))
            #expect(throws: ImportFailure.self) {
                try DatasetDocument.decode(DatasetDocument.encode(dataset))
            }
        }
    }

    @Test("The line is the one the row would start on, and the other values are counted")
    func lineAndCount() throws {
        var records = ExchangeFixtures.records
        records.append(PersonalDetails(person: "p1", givenName: "A\u{0}na").record)
        records.append(SupportProgramme(id: "sp9", title: "T\u{1B}[31m").record)
        let dataset = Dataset(operation: .socioLabPodravje, records: records)
        let error = try #require(throws: SocioLabError.self) { try CSVExport.files(for: dataset) }
        #expect(error.location.file == "persons.csv")
        #expect(error.location.field == "given_name")
        #expect(error.location.entity == "person/p1")
        let persons = String(
            decoding: try CSVExport.file(.persons, for: ExchangeFixtures.dataset).data, as: UTF8.self)
        let line = persons.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("p1,") }.map { $0 + 1 }
        #expect(error.location.line == line)
        #expect(error.message.contains("U+0000 (NUL)"))
        #expect(error.message.contains("1 more value(s)"))
    }

    @Test("Tab, line breaks, DEL and C1 characters are written and read back exactly")
    func writableCharactersRoundTrip() throws {
        let name = "Tab\there, line\nbreak, CRLF\r\nend, DEL\u{7F}, NEL\u{85}, CSI\u{9B}, LS\u{2028}"
        let dataset = Self.dataset(organisationName: name)
        #expect(CSVExport.canWrite(name))
        let files = try CSVExport.files(for: dataset)
        let batch = try CSVImport.read(
            ExchangeFixtures.sources(files), options: .init(operation: dataset.operation))
        let empty = Dataset(operation: .socioLabPodravje)
        let imported = try ExchangeFixtures.applying(
            ImportPlanner.changes(for: batch, against: empty), to: empty)
        #expect(imported.organisations[Organisation.ID("o9")]?.name == name)
    }

    @Test(
        "The reader refuses NUL, U+FEFF and U+FFFD inside a cell, so the export must not write them",
        arguments: [0x00, 0xFEFF, 0xFFFD] as [UInt32])
    func theReaderRefusesThem(value: UInt32) throws {
        let text = "x" + String(Character(try #require(Unicode.Scalar(value)))) + "y"
        #expect(!CSVExport.canWrite(text))
        #expect(throws: ImportFailure.self) {
            try CSVImport.read(
                Data(("id,name,legal_form\no1," + text + ",zavod\n").utf8), file: "organisations.csv")
        }
    }
}
