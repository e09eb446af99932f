/// What the engine computes for one indicator and one scope, before targets and suppression.
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
public struct SeriesPoint: Hashable, Sendable, Codable {
    /// The period (a quarter).
    public var period: Period
    /// Units whose first qualifying event falls in the period.
    public var value: Int
    /// Units counted up to the end of the period.
    public var cumulative: Int

    /// Creates a point.
    public init(period: Period, value: Int, cumulative: Int) {
        self.period = period
        self.value = value
        self.cumulative = cumulative
    }
}

/// A value broken down by one dimension.
public struct Breakdown: Hashable, Sendable, Codable {
    /// The dimension.
    public var dimension: BreakdownDimension
    /// The cells, in a stable order, with an `unspecified` cell last when any unit has no value.
    public var cells: [BreakdownCell]
    /// Whether the cells add up to the total (false when a unit may count under two values).
    public var additive: Bool

    /// Creates a breakdown.
    public init(dimension: BreakdownDimension, cells: [BreakdownCell], additive: Bool) {
        self.dimension = dimension
        self.cells = cells
        self.additive = additive
    }
}

/// One cell of a breakdown.
public struct BreakdownCell: Hashable, Sendable, Codable {
    /// The value's stable key (a partner id, `female`, `below_25`, `unspecified` …).
    public var key: String
    /// The value's name.
    public var label: LocalizedText
    /// The count.
    public var value: Int

    /// Creates a cell.
    public init(key: String, label: LocalizedText, value: Int) {
        self.key = key
        self.label = label
        self.value = value
    }

    /// The key of the cell for units with no value.
    public static let unspecifiedKey = "unspecified"
}
