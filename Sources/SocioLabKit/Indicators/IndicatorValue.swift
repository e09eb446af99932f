/// What the engine computes for one indicator and one scope, before targets and suppression.
///
/// Its series and breakdowns are of the same types as a report's (``SeriesPoint``, ``Breakdown``,
/// ``BreakdownCell``), with every count present and nothing suppressed.
public struct IndicatorValue: Hashable, Sendable, Codable {
    /// Units whose first qualifying event falls in the scope's period.
    public var value: Int
    /// Distinct units with any qualifying event in the scope's period.
    public var active: Int
    /// Units whose first qualifying event falls between the operation's start and the report day: the
    /// figure compared with the target.
    public var toDate: Int
    /// The summed measure of the units counted in ``value`` (FTE), when the indicator has one.
    public var measure: Quantity?
    /// The summed measure of the units counted in ``toDate``.
    public var measureToDate: Quantity?
    /// Units by the quarter of their first qualifying event, from the operation's start to the report day.
    public var series: [SeriesPoint]
    /// The value broken down, one breakdown per dimension asked for.
    public var breakdowns: [Breakdown]

    /// Creates a value.
    public init(
        value: Int, active: Int, toDate: Int, measure: Quantity? = nil, measureToDate: Quantity? = nil,
        series: [SeriesPoint] = [], breakdowns: [Breakdown] = []
    ) {
        self.value = value
        self.active = active
        self.toDate = toDate
        self.measure = measure
        self.measureToDate = measureToDate
        self.series = series
        self.breakdowns = breakdowns
    }
}

/// One period of a series: the units first counted in it, and the running total.
///
/// The same type serves the engine's ``IndicatorValue`` (where both counts are always present) and the
/// report's ``IndicatorReport/Entry`` (where a count that suppression hides is `nil`).
public struct SeriesPoint: Hashable, Sendable, Codable {
    /// The period (a quarter).
    public var period: Period
    /// Units whose first qualifying event falls in the period; `nil` only in a report that suppresses it.
    public var value: Int?
    /// Units counted up to the end of the period; `nil` only in a report that suppresses it.
    public var cumulative: Int?

    /// Creates a point.
    /// - Parameters:
    ///   - period: The quarter.
    ///   - value: Units first counted in it, or `nil` when suppressed.
    ///   - cumulative: Units counted up to its end, or `nil` when suppressed.
    public init(period: Period, value: Int?, cumulative: Int?) {
        self.period = period
        self.value = value
        self.cumulative = cumulative
    }
}

/// A value broken down by one dimension, in the engine's ``IndicatorValue`` and in a report.
public struct Breakdown: Hashable, Sendable, Codable {
    /// The dimension.
    public var dimension: BreakdownDimension
    /// The dimension's name.
    public var title: LocalizedText
    /// Whether the cells add up to the total (false when a unit may count under two values).
    public var additive: Bool
    /// The cells, in a stable order, with an `unspecified` cell last when any unit has no value.
    public var cells: [BreakdownCell]

    /// Creates a breakdown.
    /// - Parameters:
    ///   - dimension: The dimension.
    ///   - title: The dimension's name; by default the dimension's own ``BreakdownDimension/title``.
    ///   - additive: Whether the cells add up to the total.
    ///   - cells: The cells.
    public init(
        dimension: BreakdownDimension, title: LocalizedText? = nil, additive: Bool, cells: [BreakdownCell]
    ) {
        self.dimension = dimension
        self.title = title ?? dimension.title
        self.additive = additive
        self.cells = cells
    }
}

/// One count with its key and name: a cell of a breakdown, or of a report's split by gender.
public struct BreakdownCell: Hashable, Sendable, Codable {
    /// The value's stable key (a partner id, `female`, `below_25`, `unspecified` …).
    public var key: String
    /// The value's name.
    public var label: LocalizedText
    /// The count; `nil` only in a report that suppresses it.
    public var value: Int?
    /// Whether a report suppresses the count (never in an ``IndicatorValue``).
    public var suppressed: Bool

    /// Creates a cell.
    /// - Parameters:
    ///   - key: The value's stable key.
    ///   - label: The value's name.
    ///   - value: The count, or `nil` when suppressed.
    ///   - suppressed: Whether the count is suppressed.
    public init(key: String, label: LocalizedText, value: Int?, suppressed: Bool = false) {
        self.key = key
        self.label = label
        self.value = value
        self.suppressed = suppressed
    }

    /// The key of the cell for units with no value.
    public static let unspecifiedKey = "unspecified"
}
