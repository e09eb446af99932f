import Foundation

/// An amount of money in integer cents with its currency. Never a floating-point number.
///
/// Parses and prints `"1279895.84"`; prints `"1.279.895,84 €"` in Slovenian and `"€1,279,895.84"` in English.
public struct Money: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The amount in the currency's minor unit (cents).
    public var cents: Int64
    /// The ISO 4217 currency code, such as `"EUR"`.
    public var currency: String

    /// Creates an amount from cents.
    public init(cents: Int64, currency: String = "EUR") {
        self.cents = cents
        self.currency = currency
    }

    /// Parses `"1279895.84"`, `"1279895,84"`, `"-12.5"` or `"300"` (at most two decimals).
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/invalidValue``) when the text is not such an amount.
    public init(parsing text: String, currency: String = "EUR") throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let cents = Money.parseCents(t) else {
            throw SocioLabError(
                .invalidValue,
                "'\(CellText.excerpt(text))' is not an amount; write digits with at most two decimals, such as 1279895.84"
            )
        }
        self.init(cents: cents, currency: currency)
    }

    private static func parseCents(_ text: String) -> Int64? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var seenSeparator = false
        var seenDigit = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                let digit = Int64(byte - 48)
                if seenSeparator {
                    fractionDigits += 1
                    guard fractionDigits <= 2 else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                    let (s, o2) = m.addingReportingOverflow(digit)
                    guard !o1, !o2, s < Int64.max / 100 else { return nil }
                    whole = s
                }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !seenSeparator else { return nil }
                seenSeparator = true
            default:
                return nil
            }
        }
        guard seenDigit, !(seenSeparator && fractionDigits == 0) else { return nil }
        if fractionDigits == 1 { fraction *= 10 }
        let cents = whole * 100 + fraction
        return negative ? -cents : cents
    }

    /// `"1279895.84"`: the plain form used in files.
    public var description: String {
        let magnitude = cents.magnitude
        return (cents < 0 ? "-" : "") + "\(magnitude / 100)." + Day.pad(Int(magnitude % 100), 2)
    }

    /// The amount formatted for a language: `"1.279.895,84 €"` (sl) or `"€1,279,895.84"` (en).
    public func formatted(_ language: Language) -> String {
        let magnitude = cents.magnitude
        let sign = cents < 0 ? "-" : ""
        let cent = Day.pad(Int(magnitude % 100), 2)
        let symbol = currency == "EUR" ? "€" : currency
        switch language {
        case .slovenian:
            return sign + Money.group(magnitude / 100, by: ".") + "," + cent + " " + symbol
        case .english:
            return sign + symbol + Money.group(magnitude / 100, by: ",") + "." + cent
        }
    }

    static func group(_ value: UInt64, by separator: String) -> String {
        let digits = Array(String(value))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }

    /// Orders amounts of the same currency.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    /// Adds two amounts of the same currency.
    public static func + (lhs: Money, rhs: Money) -> Money {
        precondition(lhs.currency == rhs.currency, "cannot add amounts in different currencies")
        return Money(cents: lhs.cents + rhs.cents, currency: lhs.currency)
    }
    /// Zero euro.
    public static let zero = Money(cents: 0)
}

extension Money: Codable {
    private enum CodingKeys: String, CodingKey { case amount, currency }

    /// Decodes `{"amount": "1279895.84", "currency": "EUR"}` (the amount is a string, so it stays exact).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .amount)
        guard let cents = Money.parseCents(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .amount, in: container, debugDescription: "'\(text)' is not an amount")
        }
        self.init(cents: cents, currency: try container.decode(String.self, forKey: .currency))
    }

    /// Encodes `{"amount": "1279895.84", "currency": "EUR"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(description, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}
