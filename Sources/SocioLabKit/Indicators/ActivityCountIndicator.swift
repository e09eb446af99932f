/// Counts held activities that qualify as something, in one line.
///
/// Each activity counts once, on its first day.
package struct ActivityCountIndicator: Indicator {
    /// The identifier.
    package var id: String
    /// The title.
    package var title: LocalizedText
    /// The unit.
    package var unit: LocalizedText
    /// The counting rule.
    package var countingRule: LocalizedText
    /// What a held activity must qualify as.
    package var qualification: Qualification

    /// Creates the indicator.
    package init(
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
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        for (a, quals) in context.activityQualifications.enumerated() where quals.contains(qualification) {
            sink.add(unit: a, activity: a)
        }
    }
}
