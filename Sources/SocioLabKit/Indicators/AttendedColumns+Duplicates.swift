extension AttendedColumns {
    /// The columns without the attendances that repeat another of the same person in the same activity
    /// (neither in a staff role): of each such group only the one ``DuplicateRecords`` prefers stays, so
    /// that every count made from the columns counts the person's attendance once.
    ///
    /// - Parameters:
    ///   - participations: The participation slots the columns point into.
    ///   - personCount: The number of person slots.
    /// - Returns: The same columns when nothing repeats (the usual case: no copy), else a filtered copy.
    /// - Complexity: O(*r* + *n*) in rows and person slots: one pass that chains each person's rows, and
    ///   compares a row only with the earlier rows of its person.
    func removingDuplicateAttendances(participations: [Participation?], personCount: Int) -> AttendedColumns {
        let rowCount = activity.count
        guard rowCount > 1 else { return self }
        var head = [Int32](repeating: -1, count: personCount)
        var previous = [Int32](repeating: -1, count: rowCount)
        var dropped: [Bool] = []
        func fields(_ row: Int32) -> (completed: Bool?, hours: Quantity?, id: String) {
            let slot = Int(participation[Int(row)])
            // Fields read in place: no copy of the participation.
            return (
                participations[slot]?.completed, participations[slot]?.hours,
                participations[slot]?.id.rawValue ?? ""
            )
        }
        for row in 0..<rowCount {
            let p = Int(person[row])
            guard p >= 0, role[row] != .staff else { continue }
            let a = activity[row]
            var keep = true
            var earlier = head[p]
            while earlier >= 0 {
                let e = Int(earlier)
                if activity[e] == a, dropped.isEmpty || !dropped[e] {
                    if dropped.isEmpty { dropped = [Bool](repeating: false, count: rowCount) }
                    // At most one earlier row of the pair is still kept: the other was dropped when met.
                    if DuplicateRecords.prefers(fields(Int32(row)), over: fields(earlier)) {
                        dropped[e] = true
                    } else {
                        dropped[row] = true
                        keep = false
                    }
                    break
                }
                earlier = previous[e]
            }
            if keep {
                previous[row] = head[p]
                head[p] = Int32(row)
            }
        }
        guard !dropped.isEmpty else { return self }
        var out = AttendedColumns()
        for row in 0..<rowCount where !dropped[row] {
            out.activity.append(activity[row])
            out.person.append(person[row])
            out.organisation.append(organisation[row])
            out.role.append(role[row])
            out.participation.append(participation[row])
        }
        return out
    }
}
