import SocioLabKit

/// `mentoring.hours`: held mentorings, with the sum of their hours as the measure.
public struct MentoringHoursIndicator: Indicator {
    /// `mentoring.hours`.
    public static let id = "mentoring.hours"
    /// `mentoring.hours`.
    public var id: String { Self.id }
    /// "Mentoring hours".
    public var title: LocalizedText { .t("Ure mentorstva", "Mentoring hours") }
    /// Mentorings.
    public var unit: LocalizedText { .t("mentorstva", "mentorings") }
    /// Hours.
    public var measure: LocalizedText? { .t("ure", "hours") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Izvedena mentorstva na prvi dan; mera sešteje njihove ure (hours).",
            "Held mentorings, on their first day; the measure sums their hours (hours).")
    }
    /// The mentoring plugin.
    public let plugin: MentoringPlugin
    /// Creates the indicator.
    public init(plugin: MentoringPlugin = MentoringPlugin()) { self.plugin = plugin }

    /// One event per held mentoring, weighted by its hours.
    /// - Complexity: O(*a*) in activities.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.measureEvents(in: context, into: &sink) { $0.hours?.hundredths }
    }
}

/// `mentoring.organisations`: distinct organisations mentored, each on its first held mentoring.
public struct MentoredOrganisationsIndicator: Indicator {
    /// `mentoring.organisations`.
    public static let id = "mentoring.organisations"
    /// `mentoring.organisations`.
    public var id: String { Self.id }
    /// "Organisations mentored".
    public var title: LocalizedText { .t("Mentorirane organizacije", "Organisations mentored") }
    /// Organisations.
    public var unit: LocalizedText { .t("organizacije", "organisations") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Različne organizacije mentorirancev (mentee_organisation) izvedenih mentorstev; vsaka šteje enkrat, "
                + "ob prvem mentorstvu.",
            "Distinct mentee organisations (mentee_organisation) of held mentorings; each counts once, at its "
                + "first mentoring.")
    }
    /// The mentoring plugin.
    public let plugin: MentoringPlugin
    /// Creates the indicator.
    public init(plugin: MentoringPlugin = MentoringPlugin()) { self.plugin = plugin }

    /// One event per held mentoring, for its mentee organisation.
    /// - Complexity: O(*a*) in activities.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.organisationEvents(in: context, into: &sink) { $0.menteeOrganisation.map { [$0] } ?? [] }
    }
}

extension MentoringPlugin {
    /// Mentoring hours and organisations mentored.
    public var indicators: [any Indicator] {
        [MentoringHoursIndicator(plugin: self), MentoredOrganisationsIndicator(plugin: self)]
    }

    /// The mentoring hours each organisation received in held mentorings starting within `range`.
    /// - Parameters:
    ///   - dataset: The records.
    ///   - range: The days; `nil` for all.
    /// - Returns: Hours by mentee organisation (organisations with none are absent).
    /// - Complexity: O(*a*) in activities.
    public func hoursByOrganisation(in dataset: Dataset, range: DateRange? = nil) -> [Organisation.ID:
        Quantity]
    {
        var hours: [Organisation.ID: Quantity] = [:]
        for activity in dataset.activities.all where activity.kind == kind && activity.status == .held {
            guard range.map({ $0.contains(activity.startDate) }) ?? true,
                let details = detailsIfValid(of: activity), let mentee = details.menteeOrganisation
            else { continue }
            let total = hours[mentee, default: .zero].hundredths.saturatingAdding(
                details.hours?.hundredths ?? 0)
            hours[mentee] = Quantity(hundredths: total)
        }
        return hours
    }
}
