/// A figure the operation reports: a stable id, a title, a unit, a counting rule, and the events that
/// make units count.
///
/// An indicator does not count by itself. It yields ``QualifyingEvent``s, and the ``IndicatorEngine`` does
/// the rest the same way for every indicator: it drops events after the report day or outside the
/// operation, applies the ``Scope``'s filters, keeps each unit's **first** qualifying event (so a person in
/// three trainings counts once, in the period of the first), and gives the value for the scope's period,
/// the units active in the period, a quarterly and cumulative series, and breakdowns.
///
/// A plugin contributes an indicator by conforming a type:
///
/// ```swift
/// struct WorkshopVisitors: Indicator {
///     let id = "X-WORKSHOP"
///     let title = LocalizedText(sl: "Obiskovalci delavnic", en: "Workshop visitors")
///     let unit = LocalizedText(sl: "osebe", en: "persons")
///     let countingRule = LocalizedText(sl: "…", en: "Distinct persons who attended a held workshop.")
///     var countsPersons: Bool { true }
///     func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
///         let workshop = context.activities(qualifying: Qualification(rawValue: "workshop"))
///         for i in context.attendedActivity.indices {
///             let a = Int(context.attendedActivity[i]), p = Int(context.attendedPerson[i])
///             guard workshop[a], p >= 0 else { continue }
///             sink.add(unit: p, activity: a, person: p)
///         }
///     }
/// }
/// ```
///
/// ``AttendanceIndicator`` and ``ActivityCountIndicator`` do exactly this for a qualification, in one line.
///
/// Implementation requirements:
/// - ``id`` is stable across versions; an indicator whose id is an output's id (`"OUT-05"`) is compared
///   with that output's target.
/// - ``events(in:into:)`` is a pure function of the context: the same dataset gives the same events.
/// - Unit keys are dense (`0 ..< n`); slots of a table are the natural choice.
/// - It reads only the context's columns and the statistical records, never ``PersonalDetails``.
public protocol Indicator: Sendable {
    /// A stable identifier, such as `"OUT-05"`.
    var id: String { get }
    /// The title in Slovenian and English.
    var title: LocalizedText { get }
    /// What is counted ("persons", "organisations").
    var unit: LocalizedText { get }
    /// The exact counting rule, as an auditor reads it.
    var countingRule: LocalizedText { get }
    /// The name of a summed measure beside the count (FTE for jobs), or `nil` when there is none.
    var measure: LocalizedText? { get }
    /// Whether the units are persons, so that small cells are suppressed when a report asks for it.
    var countsPersons: Bool { get }
    /// The dimensions it can be broken down by.
    var dimensions: [BreakdownDimension] { get }
    /// Yields the qualifying events.
    /// - Parameters:
    ///   - context: The prepared dataset.
    ///   - sink: Where to put the events.
    /// - Complexity: Whatever the indicator scans; built-in ones make one pass over the rows they read.
    func events(in context: IndicatorContext, into sink: inout QualifyingEventSink)
}

extension Indicator {
    /// No measure by default.
    public var measure: LocalizedText? { nil }
    /// Not persons by default.
    public var countsPersons: Bool { false }
    /// Activity dimensions, and person dimensions when the units are persons.
    public var dimensions: [BreakdownDimension] {
        countsPersons ? BreakdownDimension.allCases : [.partner, .infoPoint, .municipality, .pillar]
    }
}

/// Counts distinct persons who attended a held activity that qualifies as something, in one line.
///
/// A person counts once, in the period of their first such attendance. Staff roles (trainer, mentor,
/// speaker, organiser) are not counted.
public struct AttendanceIndicator: Indicator {
    /// The identifier.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The unit.
    public var unit: LocalizedText
    /// The counting rule.
    public var countingRule: LocalizedText
    /// What a held activity must qualify as.
    public var qualification: Qualification

    /// Creates the indicator.
    public init(
        id: String, title: LocalizedText, unit: LocalizedText = .init(sl: "osebe", en: "persons"),
        qualification: Qualification, countingRule: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.qualification = qualification
        self.countingRule =
            countingRule
            ?? .init(
                sl: "Različne osebe z udeležbo (status: udeležen) na izvedeni aktivnosti, ki šteje kot "
                    + "'\(qualification)'; oseba šteje enkrat, v obdobju prve take udeležbe.",
                en: "Distinct persons with an attended participation in a held activity qualifying as "
                    + "'\(qualification)'; a person counts once, in the period of the first such attendance.")
    }

    /// Persons.
    public var countsPersons: Bool { true }

    /// One event per attended, non-staff participation of a person in a qualifying activity.
    /// - Complexity: O(*p*) in attended participations.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        let qualifies = context.activities(qualifying: qualification)
        let activity = context.attendedActivity
        let person = context.attendedPerson
        let role = context.attendedRole
        for i in activity.indices {
            let a = Int(activity[i])
            let p = Int(person[i])
            guard p >= 0, qualifies[a], role[i] != .staff else { continue }
            sink.add(unit: p, activity: a, person: p)
        }
    }
}

/// Counts held activities that qualify as something, in one line.
///
/// Each activity counts once, on its first day.
public struct ActivityCountIndicator: Indicator {
    /// The identifier.
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// The unit.
    public var unit: LocalizedText
    /// The counting rule.
    public var countingRule: LocalizedText
    /// What a held activity must qualify as.
    public var qualification: Qualification

    /// Creates the indicator.
    public init(
        id: String, title: LocalizedText, unit: LocalizedText, qualification: Qualification,
        countingRule: LocalizedText? = nil
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.qualification = qualification
        self.countingRule =
            countingRule
            ?? .init(
                sl: "Izvedene aktivnosti, ki štejejo kot '\(qualification)', na prvi dan aktivnosti.",
                en: "Held activities qualifying as '\(qualification)', on the activity's first day.")
    }

    /// One event per qualifying held activity.
    /// - Complexity: O(*a*) in activities.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        for (a, quals) in context.activityQualifications.enumerated() where quals.contains(qualification) {
            sink.add(unit: a, activity: a)
        }
    }
}
