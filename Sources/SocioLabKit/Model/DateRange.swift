import Foundation

/// An inclusive range of days, printed `"2018-04-01..2019-03-31"`.
public struct DateRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first day in the range.
    public var start: Day
    /// The last day in the range (inclusive).
    public var end: Day

    /// Creates a range; `start` must not be after `end`.
    public init(_ start: Day, _ end: Day) {
        precondition(start <= end, "a date range must not end before it starts")
        self.start = start
        self.end = end
    }

    /// Whether `day` lies in the range.
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
    /// Whether the two ranges share a day.
    public func overlaps(_ other: DateRange) -> Bool { start <= other.end && other.start <= end }
    /// The number of days in the range.
    public var dayCount: Int { start.distance(to: end) + 1 }
    /// `"START..END"`.
    public var description: String { "\(start)..\(end)" }

    /// The quarters the range touches, in order.
    public var quarters: [Period] {
        var result: [Period] = []
        var year = start.year
        var quarter = start.quarter
        while true {
            let period = Period.quarter(year, quarter)
            if period.range.start > end { break }
            result.append(period)
            quarter += 1
            if quarter > 4 {
                quarter = 1
                year += 1
            }
        }
        return result
    }
}

/// A reporting period: a year, a quarter, a month or any range of days.
///
/// Parses and prints `"2019"`, `"2019-Q3"`, `"2019-07"` and `"2018-04-01..2019-03-31"`.
public enum Period: Hashable, Sendable, CustomStringConvertible {
    /// A calendar year.
    case year(Int)
    /// A calendar quarter, 1 … 4.
    case quarter(Int, Int)
    /// A calendar month, 1 … 12.
    case month(Int, Int)
    /// Any inclusive range of days.
    case range(DateRange)

    /// The days the period covers.
    public var range: DateRange {
        switch self {
        case .year(let y):
            return DateRange(Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!)
        case .quarter(let y, let q):
            let first = Day(year: y, month: (q - 1) * 3 + 1, day: 1)!
            return DateRange(first, first.adding(months: 3).adding(days: -1))
        case .month(let y, let m):
            let first = Day(year: y, month: m, day: 1)!
            return DateRange(first, first.adding(months: 1).adding(days: -1))
        case .range(let r):
            return r
        }
    }

    /// The printed form.
    public var description: String {
        switch self {
        case .year(let y): return String(y)
        case .quarter(let y, let q): return "\(y)-Q\(q)"
        case .month(let y, let m): return "\(y)-" + Day.pad(m, 2)
        case .range(let r): return r.description
        }
    }

    /// Parses a period.
    /// - Parameter text: `"2019"`, `"2019-Q3"`, `"2019-07"` or `"2018-04-01..2019-03-31"`.
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/invalidValue``) saying which forms are accepted.
    public init(parsing text: String) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        let failure = SocioLabError(
            .invalidValue,
            "'\(text)' is not a period; write 2019, 2019-Q3, 2019-07 or 2018-04-01..2019-03-31")
        if let separator = t.range(of: "..") {
            guard let a = try? Day(parsing: String(t[..<separator.lowerBound])),
                let b = try? Day(parsing: String(t[separator.upperBound...])), a <= b
            else { throw failure }
            self = .range(DateRange(a, b))
            return
        }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4, (1...9999).contains(year) else { throw failure }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2 where parts[1].uppercased().hasPrefix("Q"):
            guard let q = Int(parts[1].dropFirst()), (1...4).contains(q), parts[1].count == 2 else {
                throw failure
            }
            self = .quarter(year, q)
        case 2:
            guard let m = Int(parts[1]), parts[1].count == 2, (1...12).contains(m) else { throw failure }
            self = .month(year, m)
        case 3:
            guard let day = Day.parseISO(t) else { throw failure }
            self = .range(DateRange(day, day))
        default:
            throw failure
        }
    }
}

extension Period: Codable {
    /// Decodes the printed form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do { self = try Period(parsing: text) } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)")
        }
    }

    /// Encodes the printed form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
