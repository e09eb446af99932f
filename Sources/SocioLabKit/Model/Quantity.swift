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

    /// Parses `"1.5"`, `"1,5"`, `"8"` or `"0.25"` (at most two decimals).
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/invalidValue``).
    public init(parsing text: String) throws {
        do {
            self.init(hundredths: try Money(parsing: text).cents)
        } catch {
            throw SocioLabError(
                .invalidValue, "'\(text)' is not a number with at most two decimals, such as 1.5 or 0.25")
        }
    }

    /// Reads `-?d+(.d{1,2})?` with at most 15 digits in all (so that a `Double` would hold it exactly),
    /// or fails.
    init?(plainDecimal text: String) {
        var negative = false
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var inFraction = false
        for (i, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: ".") where !inFraction && digits > 0: inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int64(byte - UInt8(ascii: "0"))
                if inFraction {
                    fractionDigits += 1
                    fraction = fraction * 10 + digit
                } else {
                    digits += 1
                    whole = whole * 10 + digit
                }
                guard digits + fractionDigits <= 15, fractionDigits <= 2 else { return nil }
            default: return nil
            }
        }
        guard digits > 0, !inFraction || fractionDigits > 0 else { return nil }
        let hundredths = whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction)
        self.init(hundredths: negative ? -hundredths : hundredths)
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
    /// Decodes a JSON number (or a numeric string) with at most two decimals.
    public init(from decoder: any Decoder) throws {
        // Stored details hold plain decimals: read those directly, with no error thrown and caught on the
        // way (the general path below gives the same value for them).
        if let direct = decoder as? JSONValueDecoder, case .number(let text) = direct.value,
            let exact = Quantity(plainDecimal: text)
        {
            self = exact
            return
        }
        let container = try decoder.singleValueContainer()
        if let whole = try? container.decode(Int64.self) {
            guard whole.magnitude < UInt64(Int64.max / 100) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "quantity out of range")
            }
            self.init(hundredths: whole * 100)
            return
        }
        let text: String
        if let string = try? container.decode(String.self) {
            text = string
        } else {
            let number = try container.decode(Double.self)
            guard number.isFinite, abs(number) < 1e15 else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "quantity out of range")
            }
            text = String(format: "%.2f", number)
        }
        guard let value = try? Quantity(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a quantity")
        }
        self = value
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
