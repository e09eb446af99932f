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
    /// Participants whose record is incomplete, counted only in the grand total; `nil` when suppressed.
    public var incompleteRecords: Int?
    /// The ESF 2014–2020 common indicators.
    public var esf: [ESFEntry]
    /// The ESF+ 2021–2027 common indicators.
    public var esfPlus: [ESFEntry]
    /// Things the reader must know (sub-targets that do not add up, activities no plugin understands).
    public var warnings: [LocalizedText]
    /// The breakdowns the reader asked to see (`--by`), which every renderer shows as tables; `nil` when
    /// none were asked for (the breakdowns are still in ``Entry/breakdowns`` and in JSON and CSV).
    public var requestedBreakdowns: [BreakdownDimension]?
    /// Budget absorption and cost per result (``Finance``); `nil` when the dataset holds no budget line,
    /// cost item or claim.
    public var finance: Finance?
    /// The sections the reader asked for (`--section`), which the renderers show alone; `nil` for all.
    public var sections: [Section]?

    /// The current ``formatVersion``.
    public static let currentFormatVersion = 1

    /// Creates a report from its parts.
    public init(
        operation: OperationSummary, scope: Scope, range: DateRange, asOf: Day, fingerprint: String,
        suppressionThreshold: Int?, indicators: [Entry], participants: Int?,
        participantsByGender: [BreakdownCell], incompleteRecords: Int?, esf: [ESFEntry], esfPlus: [ESFEntry],
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
        self.requestedBreakdowns = nil
        self.finance = nil
        self.sections = nil
    }

    /// Whether the report day is after the operation's last day, so every status is final.
    public var isFinal: Bool { asOf > operation.period.end }
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
        /// Its partners (id and name), so a report names them; `nil` in a report made before they were kept.
        public var partners: [PartnerName]?
        /// The programme it is funded under, for the report's cover; `nil` when not given.
        public var programme: LocalizedText?
        /// Its total eligible budget; `nil` when not given.
        public var budget: Money?
        /// How the budget is funded (the EU and national parts), in the funding decision's order.
        public var funding: [FundingSource]?
        /// The lead partner's id; `nil` when the operation has none or it is not given.
        public var leadPartner: Partner.ID?

        /// Creates the summary.
        public init(
            id: String, name: LocalizedText, period: DateRange, partners: [PartnerName]? = nil,
            programme: LocalizedText? = nil, budget: Money? = nil, funding: [FundingSource]? = nil,
            leadPartner: Partner.ID? = nil
        ) {
            self.id = id
            self.name = name
            self.period = period
            self.partners = partners
            self.programme = programme
            self.budget = budget
            self.funding = funding
            self.leadPartner = leadPartner
        }

        /// A partner's name, or its id when the summary does not know it.
        public func name(of partner: Partner.ID) -> String {
            partners?.first { $0.id == partner }?.name ?? partner.rawValue
        }
    }

    /// A partner as a report names it.
    public struct PartnerName: Hashable, Sendable, Codable {
        /// The partner's id (`prizma`).
        public var id: Partner.ID
        /// Its short name, as shown in a report.
        public var name: String
        /// Creates the name.
        public init(id: Partner.ID, name: String) {
            self.id = id
            self.name = name
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
        /// What the measure is counted in (hours, persons, FTE), if the indicator has a measure.
        ///
        /// The count itself (``value``, ``toDate``) is in ``unit``: `training.hours` counts trainings
        /// and measures hours.
        public var measureUnit: LocalizedText?
        /// The measure of the units counted in ``value`` (in the period); `nil` when suppressed.
        public var measure: Quantity?
        /// The measure of the units counted in ``toDate`` (from the operation's start to the report day);
        /// `nil` when suppressed.
        public var measureToDate: Quantity?
        /// The target (the partner's sub-target when the scope is one partner that has one).
        ///
        /// A report scoped to partners without sub-targets has no target and no status: it gives the
        /// partners' ``share`` of the operation's value instead.
        public var target: Int?
        /// ``toDate`` / ``target``.
        public var progress: Double?
        /// What is expected by the report day.
        public var expected: Double?
        /// Achieved, on track, at risk or behind.
        public var status: ProgressStatus?
        /// The value at the end at the current pace, a whole number; `nil` for a milestone, a one-off
        /// output (target 1), an output already achieved, and once the operation has ended.
        public var forecast: Double?
        /// After the operation's end, how far ``toDate`` fell short of the target (status
        /// ``ProgressStatus/notAchieved``); `nil` otherwise.
        public var shortfall: Int?
        /// In a report scoped to partners with no sub-target: the whole operation's value to date (same
        /// period and other filters); `nil` otherwise or when suppressed.
        public var operationToDate: Int?
        /// ``toDate`` / ``operationToDate``: the partners' share of the operation's value; `nil` when not
        /// given.
        public var share: Double?
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
            self.shortfall = assessment.shortfall
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
