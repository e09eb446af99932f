import Foundation

/// A calendar day ("2019-10-03") with no time and no time zone.
///
/// A `Day` is stored as the number of days since 1970-01-01, so comparing, hashing and subtracting days
/// are integer operations and a day means the same thing in every time zone. It is encoded as its ISO
/// text, `"YYYY-MM-DD"`.
public struct Day: Hashable, Comparable, Sendable, Strideable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int32

    /// Creates a day from its count of days since 1970-01-01.
    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    /// Creates a day from its parts, or `nil` when the date does not exist (31 February).
    /// - Parameters:
    ///   - year: The year, 1 … 9999.
    ///   - month: The month, 1 … 12.
    ///   - day: The day of the month.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        daysSinceEpoch = Int32(Day.epochDays(year: year, month: month, day: day))
    }

    /// The year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        // Civil-from-days, after Howard Hinnant's public-domain description of the algorithm.
        let z = Int(daysSinceEpoch) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The year.
    public var year: Int { components.year }
    /// The month, 1 … 12.
    public var month: Int { components.month }
    /// The day of the month.
    public var day: Int { components.day }
    /// The quarter, 1 … 4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// `"YYYY-MM-DD"`.
    public var description: String {
        let (y, m, d) = components
        return Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2)
    }

    /// `"3. 10. 2019"`, as Slovenian texts write a date.
    public var slovenianDescription: String {
        let (y, m, d) = components
        return "\(d). \(m). \(y)"
    }

    /// Whole years from `birth` to this day, as a person's age on this day.
    ///
    /// A person born on 29 February becomes a year older on 1 March in common years.
    /// - Parameter birth: The birth date.
    /// - Returns: The age in completed years; negative when `birth` is after this day.
    public func years(since birth: Day) -> Int {
        let (by, bm, bd) = birth.components
        let (y, m, d) = components
        var age = y - by
        if (m, d) < (bm, bd) { age -= 1 }
        return age
    }

    /// The day `days` after this one.
    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + Int32(days)) }

    /// The same day `months` later (or earlier, for a negative count), clamped to the end of a shorter
    /// month.
    ///
    /// The result may lie outside the years 1 … 9999 that ``init(year:month:day:)`` accepts: the first
    /// day after a period that ends on 9999-12-31 is 10000-01-01, on the same proleptic Gregorian calendar.
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + months
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(d, Day.daysIn(month: month, year: year))
        return Day(daysSinceEpoch: Int32(Day.epochDays(year: year, month: month, day: day)))
    }

    /// Days from this day to `other`.
    public func distance(to other: Day) -> Int { Int(other.daysSinceEpoch) - Int(daysSinceEpoch) }
    /// The day `n` days later.
    public func advanced(by n: Int) -> Day { adding(days: n) }
    /// Orders days chronologically.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether a year is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func epochDays(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension Day {
    /// Parses `"YYYY-MM-DD"` or the Slovenian `"DD.MM.YYYY"` (spaces after the dots allowed).
    /// - Parameter text: The text to parse.
    /// - Throws: ``SocioLabError`` with code ``SocioLabError/Code/invalidValue`` naming the text.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = Day.parseISO(trimmed) ?? Day.parseSlovenian(trimmed) {
            self = day
        } else {
            throw SocioLabError(
                .invalidValue,
                "'\(CellText.excerpt(text))' is not a date; write it as YYYY-MM-DD (2019-10-03) or DD.MM.YYYY (3.10.2019)"
            )
        }
    }

    /// Parses exactly `"YYYY-MM-DD"`, or returns `nil`.
    public static func parseISO(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = digits(bytes[0..<4]), let m = digits(bytes[5..<7]), let d = digits(bytes[8..<10])
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Parses `"D.M.YYYY"` / `"DD. MM. YYYY"`, or returns `nil`.
    public static func parseSlovenian(_ text: String) -> Day? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
            (1...2).contains(parts[1].count),
            let d = digits(Array(parts[0].utf8)[...]), let m = digits(Array(parts[1].utf8)[...]),
            let y = digits(Array(parts[2].utf8)[...])
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return bytes.isEmpty ? nil : value
    }

    /// The day a moment falls on in a time zone (UTC unless given).
    /// - Parameters:
    ///   - date: The moment.
    ///   - timeZone: The zone whose calendar day is wanted.
    public init(_ date: Date, in timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        self.init(daysSinceEpoch: Int32((seconds / 86_400).rounded(.down)))
    }
}

extension Day: Codable {
    /// Decodes `"YYYY-MM-DD"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day.parseISO(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a date in the form YYYY-MM-DD")
        }
        self = day
    }

    /// Encodes `"YYYY-MM-DD"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
