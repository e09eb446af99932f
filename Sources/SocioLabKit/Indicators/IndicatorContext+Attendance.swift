extension IndicatorContext {
    /// One attended participation in a held activity: the only participations that ever count.
    public struct Attendance: Hashable, Sendable {
        /// The activity's slot in ``Dataset/activities``.
        public var activity: Int
        /// The person's slot in ``Dataset/persons``, or `nil` when the participation is an organisation's
        /// or its person is not recorded.
        public var person: Int?
        /// The organisation's slot in ``Dataset/organisations`` (of the one standing for it, when it was
        /// entered twice with one registration or tax number), or `nil`.
        public var organisation: Int?
        /// How the participation's role counts.
        public var role: RoleClass
        /// The participation's own slot in ``Dataset/participations``, to read its hours, completion or
        /// evidence.
        public var participation: Int
    }

    /// The attended participations in held activities, read in place from the context's columns.
    public struct Attendances: RandomAccessCollection, Sendable {
        let context: IndicatorContext

        /// The first position, 0.
        public var startIndex: Int { 0 }
        /// One past the last position.
        public var endIndex: Int { context.attendedActivity.count }

        /// The attendance at a position.
        /// - Complexity: O(1).
        public subscript(position: Int) -> Attendance {
            let person = context.attendedPerson[position]
            let organisation = context.attendedOrganisation[position]
            return Attendance(
                activity: Int(context.attendedActivity[position]), person: person >= 0 ? Int(person) : nil,
                organisation: organisation >= 0 ? Int(organisation) : nil,
                role: context.attendedRole[position],
                participation: Int(context.attendedParticipation[position]))
        }
    }

    /// Every attended participation in a held activity, in participation slot order, with a person's
    /// repeated attendance of one activity (neither in a staff role) kept once: the record
    /// `DuplicateRecords` prefers (completed, then more hours, then the lowest id; see
    /// `Documentation/Indicators.md`, "Records entered twice").
    ///
    /// ```swift
    /// for attendance in context.attendances where attendance.role == .participant {
    ///     guard let person = attendance.person else { continue }
    ///     sink.add(unit: person, activity: attendance.activity, person: person)
    /// }
    /// ```
    /// - Complexity: O(1); the collection reads the context's columns in place.
    public var attendances: Attendances { Attendances(context: self) }

    /// The number of activity slots: every per-activity array the context gives has this many entries.
    public var activitySlotCount: Int { activityHeld.count }

    /// Whether the activity in a slot is held (`false` for a slot out of range or with no activity).
    /// - Parameter slot: An activity slot.
    public func isHeld(activity slot: Int) -> Bool {
        activityHeld.indices.contains(slot) && activityHeld[slot]
    }

    /// The first day of the activity in a slot, or `nil` for a slot out of range or with no activity.
    /// - Parameter slot: An activity slot.
    public func startDay(ofActivity slot: Int) -> Day? {
        guard activityHeld.indices.contains(slot), dataset.activities.slots[slot].isPresent else {
            return nil
        }
        return activityStart[slot]
    }
}
