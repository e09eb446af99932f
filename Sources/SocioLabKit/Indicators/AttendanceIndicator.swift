/// Counts distinct persons who attended a held activity that qualifies as something, in one line.
///
/// A person counts once, in the period of their first such attendance. Staff roles (trainer, mentor,
/// speaker, organiser) are not counted.
package struct AttendanceIndicator: Indicator {
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
    package var countsPersons: Bool { true }

    /// One event per attended, non-staff participation of a person in a qualifying activity.
    /// - Complexity: O(*p*) in attended participations.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
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
