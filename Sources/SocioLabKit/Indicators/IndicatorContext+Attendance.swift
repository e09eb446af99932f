extension IndicatorContext {
    /// One attended participation in a held activity: the only participations that ever count.
    public struct Attendance: Hashable, Sendable {
        /// The activity's slot in ``Dataset/activities``.
        public var activity: Int
        /// The person's slot in ``Dataset/persons``, or `nil` when the participation is an organisation's
        /// or its person is not recorded.
        public var person: Int?
        /// The organisation's slot in ``Dataset/organisations``, or `nil`.
        public var organisation: Int?
        /// How the participation's role counts.
        public var role: RoleClass
        /// The participation's own slot in ``Dataset/participations``, to read its hours, completion or
        /// evidence.
        public var participation: Int
    }

    /// Every attended participation in a held activity, in participation slot order.
    ///
    /// ```swift
    /// for attendance in context.attendances where attendance.role == .participant {
    ///     guard let person = attendance.person else { continue }
    ///     sink.add(unit: person, activity: attendance.activity, person: person)
    /// }
    /// ```
    /// - Complexity: O(*p*) in attended participations, each time it is read.
    public var attendances: [Attendance] {
        attendedActivity.indices.map { i in
            Attendance(
                activity: Int(attendedActivity[i]),
                person: attendedPerson[i] >= 0 ? Int(attendedPerson[i]) : nil,
                organisation: attendedOrganisation[i] >= 0 ? Int(attendedOrganisation[i]) : nil,
                role: attendedRole[i], participation: Int(attendedParticipation[i]))
        }
    }

    /// The number of activity slots: every per-activity array the context gives has this many entries.
    public var activitySlotCount: Int { activityHeld.count }

    /// Whether the activity in a slot is held (`false` for a slot out of range or with no activity).
    /// - Parameter slot: An activity slot.
    public func isHeld(activity slot: Int) -> Bool { activityHeld.indices.contains(slot) && activityHeld[slot] }

    /// The first day of the activity in a slot, or `nil` for a slot out of range or with no activity.
    /// - Parameter slot: An activity slot.
    public func startDay(ofActivity slot: Int) -> Day? {
        guard activityHeld.indices.contains(slot), dataset.activities.slots[slot] != nil else { return nil }
        return activityStart[slot]
    }
}
