import Foundation

/// A Slovenian business-register registration number (matična številka), with an optional unit suffix.
///
/// Seven digits identify the registered entity: six digits and a modulus-11 check digit with weights
/// 7,6,5,4,3,2. Three more characters may name a business unit: `000` is the main registered address,
/// `001` and up are branches, and above 999 units a letter replaces the first suffix character
/// (python-stdnum `si/maticna.py`). A value of this type always passes the check.
///
/// ```swift
/// let number = try RegistrationNumber("5000009 001")
/// number.base   // "5000009"
/// number.unit   // "001"
/// ```
///
/// `"5000009000"` (the main unit) reads as `"5000009"`. The value is encoded as ``description``: the 7
/// digits, followed by the unit when there is one. See `Documentation/Identifiers.md`.
public struct RegistrationNumber: Hashable, Sendable, CustomStringConvertible {
    /// The 7 digits that identify the entity, including the check digit.
    public let base: String
    /// The 3-character business unit (`"001"`, `"A12"`), or `nil` for the entity or its main unit (`000`).
    public let unit: String?

    /// Reads a registration number.
    ///
    /// Spaces, dashes and dots are removed first; a suffix letter is uppercased; a `000` suffix is dropped.
    /// - Parameter text: The number as typed, 7 digits or 10 characters with a unit.
    /// - Throws: ``IdentifierError`` with code ``IdentifierError/Code/wrongLength``,
    ///   ``IdentifierError/Code/notDigits``, ``IdentifierError/Code/noValidCheckDigit`` or
    ///   ``IdentifierError/Code/checkDigit``.
    public init(_ text: String) throws(IdentifierError) {
        let subject = IdentifierError.subject(.registrationNumber, text)
        func failure(_ code: IdentifierError.Code, _ message: String, expected: Int? = nil) -> IdentifierError
        {
            IdentifierError(
                code, kind: .registrationNumber, input: text, message: message, expectedCheckDigit: expected)
        }
        let stripped = IdentifierText.stripSeparators(text).uppercased()
        guard !stripped.isEmpty else {
            throw failure(
                .wrongLength, "The registration number is empty; write its 7 digits, optionally with a unit.")
        }
        let isASCIIAlphanumeric = stripped.utf8.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte)
        }
        guard isASCIIAlphanumeric else {
            throw failure(
                .notDigits,
                "\(subject) contains characters other than digits and letters; write its 7 digits, "
                    + "optionally followed by a 3-character unit such as 001.")
        }
        guard stripped.utf8.count == 7 || stripped.utf8.count == 10 else {
            throw failure(
                .wrongLength,
                "\(subject) has \(stripped.utf8.count) characters, but a registration number has 7 digits, "
                    + "or 10 with a business unit; look for a missing or extra digit.")
        }
        let characters = Array(stripped)
        guard let values = IdentifierText.digitValues(String(characters[0..<7])) else {
            throw failure(
                .notDigits,
                "\(subject) has a letter among its first 7 characters, which must be digits; check them.")
        }
        var unit: String?
        if characters.count == 10 {
            let suffix = String(characters[7...])
            guard IdentifierText.digitValues(suffix.dropFirst()) != nil else {
                throw failure(
                    .notDigits,
                    "\(subject) has the unit '\(suffix)', but a unit is a digit or letter followed by two "
                        + "digits (000, 001, A12); check the last 3 characters.")
            }
            unit = suffix == "000" ? nil : suffix
        }
        guard let expected = RegistrationNumber.checkDigit(for: values.prefix(6)) else {
            throw failure(
                .noValidCheckDigit,
                "\(subject) cannot be valid: its first 6 digits have no check digit (the weighted sum "
                    + "is divisible by 11); look for a mistyped digit.")
        }
        guard Int(values[6]) == expected else {
            throw failure(
                .checkDigit,
                "\(subject) has the check digit \(values[6]) (7th digit), but its first 6 digits give "
                    + "\(expected); look for a mistyped or swapped digit.", expected: expected)
        }
        self.base = String(characters[0..<7])
        self.unit = unit
    }

    /// The 7 digits, followed by the unit when there is one (`"5000009"`, `"5000009001"`).
    public var description: String { base + (unit ?? "") }

    /// The check digit for the first 6 digits of a registration number.
    ///
    /// S = Σ dᵢ·wᵢ with weights 7,6,5,4,3,2; S mod 11 = 0 has no digit; otherwise (11 − S mod 11) mod 10.
    /// - Parameter first6: The first 6 digits as values 0–9.
    /// - Returns: The check digit, or `nil` when S mod 11 = 0, when there are not exactly 6 values, or
    ///   when a value is above 9.
    public static func checkDigit(for first6: some Collection<UInt8>) -> Int? {
        guard first6.count == 6, first6.allSatisfy({ $0 <= 9 }) else { return nil }
        let remainder = IdentifierText.weightedSum(first6, weights: [7, 6, 5, 4, 3, 2]) % 11
        return remainder == 0 ? nil : (11 - remainder) % 10
    }

    /// Builds a valid registration number from its first 6 digits, for sample data.
    /// - Parameters:
    ///   - base6: The first 6 digits as a number, 0 – 999 999 (zero-padded).
    ///   - unit: An optional business unit such as `"001"`; `"000"` or `nil` means the entity itself.
    /// - Returns: The number, or `nil` when `base6` is out of range, has no check digit, or `unit` is
    ///   not a digit or letter followed by two digits.
    public static func make(base6: Int, unit: String? = nil) -> RegistrationNumber? {
        guard (0...999_999).contains(base6) else { return nil }
        let text = String(repeating: "0", count: 6 - String(base6).count) + String(base6)
        guard let values = IdentifierText.digitValues(text), let check = checkDigit(for: values) else {
            return nil
        }
        return try? RegistrationNumber(text + String(check) + (unit ?? ""))
    }
}

extension RegistrationNumber: Codable {
    /// Decodes the 7 digits with an optional unit.
    /// - Throws: `DecodingError.dataCorrupted` with the reason when the value is not a valid number.
    public init(from decoder: any Decoder) throws {
        self = try IdentifierText.decode(from: decoder) { (text) throws(IdentifierError) in
            try RegistrationNumber(text)
        }
    }

    /// Encodes ``description`` as one string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
