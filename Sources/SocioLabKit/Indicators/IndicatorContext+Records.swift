extension IndicatorContext {
    /// The participation an attendance counts, for its hours, completion or evidence.
    ///
    /// ```swift
    /// let hours = context.attendances.reduce(Quantity.zero) { total, attendance in
    ///     total + (context.participation(of: attendance).hours ?? .zero)
    /// }
    /// ```
    /// - Parameter attendance: An element of ``attendances``.
    /// - Returns: The participation in the attendance's slot.
    /// - Complexity: O(1).
    public func participation(of attendance: Attendance) -> Participation {
        // An attendance is only ever made from a live participation slot of this context's dataset.
        dataset.participations.slots[attendance.participation]!
    }

    /// The activity in a slot (an ``Attendance/activity`` or an index below ``activitySlotCount``), or
    /// `nil` for a slot out of range or with no activity.
    /// - Complexity: O(1).
    public func activity(inSlot slot: Int) -> Activity? {
        dataset.activities.slots.indices.contains(slot) ? dataset.activities.slots[slot] : nil
    }

    /// The person's statistical record in a slot (an ``Attendance/person``), or `nil` for a slot out of
    /// range or with no person. It holds no personal details.
    /// - Complexity: O(1).
    public func person(inSlot slot: Int) -> Person? {
        dataset.persons.slots.indices.contains(slot) ? dataset.persons.slots[slot] : nil
    }

    /// The organisation in a slot (an ``Attendance/organisation``), or `nil` for a slot out of range or
    /// with no organisation.
    /// - Complexity: O(1).
    public func organisation(inSlot slot: Int) -> Organisation? {
        dataset.organisations.slots.indices.contains(slot) ? dataset.organisations.slots[slot] : nil
    }
}
