import Foundation

/// A moment, in whole milliseconds since 1970-01-01 UTC; printed in ISO 8601 (`2019-10-03T08:15:00.000Z`).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64
    /// Creates a timestamp.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    /// The timestamp of a `Date`, truncated to the millisecond.
    public init(_ date: Date) { milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
    /// The moment as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
    /// The UTC calendar day of the moment.
    public var day: Day {
        Day(
            daysSinceEpoch: Int32((milliseconds >= 0 ? milliseconds : milliseconds - 86_399_999) / 86_400_000)
        )
    }
    /// Orders moments.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// ISO 8601 in UTC with milliseconds.
    public var description: String {
        let msOfDay = ((milliseconds % 86_400_000) + 86_400_000) % 86_400_000
        let h = msOfDay / 3_600_000
        let m = msOfDay / 60_000 % 60
        let s = msOfDay / 1000 % 60
        let ms = msOfDay % 1000
        return "\(day)T" + Day.pad(Int(h), 2) + ":" + Day.pad(Int(m), 2) + ":" + Day.pad(Int(s), 2) + "."
            + Day.pad(Int(ms), 3) + "Z"
    }

    /// Parses the form ``description`` prints.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[23] == UInt8(ascii: "Z"),
            let day = Day.parseISO(String(decoding: bytes[0..<10], as: UTF8.self)),
            let h = Int64(String(decoding: bytes[11..<13], as: UTF8.self)),
            let m = Int64(String(decoding: bytes[14..<16], as: UTF8.self)),
            let s = Int64(String(decoding: bytes[17..<19], as: UTF8.self)),
            let ms = Int64(String(decoding: bytes[20..<23], as: UTF8.self)),
            h < 24, m < 60, s < 60
        else { return nil }
        milliseconds = Int64(day.daysSinceEpoch) * 86_400_000 + ((h * 60 + m) * 60 + s) * 1000 + ms
    }
}

extension Timestamp: Codable {
    /// Decodes the ISO 8601 text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let t = Timestamp(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "'\(text)' is not a timestamp like 2019-10-03T08:15:00.000Z")
        }
        self = t
    }

    /// Encodes the ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
