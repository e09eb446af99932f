import Foundation
import Testing

@testable import SocioLabKit

/// Issue 14: what Excel does to data is recognised on the failure path and said, with the fix.
struct SpreadsheetDamageTests {
    /// A valid EMŠO whose first digit is 0 (born 1 January 2095: no real person).
    static let emsoWithLeadingZero = "0101095505008"
    /// A valid registration number whose first digit is 0.
    static let registrationWithLeadingZero = "0123455"

    @Test func theFixturesAreValidIdentifiers() throws {
        _ = try EMSO(Self.emsoWithLeadingZero)
        _ = try RegistrationNumber(Self.registrationWithLeadingZero)
    }

    @Test(
        "Excel's scientific notation is recognised; hand-written exponents and plain numbers are not",
        arguments: [
            ("1,23457E+07", true), ("1.23457E+07", true), ("5E-03", true), ("-1,5E+12", true),
            ("1e20", false), ("1E400", false), ("1,5", false), ("E+07", false), ("1,E+07", false),
            ("12345", false), ("1.23457E+", false),
        ])
    func scientificNotation(text: String, expected: Bool) {
        #expect(SpreadsheetDamage.isScientific(text) == expected)
    }

    @Test("A date serial number is read as Excel counts it")
    func serialNumbers() {
        #expect(SpreadsheetDamage.serialDate("32874") == Day(year: 1990, month: 1, day: 1))
        #expect(SpreadsheetDamage.serialDate("43466") == Day(year: 2019, month: 1, day: 1))
        #expect(SpreadsheetDamage.serialDate("9999") == nil)
        #expect(SpreadsheetDamage.serialDate("3287a") == nil)
    }

    @Test("A two-digit year is recognised and written in full in the example")
    func twoDigitYears() {
        #expect(SpreadsheetDamage.twoDigitYear("1.3.85")?.example == "1.3.1985")
        #expect(SpreadsheetDamage.twoDigitYear("01/03/19")?.example == "1.3.2019")
        #expect(SpreadsheetDamage.twoDigitYear("1.3.1985") == nil)
        #expect(SpreadsheetDamage.twoDigitYear("41.3.85") == nil)
    }

    struct Case: Sendable, CustomStringConvertible {
        var column: String
        var cell: String
        var says: String?
        var description: String { "\(column) \(cell)" }
    }

    static let cells: [Case] = [
        Case(column: "emso", cell: "\"1,23457E+12\"", says: "scientific notation"),
        Case(column: "emso", cell: String(emsoWithLeadingZero.dropFirst()), says: "leading zero"),
        Case(column: "emso", cell: "101095505009", says: nil),
        Case(column: "birth_date", cell: "32874", says: "1990-01-01"),
        Case(column: "birth_date", cell: "1.3.85", says: "1.3.1985"),
        Case(column: "birth_date", cell: "1990-13-01", says: nil),
        Case(column: "isced", cell: "3E+00", says: "scientific notation"),
    ]

    @Test("A cell that fails to read says what Excel did to it, at its place", arguments: cells)
    func importExplainsTheDamage(_ input: Case) throws {
        let text = "id,\(input.column)\np1,\(input.cell)\n"
        do {
            _ = try CSVImport.read(Data(text.utf8), file: "persons.csv")
            Issue.record("\(input) was read")
        } catch {
            let first = try #require(error.errors.first)
            #expect(first.location.line == 2)
            #expect(first.location.field == input.column)
            if let says = input.says {
                #expect(first.message.contains(says), "\(first.message)")
                if input.column == "emso" { #expect(!first.message.contains(input.cell)) }
                #expect(first.message.contains("Text") || first.message.contains("YYYY-MM-DD"))
            } else {
                #expect(!first.message.contains("Excel"), "\(first.message)")
            }
        }
    }

    @Test("A registration number that lost its leading zero is explained")
    func registrationNumberLeadingZero() throws {
        let text =
            "id,name,legal_form,registration_number\no1,Sonce,zadruga,\(Self.registrationWithLeadingZero.dropFirst())\n"
        do {
            _ = try CSVImport.read(Data(text.utf8), file: "organisations.csv")
            Issue.record("read")
        } catch {
            #expect(error.errors.first?.message.contains("dropped the leading zero") == true, "\(error)")
        }
    }
}
