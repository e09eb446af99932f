import Foundation

/// A Slovenian tax number (davčna številka), 8 digits; also the digits of a VAT id after "SI".
///
/// The first digit is never 0. The eighth digit is a modulus-11 check digit over the first seven with
/// weights 8,7,6,5,4,3,2 (python-stdnum `si/ddv.py`, jsvat, FormValidation agree). A value of this type
/// always passes that check.
///
/// ```swift
/// let vat = try TaxNumber("SI 9876543 4")
/// vat.digits   // "98765434"
/// ```
///
/// It is encoded as its 8 digits, without "SI". See `Documentation/Identifiers.md`.
public struct TaxNumber: Hashable, Sendable, CustomStringConvertible {
    /// The 8 digits, without separators or "SI".
    public let digits: String

    /// Reads a tax number or VAT id.
    ///
    /// Spaces, dashes, dots and a leading "SI" (any case) are removed first.
    /// - Parameter text: The number as typed, such as `"SI 9876543 4"` or `"12345679"`.
    /// - Throws: ``IdentifierError`` with code ``IdentifierError/Code/wrongLength``,
    ///   ``IdentifierError/Code/notDigits``, ``IdentifierError/Code/leadingZero``,
    ///   ``IdentifierError/Code/noValidCheckDigit`` or ``IdentifierError/Code/checkDigit``.
    public init(_ text: String) throws(IdentifierError) {
        let subject = IdentifierError.subject(.taxNumber, text)
        func failure(_ code: IdentifierError.Code, _ message: String, expected: Int? = nil) -> IdentifierError
        {
            IdentifierError(
                code, kind: .taxNumber, input: text, message: message, expectedCheckDigit: expected)
        }
        var stripped = IdentifierText.stripSeparators(text)
        if stripped.uppercased().hasPrefix("SI") { stripped.removeFirst(2) }
        guard !stripped.isEmpty else {
            throw failure(
                .wrongLength, "The tax number is empty; write its 8 digits, optionally after \"SI\".")
        }
        guard let values = IdentifierText.digitValues(stripped) else {
            throw failure(
                .notDigits,
                "\(subject) contains characters other than digits; write the 8 digits, "
                    + "optionally after \"SI\".")
        }
        guard values.count == 8 else {
            throw failure(
                .wrongLength,
                "\(subject) has \(values.count) digits, but a tax number has 8; look for a "
                    + "missing or extra digit.")
        }
        guard values[0] != 0 else {
            throw failure(
                .leadingZero,
                "\(subject) starts with 0, and no tax number does; check the first digit.")
        }
        guard let expected = TaxNumber.checkDigit(for: values.prefix(7)) else {
            throw failure(
                .noValidCheckDigit,
                "\(subject) cannot be valid: its first 7 digits have no check digit "
                    + "(the weighted sum is divisible by 11); look for a mistyped digit.")
        }
        guard Int(values[7]) == expected else {
            throw failure(
                .checkDigit,
                "\(subject) ends in \(values[7]), but its first 7 digits give the check digit "
                    + "\(expected); look for a mistyped or swapped digit.", expected: expected)
        }
        digits = stripped
    }

    /// The 8 digits.
    public var description: String { digits }

    /// The VAT id form, `"SI"` followed by the 8 digits.
    public var vatID: String { "SI" + digits }

    /// The check digit for the first 7 digits of a tax number.
    ///
    /// S = Σ dᵢ·wᵢ with weights 8,7,6,5,4,3,2; c = 11 − (S mod 11); c = 10 gives 0; c = 11 has no digit.
    /// - Parameter first7: The first 7 digits as values 0–9.
    /// - Returns: The check digit, or `nil` when S mod 11 = 0, when there are not exactly 7 values, or
    ///   when a value is above 9.
    public static func checkDigit(for first7: some Collection<UInt8>) -> Int? {
        guard first7.count == 7, first7.allSatisfy({ $0 <= 9 }) else { return nil }
        let c = 11 - IdentifierText.weightedSum(first7, weights: [8, 7, 6, 5, 4, 3, 2]) % 11
        switch c {
        case 11: return nil
        case 10: return 0
        default: return c
        }
    }

    /// Builds a valid tax number from its first 7 digits, for sample data.
    /// - Parameter base7: The first 7 digits as a number, 1 000 000 – 9 999 999.
    /// - Returns: The tax number, or `nil` when `base7` is out of range or has no check digit.
    public static func make(base7: Int) -> TaxNumber? {
        guard (1_000_000...9_999_999).contains(base7) else { return nil }
        let text = String(base7)
        guard let values = IdentifierText.digitValues(text), let check = checkDigit(for: values) else {
            return nil
        }
        return TaxNumber(validDigits: text + String(check))
    }

    private init(validDigits: String) { digits = validDigits }
}

extension TaxNumber: Codable {
    /// Decodes the 8 digits (a leading "SI" and separators are tolerated).
    /// - Throws: `DecodingError.dataCorrupted` with the reason when the value is not a valid tax number.
    public init(from decoder: any Decoder) throws {
        self = try IdentifierText.decode(from: decoder) { (text) throws(IdentifierError) in
            try TaxNumber(text)
        }
    }

    /// Encodes the 8 digits as one string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
