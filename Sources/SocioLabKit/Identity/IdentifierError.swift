import Foundation

/// Why a typed identifier (EMŠO, tax number, registration number) was rejected.
///
/// Every rejection names the rule that failed in ``code``, the kind of identifier, the text as given,
/// and a ``message`` that says what to do. Match on the code in a `catch`:
///
/// ```swift
/// do { _ = try TaxNumber("12345678") }
/// catch let error where error.code == .checkDigit { print(error.expectedCheckDigit!) }  // 9
/// ```
///
/// The message of an EMŠO error does not repeat the number: an EMŠO carries a birth date and is personal
/// data, and error messages end up in logs. ``input`` still holds the text for the caller.
public struct IdentifierError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// The rule an identifier broke; a stable, machine-readable code.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The code as printed, such as `"identifier.check-digit"`.
        public var rawValue: String
        /// Creates a code from its printed form.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The printed form of the code.
        public var description: String { rawValue }

        /// The value has the wrong number of characters once spaces and separators are removed.
        public static let wrongLength = Self(rawValue: "identifier.wrong-length")
        /// The value contains characters other than digits where digits are required.
        public static let notDigits = Self(rawValue: "identifier.not-digits")
        /// The birth date encoded in an EMŠO does not exist (31 February).
        public static let invalidDate = Self(rawValue: "identifier.invalid-date")
        /// The check digit does not match the digits before it; ``IdentifierError/expectedCheckDigit``
        /// holds the digit the algorithm gives.
        public static let checkDigit = Self(rawValue: "identifier.check-digit")
        /// No check digit can make the leading digits valid (the weighted sum is divisible by 11).
        public static let noValidCheckDigit = Self(rawValue: "identifier.no-valid-check-digit")
        /// A tax number starts with 0, which is never issued.
        public static let leadingZero = Self(rawValue: "identifier.leading-zero")
        /// An EMŠO whose weighted sum leaves remainder 1 (check digit 10); rejected unless the caller asks
        /// for the lenient reading, see ``EMSO/init(_:allowingRemainderOne:)``.
        public static let remainderOne = Self(rawValue: "identifier.remainder-one")
    }

    /// The kind of identifier that was being read; a closed set.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// EMŠO, the personal identification number (enotna matična številka občana).
        case emso
        /// The tax number (davčna številka), also the digits of a VAT id after "SI".
        case taxNumber
        /// The business-register registration number (matična številka).
        case registrationNumber

        /// The name used in messages: "EMŠO", "tax number", "registration number".
        public var description: String {
            switch self {
            case .emso: "EMŠO"
            case .taxNumber: "tax number"
            case .registrationNumber: "registration number"
            }
        }
    }

    /// The rule that failed.
    public var code: Code
    /// The kind of identifier.
    public var kind: Kind
    /// The text exactly as the caller gave it.
    public var input: String
    /// What went wrong and what to do about it.
    public var message: String
    /// For ``Code/checkDigit``: the check digit the algorithm computes for the leading digits.
    public var expectedCheckDigit: Int?

    /// Creates an error.
    /// - Parameters:
    ///   - code: The rule that failed.
    ///   - kind: The kind of identifier.
    ///   - input: The text as given.
    ///   - message: What went wrong and what to do.
    ///   - expectedCheckDigit: The computed check digit, for ``Code/checkDigit``.
    public init(_ code: Code, kind: Kind, input: String, message: String, expectedCheckDigit: Int? = nil) {
        self.code = code
        self.kind = kind
        self.input = input
        self.message = message
        self.expectedCheckDigit = expectedCheckDigit
    }

    /// `message [code]`.
    public var description: String { message + " [\(code.rawValue)]" }

    /// The same text as ``description``, for `LocalizedError`.
    public var errorDescription: String? { description }

    /// The same failure as the shared ``SocioLabError``, with the same code text
    /// (`"identifier.check-digit"`) and message, for code that reports every failure in one shape.
    public var socioLabError: SocioLabError {
        SocioLabError(SocioLabError.Code(rawValue: code.rawValue), message)
    }

    /// The same failure as a ``SocioLabError`` at a known place (a CSV row and column, a JSON key).
    /// - Parameter location: Where the identifier was read.
    /// - Returns: The shared error with this code and message at `location`.
    public func socioLabError(at location: SocioLabError.Location) -> SocioLabError {
        SocioLabError(SocioLabError.Code(rawValue: code.rawValue), message, at: location)
    }

    /// How a message starts: "The tax number '123'", but only "The EMŠO" (personal data).
    static func subject(_ kind: Kind, _ input: String) -> String {
        switch kind {
        case .emso: "The EMŠO"
        case .taxNumber: "The tax number '\(input)'"
        case .registrationNumber: "The registration number '\(input)'"
        }
    }
}

extension SocioLabError.Code {
    /// An identifier has the wrong number of digits (``IdentifierError/Code/wrongLength``).
    public static let identifierWrongLength = Self(rawValue: IdentifierError.Code.wrongLength.rawValue)
    /// An identifier contains non-digits (``IdentifierError/Code/notDigits``).
    public static let identifierNotDigits = Self(rawValue: IdentifierError.Code.notDigits.rawValue)
    /// An EMŠO encodes an impossible birth date (``IdentifierError/Code/invalidDate``).
    public static let identifierInvalidDate = Self(rawValue: IdentifierError.Code.invalidDate.rawValue)
    /// An identifier's check digit is wrong (``IdentifierError/Code/checkDigit``).
    public static let identifierCheckDigit = Self(rawValue: IdentifierError.Code.checkDigit.rawValue)
    /// No check digit exists for an identifier's leading digits (``IdentifierError/Code/noValidCheckDigit``).
    public static let identifierNoValidCheckDigit = Self(
        rawValue: IdentifierError.Code.noValidCheckDigit.rawValue)
    /// A tax number starts with 0 (``IdentifierError/Code/leadingZero``).
    public static let identifierLeadingZero = Self(rawValue: IdentifierError.Code.leadingZero.rawValue)
    /// An EMŠO falls in the remainder-1 case (``IdentifierError/Code/remainderOne``).
    public static let identifierRemainderOne = Self(rawValue: IdentifierError.Code.remainderOne.rawValue)
}

/// Shared helpers for reading identifier text.
enum IdentifierText {
    /// Removes whitespace (including no-break spaces), dashes of any kind and dots.
    static func stripSeparators(_ text: String) -> String {
        // Fast path: a number typed as plain digits (the usual case) needs no Unicode look-ups.
        if text.utf8.allSatisfy({ (48...57).contains($0) }) { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    !(scalar.properties.isWhitespace || scalar == "." || scalar == "-"
                        || scalar.properties.generalCategory == .dashPunctuation)
                }))
    }

    /// The ASCII digit values of `text`, or `nil` when any character is not an ASCII digit.
    static func digitValues(_ text: some StringProtocol) -> [UInt8]? {
        var values: [UInt8] = []
        values.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard (48...57).contains(byte) else { return nil }
            values.append(byte - 48)
        }
        return values
    }

    /// Σ dᵢ·wᵢ.
    static func weightedSum(_ digits: some Collection<UInt8>, weights: [Int]) -> Int {
        zip(digits, weights).reduce(0) { $0 + Int($1.0) * $1.1 }
    }

    /// Decodes a single string and reads it with `parse`, turning a rejection into `dataCorrupted`.
    static func decode<Value>(
        from decoder: any Decoder, _ parse: (String) throws(IdentifierError) -> Value
    ) throws -> Value {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            return try parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }
}
