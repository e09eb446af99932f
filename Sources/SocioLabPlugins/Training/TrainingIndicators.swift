import SocioLabKit

/// `training.hours`: held trainings, with the sum of their planned hours as the measure.
public struct TrainingHoursIndicator: Indicator {
    /// `training.hours`.
    public static let id = "training.hours"
    /// `training.hours`.
    public var id: String { Self.id }
    /// "Training hours delivered".
    public var title: LocalizedText { .t("Izvedene ure usposabljanj", "Training hours delivered") }
    /// Trainings.
    public var unit: LocalizedText { .t("usposabljanja", "trainings") }
    /// Hours.
    public var measure: LocalizedText? { .t("ure", "hours") }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Izvedena usposabljanja na prvi dan; mera sešteje njihove načrtovane ure (hours).",
            "Held trainings, on their first day; the measure sums their planned hours (hours).")
    }
    /// The training plugin.
    public let plugin: TrainingPlugin
    /// Creates the indicator.
    public init(plugin: TrainingPlugin = TrainingPlugin()) { self.plugin = plugin }

    /// One event per held training, weighted by its hours.
    /// - Complexity: O(*a*) in activities.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        plugin.measureEvents(in: context, into: &sink) { $0.hours?.hundredths }
    }
}

/// `training.completion`: attended participations of persons in held trainings, with those completed as
/// the measure; the completion rate is the measure over the value (``rate(of:)``).
public struct TrainingCompletionIndicator: Indicator {
    /// `training.completion`.
    public static let id = "training.completion"
    /// `training.completion`.
    public var id: String { Self.id }
    /// "Training completion".
    public var title: LocalizedText { .t("Dokončanje usposabljanj", "Training completion") }
    /// Attendances.
    public var unit: LocalizedText { .t("udeležbe oseb", "attendances of persons") }
    /// Completed.
    public var measure: LocalizedText? { .t("dokončane", "completed") }
    /// Attendances of persons.
    public var measureUnit: LocalizedText? { .t("udeležbe oseb", "attendances of persons") }
    /// Attendances are persons' records: small cells are suppressed like persons.
    public var countsPersons: Bool { true }
    /// The counting rule.
    public var countingRule: LocalizedText {
        .t(
            "Udeležbe oseb (status: udeležen, brez izvajalcev) na izvedenih usposabljanjih; dvakrat vpisana "
                + "udeležba iste osebe na istem usposabljanju šteje enkrat. Mera šteje dokončane (completed ali "
                + "ure vsaj prag × ure usposabljanja). Delež = mera / vrednost.",
            "Attended participations of persons (staff roles excluded) in held trainings; a person's attendance "
                + "of one training entered twice counts once. The measure counts the completed ones (completed, "
                + "or hours at least threshold × the training's hours). Completion rate = measure / value.")
    }
    /// The training plugin.
    public let plugin: TrainingPlugin
    /// Creates the indicator.
    public init(plugin: TrainingPlugin = TrainingPlugin()) { self.plugin = plugin }

    /// The completion rate of a computed value (0 … 1), or `nil` when there are no attendances.
    /// - Parameter value: A value of this indicator.
    public static func rate(of value: IndicatorValue) -> Double? {
        guard value.value > 0, let completed = value.measure else { return nil }
        return completed.doubleValue / Double(value.value)
    }

    /// One event per attended participation of a person in a held training, weighted 1 when completed.
    ///
    /// The context's attendances hold one row per person and activity (``IndicatorContext/attendances``),
    /// so an attendance entered twice is one event.
    /// - Complexity: O(*p*) in participations.
    public func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        // Per activity slot: whether it is a held training, and the hours that complete it (× 100).
        var isTraining = [Bool](repeating: false, count: context.activitySlotCount)
        var required = [Int64?](repeating: nil, count: context.activitySlotCount)
        for (slot, details) in plugin.heldDetails(in: context) {
            isTraining[slot] = true
            required[slot] = TrainingPlugin.requiredHours(details)
        }
        guard isTraining.contains(true) else { return }
        let participations = context.dataset.participations.slots
        let attendances = context.attendances
        func counts(_ attendance: IndicatorContext.Attendance) -> Bool {
            attendance.person != nil && isTraining[attendance.activity] && attendance.role != .staff
        }
        // Each attendance is its own unit, numbered as they come: one event each.
        sink.reserve(units: attendances.reduce(0) { $0 + (counts($1) ? 1 : 0) })
        var unit = 0
        for attendance in attendances where counts(attendance) {
            let a = attendance.activity
            let slot = attendance.participation
            // Two fields read in place: no copy of the participation.
            let completed = TrainingPlugin.completed(
                recorded: participations[slot]?.completed, hours: participations[slot]?.hours,
                requiredHours: required[a])
            sink.add(
                unit: unit, activity: a, person: attendance.person ?? -1,
                weight: completed == true ? 1 : .zero)
            unit += 1
        }
    }
}

extension TrainingPlugin {
    /// Training hours delivered and training completion.
    public var indicators: [any Indicator] {
        [TrainingHoursIndicator(plugin: self), TrainingCompletionIndicator(plugin: self)]
    }
}
