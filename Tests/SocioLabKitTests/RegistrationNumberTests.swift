import Foundation
import Testing

@testable import SocioLabKit

struct RegistrationNumberTests {
    /// Valid vectors from domain-facts.md §2.3, with base, unit and the normalised form.
    static let valid: [(String, String, String?, String)] = [
        ("5000009", "5000009", nil, "5000009"),
        ("5000009000", "5000009", nil, "5000009"),
        ("5000009001", "5000009", "001", "5000009001"),
        ("9876545", "9876545", nil, "9876545"),
        ("1000080", "1000080", nil, "1000080"),
        ("1732803000", "1732803", nil, "1732803"),
        ("5000009 a12", "5000009", "A12", "5000009A12"),
        ("5.000.009-001", "5000009", "001", "5000009001"),
    ]

    @Test(arguments: valid)
    func acceptsValidVector(_ text: String, _ base: String, _ unit: String?, _ normalised: String) throws {
        let number = try RegistrationNumber(text)
        #expect(number.base == base)
        #expect(number.unit == unit)
        #expect(number.description == normalised)
    }

    /// Invalid vectors from domain-facts.md §2.3 with the code each must fail with.
    static let invalid: [(String, IdentifierError.Code, Int?)] = [
        ("5000008000", .checkDigit, 9),
        ("1234560", .noValidCheckDigit, nil),
        ("9331320000", .checkDigit, 8),
        ("500000", .wrongLength, nil),
        ("50000090", .wrongLength, nil),
        ("", .wrongLength, nil),
        ("50000A9", .notDigits, nil),
        ("50000090A1", .notDigits, nil),
        ("5000009/001", .notDigits, nil),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidVector(_ text: String, _ code: IdentifierError.Code, _ expected: Int?) {
        do {
            _ = try RegistrationNumber(text)
            Issue.record("accepted '\(text)'")
        } catch {
            #expect(error.code == code)
            #expect(error.kind == .registrationNumber)
            #expect(error.input == text)
            #expect(error.expectedCheckDigit == expected)
            #expect(text.isEmpty || error.message.contains("'\(text)'"))
        }
    }

    @Test func mainUnitEqualsBareNumber() throws {
        #expect(try RegistrationNumber("5000009000") == RegistrationNumber("5000009"))
        #expect(try RegistrationNumber("5000009001") != RegistrationNumber("5000009"))
    }

    @Test func checkDigitHelper() {
        #expect(RegistrationNumber.checkDigit(for: [5, 0, 0, 0, 0, 0] as [UInt8]) == 9)
        #expect(RegistrationNumber.checkDigit(for: [1, 0, 0, 0, 0, 8] as [UInt8]) == 0)
        #expect(RegistrationNumber.checkDigit(for: [1, 2, 3, 4, 5, 6] as [UInt8]) == nil)
        #expect(RegistrationNumber.checkDigit(for: [1, 2, 3] as [UInt8]) == nil)
    }

    @Test func makeBuildsValidNumbers() throws {
        #expect(RegistrationNumber.make(base6: 500_000)?.description == "5000009")
        #expect(RegistrationNumber.make(base6: 500_000, unit: "001")?.description == "5000009001")
        #expect(RegistrationNumber.make(base6: 500_000, unit: "000")?.unit == nil)
        #expect(RegistrationNumber.make(base6: 500_000, unit: "1") == nil)
        #expect(RegistrationNumber.make(base6: 123_456) == nil)
        #expect(RegistrationNumber.make(base6: 1_000_000) == nil)
        #expect(RegistrationNumber.make(base6: -1) == nil)
        #expect(RegistrationNumber.make(base6: 1)?.base == "0000019")
        var made = 0
        for base in stride(from: 0, through: 999_999, by: 997) {
            guard let number = RegistrationNumber.make(base6: base) else { continue }
            made += 1
            #expect(try RegistrationNumber(number.description) == number)
        }
        #expect(made > 850)
    }

    @Test func codableRoundTripsAsOneString() throws {
        let numbers = try [RegistrationNumber("5000009000"), RegistrationNumber("5000009 001")]
        let data = try JSONEncoder().encode(numbers)
        #expect(String(decoding: data, as: UTF8.self) == #"["5000009","5000009001"]"#)
        #expect(try JSONDecoder().decode([RegistrationNumber].self, from: data) == numbers)
        do {
            _ = try JSONDecoder().decode([RegistrationNumber].self, from: Data(#"["1234560"]"#.utf8))
            Issue.record("decoded an impossible registration number")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("identifier.no-valid-check-digit"))
        }
    }
}
