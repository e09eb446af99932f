import Foundation
import Testing

@testable import SocioLabKit

struct EMSOTests {
    /// Valid vectors from domain-facts.md §2.1: digits, birth date, serial, sex, check digit.
    static let valid: [(String, String, Int, EMSO.Sex, Int)] = [
        ("0101099500000", "2099-01-01", 0, .male, 0),
        ("1506098501236", "2098-06-15", 123, .male, 6),
        ("3112097509992", "2097-12-31", 999, .female, 2),
        ("1010095502503", "2095-10-10", 250, .male, 3),
    ]

    @Test(arguments: valid)
    func acceptsValidVector(_ digits: String, _ birth: String, _ serial: Int, _ sex: EMSO.Sex, _ check: Int)
        throws
    {
        let emso = try EMSO(digits)
        #expect(emso.digits == digits)
        #expect(emso.description == digits)
        #expect(emso.birthDate == Day.parseISO(birth))
        #expect(emso.serial == serial)
        #expect(emso.sex == sex)
        #expect(emso.checkDigit == check)
        #expect(emso.registerCode == 50)
        #expect(emso.register == .slovenia)
        #expect(!emso.hasRemainderOne)
    }

    /// Invalid vectors from domain-facts.md §2.1 with the code each must fail with.
    static let invalid: [(String, IdentifierError.Code, Int?)] = [
        ("0101099500001", .checkDigit, 0),
        ("1506098501237", .checkDigit, 6),
        ("3102098500001", .invalidDate, nil),
        ("0101099500", .wrongLength, nil),
        ("0101099500060", .remainderOne, nil),
        ("", .wrongLength, nil),
        ("01010995000O0", .notDigits, nil),
        ("01010995000000", .wrongLength, nil),
        ("0013099500000", .invalidDate, nil),
        ("2902001500000", .invalidDate, nil),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidVector(_ text: String, _ code: IdentifierError.Code, _ expected: Int?) {
        #expect {
            _ = try EMSO(text)
        } throws: { error in
            guard let error = error as? IdentifierError else { return false }
            return error.code == code && error.kind == .emso && error.input == text
                && error.expectedCheckDigit == expected
        }
    }

    @Test func checkDigitMessageNamesExpectedDigit() {
        do {
            _ = try EMSO("1506098501237")
            Issue.record("accepted a wrong check digit")
        } catch {
            #expect(error.code == .checkDigit)
            #expect(error.expectedCheckDigit == 6)
            #expect(error.message.contains("give 6"))
            #expect(error.description.hasSuffix("[identifier.check-digit]"))
            #expect(error.errorDescription == error.description)
        }
    }

    @Test func messagesDoNotRepeatTheNumber() {
        for text in ["0101099500001", "3102098500001", "0101099500060", "0101099500"] {
            do {
                _ = try EMSO(text)
                Issue.record("accepted \(text)")
            } catch {
                #expect(!error.message.contains(text))
                #expect(!error.message.contains("099"))
            }
        }
    }

    @Test func remainderOneIsAcceptedOnlyWhenAllowed() throws {
        let lenient = try EMSO("0101099500060", allowingRemainderOne: true)
        #expect(lenient.hasRemainderOne)
        #expect(lenient.checkDigit == 0)
        #expect(lenient.serial == 6)
        do {
            _ = try EMSO("0101099500061", allowingRemainderOne: true)
            Issue.record("accepted check digit 1 in the remainder-1 case")
        } catch {
            #expect(error.code == .checkDigit)
            #expect(error.expectedCheckDigit == 0)
        }
        // A strictly valid number reads the same either way.
        #expect(try EMSO("1506098501236", allowingRemainderOne: true) == EMSO("1506098501236"))
    }

    @Test func normalisesSpacesDashesAndDots() throws {
        let expected = try EMSO("1506098501236")
        #expect(try EMSO(" 150609850 1236 ") == expected)
        #expect(try EMSO("1506098-50-123-6") == expected)
        #expect(try EMSO("15.06.098.50.123.6") == expected)
        #expect(try EMSO("1506098\u{00A0}501236") == expected)
    }

    @Test func yearRuleSplitsAt800() throws {
        let old = try #require(EMSO.make(birthYear: 1950, month: 3, day: 4, registerCode: 50, serial: 506))
        #expect(old.digits.hasPrefix("0403950"))
        #expect(old.birthDate == Day(year: 1950, month: 3, day: 4))
        #expect(old.sex == .female)
        let first = try #require(EMSO.make(birthYear: 1800, month: 1, day: 1, registerCode: 50, serial: 1))
        #expect(first.birthDate.year == 1800)
        let last = try #require(EMSO.make(birthYear: 2799, month: 1, day: 1, registerCode: 50, serial: 2))
        #expect(last.birthDate.year == 2799)
        #expect(EMSO.make(birthYear: 1799, month: 1, day: 1, registerCode: 50, serial: 1) == nil)
        #expect(EMSO.make(birthYear: 2800, month: 1, day: 1, registerCode: 50, serial: 1) == nil)
    }

    @Test(arguments: Array(0...99))
    func everyRegisterCodeIsAccepted(_ code: Int) throws {
        let made = try #require(
            (0...999).lazy.compactMap {
                EMSO.make(birthYear: 2096, month: 2, day: 29, registerCode: code, serial: $0)
            }
            .first)
        let read = try EMSO(made.digits)
        #expect(read.registerCode == code)
        #expect(read.register == EMSO.Register(code: code))
        #expect(read.register.codes.contains(code))
    }

    @Test func registerMeanings() {
        let expected: [(Int, EMSO.Register)] = [
            (0, .foreigners), (9, .foreigners), (10, .bosniaAndHerzegovina), (25, .montenegro),
            (39, .croatia),
            (40, .northMacedonia), (50, .slovenia), (59, .slovenia), (65, .temporaryResidents), (70, .serbia),
            (88, .vojvodina), (99, .kosovo),
        ]
        for (code, register) in expected { #expect(EMSO.Register(code: code) == register) }
        #expect(EMSO.Register(code: -1) == nil)
        #expect(EMSO.Register(code: 100) == nil)
        #expect(EMSO.Register.slovenia.codes == 50...59)
        #expect(EMSO.Register.slovenia.description == "Slovenia (50–59)")
        #expect(EMSO.Register.northMacedonia.slovenianName == "Severna Makedonija")
    }

    @Test func sexBoundaryIs500() throws {
        func made(_ serials: ClosedRange<Int>) -> [EMSO] {
            serials.compactMap { EMSO.make(birthYear: 2097, month: 5, day: 5, registerCode: 50, serial: $0) }
        }
        let below = made(490...499)
        let above = made(500...509)
        #expect(below.count >= 9 && above.count >= 9)
        #expect(below.allSatisfy { $0.sex == .male })
        #expect(above.allSatisfy { $0.sex == .female })
    }

    @Test func checkDigitHelperMatchesVectors() {
        func first12(_ text: String) -> [UInt8] { text.utf8.prefix(12).map { $0 - 48 } }
        #expect(EMSO.checkDigit(for: first12("0101099500000")) == 0)
        #expect(EMSO.checkDigit(for: first12("1506098501236")) == 6)
        #expect(EMSO.checkDigit(for: first12("3112097509992")) == 2)
        #expect(EMSO.checkDigit(for: first12("0101099500060")) == nil)
        #expect(EMSO.checkDigit(for: [UInt8](repeating: 1, count: 11)) == nil)
        #expect(EMSO.checkDigit(for: [UInt8](repeating: 10, count: 12)) == nil)
    }

    @Test func makeReproducesVectorsAndRejectsBadParts() {
        #expect(
            EMSO.make(birthYear: 2098, month: 6, day: 15, registerCode: 50, serial: 123)?.digits
                == "1506098501236")
        #expect(
            EMSO.make(birthDate: Day(year: 2097, month: 12, day: 31)!, registerCode: 50, serial: 999)?.digits
                == "3112097509992")
        // 01.01.2099, serial 006 leaves remainder 1.
        #expect(EMSO.make(birthYear: 2099, month: 1, day: 1, registerCode: 50, serial: 6) == nil)
        #expect(EMSO.make(birthYear: 2098, month: 2, day: 31, registerCode: 50, serial: 1) == nil)
        #expect(EMSO.make(birthYear: 2098, month: 1, day: 1, registerCode: 100, serial: 1) == nil)
        #expect(EMSO.make(birthYear: 2098, month: 1, day: 1, registerCode: 50, serial: 1000) == nil)
    }

    @Test func everyMadeNumberReadsBack() throws {
        var made = 0
        for serial in 0...999 {
            guard let emso = EMSO.make(birthYear: 1987, month: 11, day: 30, registerCode: 50, serial: serial)
            else {
                continue
            }
            made += 1
            #expect(try EMSO(emso.digits) == emso)
            #expect(emso.serial == serial)
        }
        #expect(made > 850 && made < 1000)
    }

    @Test func codableRoundTripsAsOneString() throws {
        let emso = try EMSO("1506098501236")
        let data = try JSONEncoder().encode([emso])
        #expect(String(decoding: data, as: UTF8.self) == #"["1506098501236"]"#)
        #expect(try JSONDecoder().decode([EMSO].self, from: data) == [emso])
    }

    @Test func decodingRejectsInvalidWithReasonButKeepsRemainderOne() throws {
        let bad = Data(#"["1506098501237"]"#.utf8)
        do {
            _ = try JSONDecoder().decode([EMSO].self, from: bad)
            Issue.record("decoded an invalid EMŠO")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("identifier.check-digit"))
        }
        let saved = Data(#"["0101099500060"]"#.utf8)
        #expect(try JSONDecoder().decode([EMSO].self, from: saved).first?.hasRemainderOne == true)
    }

    @Test func convertsToSocioLabError() {
        do {
            _ = try EMSO("3102098500001")
        } catch {
            let shared = error.socioLabError
            #expect(shared.code == .identifierInvalidDate)
            #expect(shared.code.rawValue == "identifier.invalid-date")
            #expect(shared.message == error.message)
            let placed = error.socioLabError(at: .init(file: "people.csv", line: 4, field: "emso"))
            #expect(placed.description.hasPrefix("people.csv:4:emso: "))
        }
    }
}
