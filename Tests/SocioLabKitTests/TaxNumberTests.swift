import Foundation
import Testing

@testable import SocioLabKit

struct TaxNumberTests {
    /// Valid vectors from domain-facts.md §2.2, with the normalised digits.
    static let valid: [(String, String)] = [
        ("12345679", "12345679"),
        ("20000006", "20000006"),
        ("31415920", "31415920"),
        ("SI 9876543 4", "98765434"),
        ("SI14717468", "14717468"),
        ("si-1471-7468", "14717468"),
        ("1.471.746.8", "14717468"),
    ]

    @Test(arguments: valid)
    func acceptsValidVector(_ text: String, _ digits: String) throws {
        let number = try TaxNumber(text)
        #expect(number.digits == digits)
        #expect(number.description == digits)
        #expect(number.vatID == "SI" + digits)
    }

    /// Invalid vectors from domain-facts.md §2.2 with the code each must fail with.
    static let invalid: [(String, IdentifierError.Code, Int?)] = [
        ("12345678", .checkDigit, 9),
        ("02345678", .leadingZero, nil),
        ("10000070", .noValidCheckDigit, nil),
        ("10000071", .noValidCheckDigit, nil),
        ("1234567", .wrongLength, nil),
        ("123456789", .wrongLength, nil),
        ("SI", .wrongLength, nil),
        ("", .wrongLength, nil),
        ("1234567X", .notDigits, nil),
        ("DE12345679", .notDigits, nil),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidVector(_ text: String, _ code: IdentifierError.Code, _ expected: Int?) {
        do {
            _ = try TaxNumber(text)
            Issue.record("accepted '\(text)'")
        } catch {
            #expect(error.code == code)
            #expect(error.kind == .taxNumber)
            #expect(error.input == text)
            #expect(error.expectedCheckDigit == expected)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func checkDigitMessageNamesTheInputAndTheDigit() {
        do {
            _ = try TaxNumber("12345678")
            Issue.record("accepted a wrong check digit")
        } catch {
            #expect(error.message.contains("'12345678'"))
            #expect(error.message.contains("check digit 9"))
            #expect(error.socioLabError.code == .identifierCheckDigit)
            #expect(error.socioLabError.code.rawValue == "identifier.check-digit")
        }
    }

    @Test func errorCodesMapToSharedCodes() {
        let pairs: [(String, SocioLabError.Code)] = [
            ("02345678", .identifierLeadingZero), ("10000070", .identifierNoValidCheckDigit),
            ("1234567", .identifierWrongLength), ("1234567X", .identifierNotDigits),
        ]
        for (text, code) in pairs {
            do {
                _ = try TaxNumber(text)
                Issue.record("accepted '\(text)'")
            } catch {
                #expect(error.socioLabError.code == code)
            }
        }
    }

    @Test func checkDigitHelper() {
        #expect(TaxNumber.checkDigit(for: [1, 2, 3, 4, 5, 6, 7] as [UInt8]) == 9)
        #expect(TaxNumber.checkDigit(for: [3, 1, 4, 1, 5, 9, 2] as [UInt8]) == 0)
        #expect(TaxNumber.checkDigit(for: [1, 0, 0, 0, 0, 0, 7] as [UInt8]) == nil)
        #expect(TaxNumber.checkDigit(for: [1, 2, 3] as [UInt8]) == nil)
    }

    @Test func makeBuildsValidNumbers() throws {
        #expect(TaxNumber.make(base7: 1_234_567)?.digits == "12345679")
        #expect(TaxNumber.make(base7: 3_141_592)?.digits == "31415920")
        #expect(TaxNumber.make(base7: 1_000_007) == nil)
        #expect(TaxNumber.make(base7: 999_999) == nil)
        #expect(TaxNumber.make(base7: 10_000_000) == nil)
        var made = 0
        for base in stride(from: 1_000_000, through: 9_999_999, by: 7_919) {
            guard let number = TaxNumber.make(base7: base) else { continue }
            made += 1
            #expect(try TaxNumber(number.digits) == number)
        }
        #expect(made > 900)
    }

    @Test func codableRoundTripsAsDigits() throws {
        let number = try TaxNumber("SI 9876543 4")
        let data = try JSONEncoder().encode([number])
        #expect(String(decoding: data, as: UTF8.self) == #"["98765434"]"#)
        #expect(try JSONDecoder().decode([TaxNumber].self, from: data) == [number])
        do {
            _ = try JSONDecoder().decode([TaxNumber].self, from: Data(#"["02345678"]"#.utf8))
            Issue.record("decoded a tax number with a leading zero")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("identifier.leading-zero"))
        }
    }
}
