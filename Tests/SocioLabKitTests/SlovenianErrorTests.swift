import Foundation
import Testing

@testable import SocioLabKit

/// Every error and warning the CSV import reports has a Slovenian message of its own, and the error
/// type's language API reads as documented.
struct SlovenianErrorTests {
    /// Everything the import reports for `files`: its errors and warnings.
    private func findings(_ files: [(String, Data)]) -> [SocioLabError] {
        do {
            let batch = try CSVImport.read(
                files.map { CSVSource(name: $0.0, data: $0.1) }, options: .init(operation: .socioLabPodravje))
            return batch.warnings
        } catch {
            return error.errors + error.warnings
        }
    }

    /// Malformed inputs beyond ``ExchangeErrorsTests/cases``: format, encoding, header and spreadsheet
    /// damage, each with the code it must report.
    static let malformed: [(name: String, file: String, data: Data, code: SocioLabError.Code)] = [
        ("empty", "persons.csv", Data(), .csvEmpty),
        ("text after quote", "persons.csv", Data("id,gender\np1,\"f\"x\n".utf8), .csvTextAfterQuote),
        ("extra fields", "persons.csv", Data("id,gender\np1,f,x,y\n".utf8), .csvFieldCount),
        (
            "short row, required cell", "activities.csv",
            Data("id,kind,title,start_date,status\na1,fair\n".utf8),
            .csvFieldCount
        ),
        (
            "short row, optional cells", "persons.csv", Data("id,gender,municipality\np1,f\n".utf8),
            .csvShortRow
        ),
        ("binary", "persons.csv", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x0A]), .csvBinary),
        ("duplicate header", "persons.csv", Data("id,gender,gender\np1,f,f\n".utf8), .csvDuplicateHeader),
        (
            "control character", "persons.csv", Data("id,given_name\np1,A\u{07}na\n".utf8),
            .csvControlCharacter
        ),
        ("near-miss column", "persons.csv", Data("id,birthdate\np1,1990-01-01\n".utf8), .importUnknownColumn),
        ("ignored column", "persons.csv", Data("id,shoe_size\np1,42\n".utf8), .importIgnoredColumns),
        (
            "not UTF-8", "persons.csv", Data("id,municipality\np1,Ptuj č\np2,".utf8) + Data([0xE8, 0x0A]),
            .csvBadEncoding
        ),
        (
            "scientific notation", "organisations.csv",
            Data("id,name,legal_form,registration_number\no1,X,doo,\"1,23457E+07\"\n".utf8),
            .identifierNotDigits
        ),
        ("Excel serial date", "persons.csv", Data("id,birth_date\np1,32874\n".utf8), .invalidValue),
        ("two-digit year", "persons.csv", Data("id,birth_date\np1,1.3.85\n".utf8), .invalidValue),
        (
            "list with commas", "activities.csv",
            Data(
                "id,kind,title,start_date,status,partners\na1,fair,F,2019-10-03,held,\"prizma, citilab\"\n"
                    .utf8),
            .importUnknownCode
        ),
        ("unknown table", "people.csv", Data("id\np1\n".utf8), .importUnknownTable),
        (
            "tax number", "organisations.csv", Data("id,name,legal_form,tax_number\no1,X,doo,0123\n".utf8),
            .identifierWrongLength
        ),
    ]

    @Test("Each malformed input's findings have a Slovenian message", arguments: malformed.indices)
    func malformedInputSpeaksSlovenian(_ index: Int) {
        let fixture = Self.malformed[index]
        let found = findings([(fixture.file, fixture.data)])
        #expect(found.contains { $0.code == fixture.code }, "\(fixture.name): \(found)")
        for error in found {
            #expect(error.hasSlovenianMessage, "\(fixture.name): \(error)")
            #expect(error.message(in: .slovenian) != error.message, "\(fixture.name): \(error)")
            #expect(error.message(in: .english) == error.message)
        }
    }

    @Test(
        "Each located error of the exchange cases has a Slovenian message",
        arguments: ExchangeErrorsTests.cases)
    func exchangeCaseSpeaksSlovenian(_ c: ExchangeErrorsTests.Case) {
        let found = ExchangeFixtures.errors([(c.file, c.text)])
        #expect(!found.isEmpty)
        for error in found {
            #expect(error.hasSlovenianMessage, "\(error)")
            #expect(error.message(in: .slovenian) != error.message, "\(error)")
        }
    }

    @Test func localizedInitializerKeepsEnglishAsMessage() {
        let error = SocioLabError(
            .invalidValue, LocalizedText(sl: "Datum ne obstaja.", en: "The date does not exist."),
            at: .init(file: "persons.csv", line: 4, field: "birth_date", byteOffset: 80))
        #expect(error.message == "The date does not exist.")
        #expect(error.message(in: .slovenian) == "Datum ne obstaja.")
        #expect(
            error.description
                == "persons.csv:4:birth_date (byte 80): The date does not exist. [value.invalid]")
        #expect(
            error.description(in: .slovenian)
                == "persons.csv:4:birth_date (bajt 80): Datum ne obstaja. [value.invalid]")
        #expect(
            error.localizedMessage == LocalizedText(sl: "Datum ne obstaja.", en: "The date does not exist."))
    }

    @Test func plainErrorFallsBackToEnglishAndSettingMessageDropsSlovenian() {
        let plain = SocioLabError(.storeIO, "disk full")
        #expect(!plain.hasSlovenianMessage)
        #expect(plain.message(in: .slovenian) == "disk full")
        var changed = SocioLabError(.invalidValue, LocalizedText(sl: "Napačno.", en: "Wrong."))
        changed.message = "Wrong, and more."
        #expect(!changed.hasSlovenianMessage)
        #expect(changed.message(in: .slovenian) == "Wrong, and more.")
        changed.localizedMessage = LocalizedText(sl: "Spet.", en: "Again.")
        #expect(changed.message == "Again." && changed.message(in: .slovenian) == "Spet.")
    }

    @Test func englishGrammarOfTheNamedSlips() {
        let missing = ExchangeFixtures.errors([("organisations.csv", "name\nX\n")])
        let text = missing.map(\.message).joined(separator: "\n")
        #expect(!text.contains("A organisations") && !text.contains("Every organisations"), "\(text)")
        #expect(text.contains("The file organisations.csv needs"), "\(text)")
        let empty = ExchangeFixtures.errors([
            ("activities.csv", "id,kind,title,start_date,status\na1,fair,,2019-10-03,held\n")
        ])
        #expect(empty.first?.message.hasPrefix("The title cell is empty") == true, "\(empty)")
        let short = findings([("persons.csv", Data("id,gender,municipality\np1\n".utf8))])
        #expect(short.first?.message.hasPrefix("This row has 1 field but the header has 3 columns") == true)
        #expect(short.first?.message.contains("If they are meant") == true)
    }
}
