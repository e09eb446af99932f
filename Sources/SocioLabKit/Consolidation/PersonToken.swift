import Foundation

/// A person's keyed hash: the identifier a pseudonymised package gives a person instead of their details.
///
/// The token is HMAC-SHA256 (``HMACSHA256``) under the operation's ``PseudonymKey`` over one of three
/// inputs, each starting with a label that says which (domain separation), so that the inputs of two
/// kinds can never give the same bytes:
///
/// | the person has | input bytes (UTF-8) |
/// |---|---|
/// | an EMŠO | `sociolab/person/v1/emso` 0x00 the 13 digits |
/// | a name and a birth date, no EMŠO | `sociolab/person/v1/name-birth` 0x00 normalised name 0x00 `YYYY-MM-DD` |
/// | neither | `sociolab/person/v1/local` 0x00 partner id 0x00 person id |
///
/// The normalised name is the given name, a space and the family name after ``normalise(_:)``. The last
/// kind cannot match another partner's person: it keeps a person whose details are missing or erased
/// distinct. The token is written as 64 lowercase hex digits and is the person's id in the package.
package enum PersonToken {
    /// The labels of the three inputs.
    static let emsoLabel = "sociolab/person/v1/emso"
    static let nameBirthLabel = "sociolab/person/v1/name-birth"
    static let localLabel = "sociolab/person/v1/local"

    /// Normalises text for matching: Unicode NFC, case folded (locale-independent), every run of
    /// whitespace turned into one space, leading and trailing whitespace removed, then NFC again.
    ///
    /// Diacritics are kept: "Šuštar" and "Sustar" are different names.
    /// - Parameter text: The text.
    /// - Returns: The normalised text.
    package static func normalise(_ text: String) -> String {
        let folded = text.precomposedStringWithCanonicalMapping.folding(
            options: [.caseInsensitive], locale: nil)
        let words = folded.split(whereSeparator: { $0.isWhitespace })
        return words.joined(separator: " ").precomposedStringWithCanonicalMapping
    }

    /// The bytes hashed for a person (see the type's table).
    /// - Parameters:
    ///   - person: The statistical record (its birth date).
    ///   - details: The personal details, if any.
    ///   - partner: The partner whose record it is.
    /// - Returns: The input bytes.
    package static func input(for person: Person, details: PersonalDetails?, partner: Partner.ID) -> [UInt8] {
        if let emso = details?.emso {
            return Array(emsoLabel.utf8) + [0] + Array(emso.digits.utf8)
        }
        let name = normalise(
            [details?.givenName, details?.familyName].compactMap { $0 }.joined(separator: " "))
        if !name.isEmpty, let birthDate = person.birthDate {
            return Array(nameBirthLabel.utf8) + [0] + Array(name.utf8) + [0]
                + Array(birthDate.description.utf8)
        }
        return Array(localLabel.utf8) + [0] + Array(partner.rawValue.utf8) + [0]
            + Array(person.id.rawValue.utf8)
    }

    /// A person's token.
    /// - Parameters:
    ///   - person: The statistical record.
    ///   - details: The personal details, if any.
    ///   - partner: The partner whose record it is.
    ///   - key: The operation's key.
    /// - Returns: The token as a person id: 64 lowercase hex digits.
    package static func token(
        for person: Person, details: PersonalDetails?, partner: Partner.ID, key: PseudonymKey
    ) -> Person.ID {
        let input = input(for: person, details: details, partner: partner)
        return Person.ID(SHA256Hasher.hex(HMACSHA256.authenticationCode(for: input, key: key.bytes)))
    }
}
