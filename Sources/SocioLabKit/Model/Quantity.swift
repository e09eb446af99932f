import Foundation

/// A non-money decimal quantity with two decimals (hours, full-time equivalents), stored as hundredths.
///
/// Sums of hours or FTE stay exact: 0.25 + 0.5 + 0.25 is exactly 1. Encoded as a JSON number.
public struct Quantity: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The value in hundredths (1.5 is 150).
    public var hundredths: Int64

    /// Creates a quantity from hundredths.
    public init(hundredths: Int64) { self.hundredths = hundredths }
    /// Creates a whole quantity.
    public init(integerLiteral value: Int64) { hundredths = value * 100 }

    /// The values a quantity may take when it is read from text or JSON: from -999 999 999.99 to
    /// 999 999 999.99.
    ///
    /// Nine whole digits are far more than any count of hours or FTE needs; within them a `Double` holds
    /// every value exactly, and the sum of the values of 90 million records still fits in an `Int64`.
    public static let validRange =
        Quantity(
            hundredths: -maximumHundredths)...Quantity(
            hundredths: maximumHundredths)

    /// The largest magnitude of ``validRange``, in hundredths.
    static let maximumHundredths: Int64 = 99_999_999_999

    /// Parses `"1.5"`, `"1,5"`, `"8"` or `"0.25"` (at most two decimals), within ``validRange``.
    /// - Parameter text: The number; spaces around it are ignored.
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/invalidValue``) when the text is not such a
    ///   number or lies outside ``validRange``.
    public init(parsing text: String) throws {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed.withUTF8({ Quantity.read($0, json: false) }) {
        case .value(let value): self = value
        case .outOfRange: throw SocioLabError(.invalidValue, Quantity.outOfRangeMessage(text))
        case .invalid:
            throw SocioLabError(
                .invalidValue,
                "'\(CellText.excerpt(text))' is not a number with at most two decimals, such as 1.5 or 0.25")
        }
    }

    /// What reading a quantity's text gave.
    enum Reading: Hashable, Sendable {
        /// A quantity within ``Quantity/validRange``.
        case value(Quantity)
        /// A well-formed number outside ``Quantity/validRange``.
        case outOfRange
        /// Not a number with at most two decimals.
        case invalid
    }

    /// Reads `-?digits((.|,)d{1,2})?` (also `.5`) from UTF-8 bytes without allocating and without
    /// overflow, however many digits the text has.
    /// - Parameters:
    ///   - bytes: The text.
    ///   - json: Whether to read a JSON number's plain form only: `.` as the separator, a digit before it.
    /// - Returns: The quantity, ``Reading/outOfRange`` for a number outside ``validRange``, or
    ///   ``Reading/invalid``.
    /// - Complexity: O(*n*) in the number of bytes.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, json: Bool) -> Reading {
        let count = bytes.count
        var index = 0
        let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var whole: Int64 = 0
        var wholeDigits = 0
        var tooLarge = false
        while index < count, bytes[index] &- 0x30 < 10 {
            if !tooLarge {
                whole = whole * 10 + Int64(bytes[index] &- 0x30)
                tooLarge = whole > maximumHundredths / 100
            }
            wholeDigits += 1
            index += 1
        }
        var fraction: Int64 = 0
        var fractionDigits = 0
        if index < count {
            let separator = bytes[index]
            guard separator == UInt8(ascii: ".") || !json && separator == UInt8(ascii: ","),
                !json || wholeDigits > 0
            else { return .invalid }
            index += 1
            while index < count, bytes[index] &- 0x30 < 10 {
                fractionDigits += 1
                guard fractionDigits <= 2 else { return .invalid }
                fraction = fraction * 10 + Int64(bytes[index] &- 0x30)
                index += 1
            }
            guard fractionDigits > 0, index == count else { return .invalid }
        }
        guard wholeDigits + fractionDigits > 0 else { return .invalid }
        if tooLarge { return .outOfRange }
        let hundredths = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction)
        return .value(Quantity(hundredths: negative ? -hundredths : hundredths))
    }

    /// Reads a JSON number's text as ``read(_:json:)`` does.
    static func read(json text: String) -> Reading {
        var text = text
        return text.withUTF8 { read($0, json: true) }
    }

    /// The message for a number outside ``validRange``.
    /// - Parameters:
    ///   - text: The number as written.
    ///   - field: The field it was read for (`hours`, `fte`), if known.
    static func outOfRangeMessage(_ text: String, field: String? = nil) -> String {
        let what = field.map { "The \($0)" } ?? "A quantity such as hours or FTE"
        return "'\(CellText.excerpt(text))' is out of range. \(what) must lie between -999999999.99 and "
            + "999999999.99, with at most two decimals; check the value and its column."
    }

    /// `"1.5"`, `"8"`, `"0.25"`: no trailing zeros.
    public var description: String {
        let magnitude = hundredths.magnitude
        let sign = hundredths < 0 ? "-" : ""
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
        return sign + "\(whole)." + Day.pad(Int(fraction), 2)
    }

    /// The value as a `Double`, for display and ratios only.
    public var doubleValue: Double { Double(hundredths) / 100 }
    /// Orders quantities.
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.hundredths < rhs.hundredths }
    /// Adds two quantities.
    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        Quantity(hundredths: lhs.hundredths + rhs.hundredths)
    }
    /// Zero.
    public static let zero = Quantity(hundredths: 0)
}

extension Quantity: Codable {
    /// Decodes a JSON number (or a numeric string) with at most two decimals, within ``validRange``.
    ///
    /// - Throws: `DecodingError.dataCorrupted` for a number outside ``validRange`` or text that is not a
    ///   number; `DecodingError.typeMismatch` for other JSON values.
    public init(from decoder: any Decoder) throws {
        // Stored details hold plain decimals: read those directly, with no error thrown and caught on the
        // way (the general path below gives the same value for them).
        if let direct = decoder as? JSONValueDecoder, case .number(let text) = direct.value {
            switch Quantity.read(json: text) {
            case .value(let value):
                self = value
                return
            case .outOfRange:
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: Quantity.outOfRangeMessage(text)))
            case .invalid: break
            }
        }
        let container = try decoder.singleValueContainer()
        func outOfRange(_ text: String) -> DecodingError {
            DecodingError.dataCorruptedError(
                in: container, debugDescription: Quantity.outOfRangeMessage(text))
        }
        if let whole = try? container.decode(Int64.self) {
            guard whole.magnitude <= UInt64(Quantity.maximumHundredths / 100) else {
                throw outOfRange(String(whole))
            }
            self.init(hundredths: whole * 100)
            return
        }
        let text: String
        if let string = try? container.decode(String.self) {
            text = string
        } else {
            let number = try container.decode(Double.self)
            guard number.isFinite, number.magnitude <= Double(Quantity.maximumHundredths) / 100 else {
                throw outOfRange(String(number))
            }
            text = String(format: "%.2f", number)
        }
        do {
            self = try Quantity(parsing: text)
        } catch let error as SocioLabError {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes a JSON number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if hundredths % 100 == 0 {
            try container.encode(hundredths / 100)
        } else {
            try container.encode(Double(hundredths) / 100)
        }
    }
}
