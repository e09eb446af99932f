extension IndicatorReport {
    /// The finance section of a report: absorption of the budget and cost per result, to the report day.
    ///
    /// Every amount is integer cents of ``currency``. Finance figures are aggregates of money: no
    /// small-cell suppression applies to them, and no line names a person (cost items are summed by
    /// partner, category and period only). A cost per result, which would give its count away, is hidden
    /// when the report's suppression hides that count.
    ///
    /// JSON keys (``JSONReportRenderer``): `currency`, `euRatePercent`, `total`, `byPartner`, `byCategory`,
    /// `byYear` (each an ``Absorption``), `quarters` (``FinanceQuarter``), `costPerResult`
    /// (``CostPerResult``).
    public struct Finance: Hashable, Sendable, Codable {
        /// The ISO 4217 code of every amount (`EUR`).
        public var currency: String
        /// The EU co-financing rate in per cent (80), the base of every ``FinanceAmount`` split.
        public var euRatePercent: Int
        /// The whole operation (or the partners of the report's scope).
        public var total: Absorption
        /// One line per partner with a budget line or a cost, in the operation's order.
        public var byPartner: [Absorption]
        /// One line per cost category, in the operation's order of categories.
        public var byCategory: [Absorption]
        /// One line per calendar year of the operation; a year's budget is its budget lines of that year.
        public var byYear: [Absorption]
        /// Each quarter of the operation up to the report day, cumulative, beside the straight line.
        public var quarters: [FinanceQuarter]
        /// Spend to date per result of OUT-05, OUT-04 and OUT-06, overall and per partner.
        public var costPerResult: [CostPerResult]

        /// Creates the section.
        public init(
            currency: String, euRatePercent: Int, total: Absorption, byPartner: [Absorption],
            byCategory: [Absorption], byYear: [Absorption], quarters: [FinanceQuarter],
            costPerResult: [CostPerResult]
        ) {
            self.currency = currency
            self.euRatePercent = euRatePercent
            self.total = total
            self.byPartner = byPartner
            self.byCategory = byCategory
            self.byYear = byYear
            self.quarters = quarters
            self.costPerResult = costPerResult
        }
    }

    /// An amount in cents with its EU and national shares: the EU share is the amount times the EU rate,
    /// rounded half up to the cent; the national share is the remainder, so the two add up to the cent.
    ///
    /// JSON keys: `cents`, `eu`, `national` (all cents).
    public struct FinanceAmount: Hashable, Sendable, Codable {
        /// The amount, in cents.
        public var cents: Int64
        /// The EU share, in cents.
        public var eu: Int64
        /// The national share (``cents`` − ``eu``), in cents.
        public var national: Int64

        /// Creates an amount from its parts.
        public init(cents: Int64, eu: Int64, national: Int64) {
            self.cents = cents
            self.eu = eu
            self.national = national
        }

        /// Nothing.
        public static let zero = FinanceAmount(cents: 0, eu: 0, national: 0)
    }

    /// One line of absorption: what was planned, spent, claimed, approved and paid, and the approved
    /// amount against the straight line from nothing the day before the line's period to the planned
    /// amount on its last day (``ProgressStatus`` as for the outputs).
    ///
    /// JSON keys: `key` (`total`, a partner id, a category id or a year), `label`, `planned`, `spent`,
    /// `claimed`, `approved`, `paid` (each a ``FinanceAmount``), `expected`, `forecast` (cents), `progress`,
    /// `status`, `overBudget`.
    public struct Absorption: Hashable, Sendable, Codable {
        /// What the line is: `total`, a partner's id, a category's id or a year (`2019`).
        public var key: String
        /// Its name.
        public var label: LocalizedText
        /// The budget of the line (its budget lines' planned amounts).
        public var planned: FinanceAmount
        /// Cost items paid by the report day with the flat-rate amounts computed on them, claimed or not.
        public var spent: FinanceAmount
        /// Declared in claims submitted by the report day (draft claims are not counted).
        public var claimed: FinanceAmount
        /// Approved in claims approved by the report day: what counts as absorbed.
        public var approved: FinanceAmount
        /// Approved in claims paid by the report day.
        public var paid: FinanceAmount
        /// Cents of ``planned`` expected approved by the report day on the straight line; `nil` without a
        /// budget.
        public var expected: Int64?
        /// ``approved`` / ``planned``; `nil` without a budget.
        public var progress: Double?
        /// Approved against expected; `nil` without a budget.
        public var status: ProgressStatus?
        /// Cents approved by the line's last day at the pace so far; `nil` once absorbed or ended.
        public var forecast: Int64?
        /// Whether more was spent than planned.
        public var overBudget: Bool

        /// Creates a line.
        public init(
            key: String, label: LocalizedText, planned: FinanceAmount, spent: FinanceAmount,
            claimed: FinanceAmount, approved: FinanceAmount, paid: FinanceAmount, expected: Int64?,
            progress: Double?, status: ProgressStatus?, forecast: Int64?, overBudget: Bool
        ) {
            self.key = key
            self.label = label
            self.planned = planned
            self.spent = spent
            self.claimed = claimed
            self.approved = approved
            self.paid = paid
            self.expected = expected
            self.progress = progress
            self.status = status
            self.forecast = forecast
            self.overBudget = overBudget
        }
    }

    /// A quarter of the absorption series: the cumulative amounts at its end beside the straight line.
    ///
    /// JSON keys: `period` (`2019-Q3`), `spent`, `claimed`, `approved`, `paid`, `expected` (cumulative
    /// cents at the quarter's end).
    public struct FinanceQuarter: Hashable, Sendable, Codable {
        /// The quarter.
        public var period: Period
        /// Cumulative spend at the quarter's end (or the report day, for the quarter holding it).
        public var spent: Int64
        /// Cumulative claimed.
        public var claimed: Int64
        /// Cumulative approved.
        public var approved: Int64
        /// Cumulative paid.
        public var paid: Int64
        /// The straight line: the total budget × days elapsed at the quarter's end ÷ the operation's days.
        public var expected: Int64

        /// Creates a point.
        public init(
            period: Period, spent: Int64, claimed: Int64, approved: Int64, paid: Int64, expected: Int64
        ) {
            self.period = period
            self.spent = spent
            self.claimed = claimed
            self.approved = approved
            self.paid = paid
            self.expected = expected
        }
    }

    /// Spend to date per result of an output, overall or for one partner.
    ///
    /// JSON keys: `output` (`OUT-05`), `title`, `partner` (absent for the whole operation), `spent`
    /// (cents), `results` (absent when suppressed), `perResult` (cents, rounded half up; absent with no
    /// result or when suppressed).
    public struct CostPerResult: Hashable, Sendable, Codable {
        /// The output (`OUT-05`).
        public var output: String
        /// Its title.
        public var title: LocalizedText
        /// The partner, or `nil` for the whole operation.
        public var partner: Partner.ID?
        /// Spend to date, in cents (as ``Absorption/spent``).
        public var spent: Int64
        /// Results to date (distinct units, as the output counts them); `nil` when suppressed.
        public var results: Int?
        /// ``spent`` ÷ ``results`` in cents, rounded half up; `nil` with no result or when suppressed.
        public var perResult: Int64?

        /// Creates a line.
        public init(
            output: String, title: LocalizedText, partner: Partner.ID?, spent: Int64, results: Int?,
            perResult: Int64?
        ) {
            self.output = output
            self.title = title
            self.partner = partner
            self.spent = spent
            self.results = results
            self.perResult = perResult
        }
    }
}
