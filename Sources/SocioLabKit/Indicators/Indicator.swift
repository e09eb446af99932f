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
///         for attendance in context.attendances where workshop[attendance.activity] {
///             guard let person = attendance.person, attendance.role != .staff else { continue }
///             sink.add(unit: person, activity: attendance.activity, person: person)
///         }
///     }
/// }
/// ```
///
/// The engine then counts it like any built-in indicator:
///
/// ```swift
/// let context = IndicatorContext(dataset: dataset, plugins: plugins, asOf: asOf)
/// let value = IndicatorEngine.evaluate(
///     WorkshopVisitors(), scope: .wholeOperation, context: context, dimensions: [.gender])
/// print(value.value, value.series.count)
/// ```
///
/// Implementation requirements:
/// - ``id`` is stable across versions; an indicator whose id is an output's id (`"OUT-05"`) is compared
///   with that output's target.
/// - ``events(in:into:)`` is a pure function of the context: the same dataset gives the same events.
/// - Unit keys are dense (`0 ..< n`); slots of a table are the natural choice.
/// - It reads only what the context gives and the statistical records, never ``PersonalDetails``.
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
    /// What the measure is counted in ("hours", "persons", "FTE"), shown beside it in every report; by
    /// default the measure's name (right when the name is the unit, as "hours" is).
    var measureUnit: LocalizedText? { get }
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
    /// The measure's name: right when the name is the unit.
    public var measureUnit: LocalizedText? { measure }
    /// Not persons by default.
    public var countsPersons: Bool { false }
    /// Activity dimensions, and person dimensions when the units are persons.
    public var dimensions: [BreakdownDimension] {
        countsPersons ? BreakdownDimension.allCases : [.partner, .infoPoint, .municipality, .pillar]
    }
}
