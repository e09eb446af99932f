/// A report of every indicator for one scope on one day, ready to render or to store.
///
/// It records what it covers (``scope``, ``asOf``, the ``operation``) and a ``fingerprint`` of the dataset
/// it was computed from (``DatasetFingerprint``), so a printed copy can later be matched to a state of the
/// data. It holds aggregates only: no personal detail is ever read to build it. When built with a
/// ``SuppressionPolicy``, hidden counts are `nil` with `suppressed` set.
///
/// Its JSON form (``JSONReportRenderer``) has stable keys: `indicators`, `esf`, `esfPlus`, `participants`,
/// `incompleteRecords`, `scope`, `asOf`, `fingerprint` and the others below.
public struct IndicatorReport: Hashable, Sendable, Codable {
    /// The version of this structure.
    public var formatVersion: Int
    /// The operation reported on.
    public var operation: OperationSummary
    /// The period and filters.
    public var scope: Scope
    /// The days the scope covers.
    public var range: DateRange
    /// The report day.
    public var asOf: Day
    /// The SHA-256 of the dataset's canonical form, or an empty string when it was not computed.
    public var fingerprint: String
    /// The suppression threshold *k*, or `nil` when nothing is suppressed.
    public var suppressionThreshold: Int?
    /// The outputs and any other indicators.
    public var indicators: [Entry]
    /// The grand total of ESF participants, complete records or not.
    public var participants: Int?
    /// The grand total by gender.
    public var participantsByGender: [BreakdownCell]
    /// Participants whose record is incomplete, counted only in the grand total.
    public var incompleteRecords: Int
    /// The ESF 2014–2020 common indicators.
    public var esf: [ESFEntry]
    /// The ESF+ 2021–2027 common indicators.
    public var esfPlus: [ESFEntry]
    /// Things the reader must know (sub-targets that do not add up, activities no plugin understands).
    public var warnings: [LocalizedText]

    /// The current ``formatVersion``.
    public static let currentFormatVersion = 1

    /// Creates a report from its parts.
    public init(
        operation: OperationSummary, scope: Scope, range: DateRange, asOf: Day, fingerprint: String,
        suppressionThreshold: Int?, indicators: [Entry], participants: Int?,
        participantsByGender: [BreakdownCell], incompleteRecords: Int, esf: [ESFEntry], esfPlus: [ESFEntry],
        warnings: [LocalizedText]
    ) {
        self.formatVersion = Self.currentFormatVersion
        self.operation = operation
        self.scope = scope
        self.range = range
        self.asOf = asOf
        self.fingerprint = fingerprint
        self.suppressionThreshold = suppressionThreshold
        self.indicators = indicators
        self.participants = participants
        self.participantsByGender = participantsByGender
        self.incompleteRecords = incompleteRecords
        self.esf = esf
        self.esfPlus = esfPlus
        self.warnings = warnings
    }
}

extension IndicatorReport {
    /// The operation a report is about.
    public struct OperationSummary: Hashable, Sendable, Codable {
        /// Its identifier.
        public var id: String
        /// Its name.
        public var name: LocalizedText
        /// Its eligibility period.
        public var period: DateRange
        /// Creates the summary.
        public init(id: String, name: LocalizedText, period: DateRange) {
            self.id = id
            self.name = name
            self.period = period
        }
    }

    /// One indicator's line in a report.
    public struct Entry: Hashable, Sendable, Codable {
        /// The indicator's id (`OUT-05`).
        public var id: String
        /// Its title.
        public var title: LocalizedText
        /// What it counts.
        public var unit: LocalizedText
        /// Its counting rule.
        public var countingRule: LocalizedText
        /// Whether it is a milestone.
        public var isMilestone: Bool
        /// Units whose first qualifying event falls in the scope's period; `nil` when suppressed.
        public var value: Int?
        /// Distinct units active in the scope's period; `nil` when suppressed.
        public var active: Int?
        /// Units from the operation's start to the report day; `nil` when suppressed.
        public var toDate: Int?
        /// Whether any of the three counts above is hidden.
        public var suppressed: Bool
        /// The measure's name (FTE), if the indicator has one.
        public var measureName: LocalizedText?
        /// The measure of ``value``.
        public var measure: Quantity?
        /// The measure of ``toDate``.
        public var measureToDate: Quantity?
        /// The target (the partner's sub-target when the scope is one partner that has one).
        public var target: Int?
        /// ``toDate`` / ``target``.
        public var progress: Double?
        /// What is expected by the report day.
        public var expected: Double?
        /// Achieved, on track, at risk or behind.
        public var status: ProgressStatus?
        /// The value at the end at the current pace.
        public var forecast: Double?
        /// The quarterly series with its cumulative total.
        public var series: [SeriesPoint]
        /// The breakdowns of ``value``.
        public var breakdowns: [Breakdown]
        /// Progress against per-partner sub-targets, if any are set.
        public var partnerTargets: [PartnerProgress]

        /// Creates a line.
        package init(
            id: String, title: LocalizedText, unit: LocalizedText, countingRule: LocalizedText,
            isMilestone: Bool,
            value: Int?, active: Int?, toDate: Int?, suppressed: Bool, measureName: LocalizedText?,
            measure: Quantity?,
            measureToDate: Quantity?, assessment: ProgressAssessment, series: [SeriesPoint],
            breakdowns: [Breakdown], partnerTargets: [PartnerProgress]
        ) {
            self.id = id
            self.title = title
            self.unit = unit
            self.countingRule = countingRule
            self.isMilestone = isMilestone
            self.value = value
            self.active = active
            self.toDate = toDate
            self.suppressed = suppressed
            self.measureName = measureName
            self.measure = measure
            self.measureToDate = measureToDate
            self.target = assessment.target
            self.progress = assessment.progress
            self.expected = assessment.expected
            self.status = assessment.status
            self.forecast = assessment.forecast
            self.series = series
            self.breakdowns = breakdowns
            self.partnerTargets = partnerTargets
        }
    }

    /// A partner's progress against its sub-target.
    public struct PartnerProgress: Hashable, Sendable, Codable {
        /// The partner.
        public var partner: Partner.ID
        /// Its short name.
        public var name: String
        /// Its sub-target.
        public var target: Int
        /// Distinct units reached through the partner's activities up to the report day; `nil` when suppressed.
        public var value: Int?
        /// value / target.
        public var progress: Double?
        /// Status against the partner's straight line.
        public var status: ProgressStatus?
        /// Creates a line.
        public init(
            partner: Partner.ID, name: String, target: Int, value: Int?, progress: Double?,
            status: ProgressStatus?
        ) {
            self.partner = partner
            self.name = name
            self.target = target
            self.value = value
            self.progress = progress
            self.status = status
        }
    }

    /// An ESF common indicator in a report.
    public struct ESFEntry: Hashable, Sendable, Codable {
        /// The code (`CO01`).
        public var code: String
        /// The wording.
        public var title: LocalizedText
        /// How well the code is confirmed; print `unverified` codes with that mark.
        public var verification: CodeVerification
        /// The count; `nil` when suppressed.
        public var value: Int?
        /// Whether the count is suppressed.
        public var suppressed: Bool
        /// Women, men and non-binary participants (`female`, `male`, `non_binary`); empty for entity indicators.
        public var byGender: [BreakdownCell]
        /// Creates an entry.
        public init(
            code: String, title: LocalizedText, verification: CodeVerification, value: Int?, suppressed: Bool,
            byGender: [BreakdownCell]
        ) {
            self.code = code
            self.title = title
            self.verification = verification
            self.value = value
            self.suppressed = suppressed
            self.byGender = byGender
        }
    }
}
