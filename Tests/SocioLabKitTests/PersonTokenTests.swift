import Testing

@testable import SocioLabKit

/// Issue 17, part 2: the key file, the key check value, normalisation and the person token's byte layout.
struct PersonTokenTests {
    static let key = try! PseudonymKey(bytes: Array(0..<32))

    @Test(
        "Normalisation: NFC, case folding, whitespace collapsed and trimmed, diacritics kept",
        arguments: [
            ("  Ana   Kovač ", "ana kovač"),
            ("ANA\tKOVAČ", "ana kovač"),
            ("Ana Kovac\u{30C}", "ana kovač"),  // decomposed č
            ("Šuštar\n Žan", "šuštar žan"),
            ("", ""),
        ])
    func normalise(input: String, expected: String) {
        #expect(PersonToken.normalise(input) == expected)
        #expect(PersonToken.normalise(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test("The token's input bytes are the label, a zero byte and the normalised values")
    func inputLayout() throws {
        let emso = try #require(
            EMSO.make(birthDate: try Day(parsing: "1990-05-17"), registerCode: 50, serial: 512))
        let person = Person(id: "p1", birthDate: try Day(parsing: "1990-05-17"))
        let withEMSO = PersonalDetails(person: "p1", givenName: "Ana", familyName: "Kovač", emso: emso)
        #expect(
            PersonToken.input(for: person, details: withEMSO, partner: "citilab")
                == Array("sociolab/person/v1/emso".utf8) + [0] + Array(emso.digits.utf8))
        let named = PersonalDetails(person: "p1", givenName: " ANA", familyName: "Kovač ")
        #expect(
            PersonToken.input(for: person, details: named, partner: "citilab")
                == Array("sociolab/person/v1/name-birth".utf8) + [0] + Array("ana kovač".utf8) + [0]
                + Array("1990-05-17".utf8))
        #expect(
            PersonToken.input(for: Person(id: "p1"), details: named, partner: "citilab")
                == Array("sociolab/person/v1/local".utf8) + [0] + Array("citilab".utf8) + [0]
                + Array("p1".utf8))
    }

    @Test("The same EMŠO gives the same token whatever the names and partners; another key another token")
    func sameEMSOSameToken() throws {
        let emso = try #require(
            EMSO.make(birthDate: try Day(parsing: "1990-05-17"), registerCode: 50, serial: 512))
        let a = PersonToken.token(
            for: Person(id: "p1"), details: PersonalDetails(person: "p1", givenName: "Ana", emso: emso),
            partner: "citilab", key: Self.key)
        let b = PersonToken.token(
            for: Person(id: "p7"), details: PersonalDetails(person: "p7", familyName: "KOVAČ", emso: emso),
            partner: "tkalka", key: Self.key)
        #expect(a == b)
        #expect(a.rawValue.count == 64 && a.rawValue.allSatisfy(\.isHexDigit))
        let other = try PseudonymKey(bytes: Array(repeating: 7, count: 32))
        #expect(
            PersonToken.token(
                for: Person(id: "p1"), details: PersonalDetails(person: "p1", emso: emso), partner: "citilab",
                key: other) != a)
        #expect(
            a.rawValue
                == SHA256Hasher.hex(
                    HMACSHA256.authenticationCode(
                        for: Array("sociolab/person/v1/emso".utf8) + [0] + Array(emso.digits.utf8),
                        key: Array(0..<32))))
    }

    @Test("A key file: hex digits, whitespace and # comment lines ignored, either case")
    func keyFile() throws {
        let text =
            "# SocioLab Podravje, 2026\n" + "00010203 04050607 08090a0b 0c0d0e0f\n"
            + "10111213 14151617 18191A1B 1C1D1E1F\n"
        let key = try PseudonymKey(fileText: text, file: "k.key")
        #expect(key.bytes == Array(0..<32))
        #expect(key.checkValue.count == 16)
        #expect(
            key.checkValue
                == SHA256Hasher.hex(
                    HMACSHA256.authenticationCode(for: Array("sociolab/key-check/v1".utf8), key: key.bytes)
                        .prefix(8)))
        #expect(key.checkValue != (try PseudonymKey(bytes: Array(1...32))).checkValue)
    }

    @Test(
        "A key file that is not a key is refused with its line",
        arguments: [
            ("0011\nzz", 2), (String(repeating: "0", count: 63), nil),
            (String(repeating: "ab", count: 31), nil),
        ] as [(String, Int?)])
    func badKeyFile(text: String, line: Int?) {
        do {
            _ = try PseudonymKey(fileText: text, file: "k.key")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.code == .consolidationKeyInvalid)
            #expect(error.location.file == "k.key")
            #expect(error.location.line == line)
            #expect(error.message(in: .slovenian) != error.message)
        }
    }
}
