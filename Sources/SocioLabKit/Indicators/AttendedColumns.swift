import Foundation

/// The attended participations in held activities, as flat columns.
struct AttendedColumns: Sendable {
    var activity: [Int32] = []
    var person: [Int32] = []
    var organisation: [Int32] = []
    var role: [IndicatorContext.RoleClass] = []
    var participation: [Int32] = []

    /// Resolves the participations chunk by chunk, in parallel, and joins the chunks in slot order.
    ///
    /// The activity, person and organisation slot of every participation come from the dataset's
    /// slot-valued indexes (one lookup per activity, person and organisation, not per participation), so no
    /// participation's identifiers are hashed.
    static func build(dataset: Dataset, held: [Bool], links: ParticipationLinks) -> AttendedColumns {
        let slots = dataset.participations.slots
        let chunkSize = 65_536
        let chunkCount = (slots.count + chunkSize - 1) / chunkSize
        let results = ParallelResults<AttendedColumns>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var out = AttendedColumns()
            let range = (chunk * chunkSize)..<min(slots.count, (chunk + 1) * chunkSize)
            out.activity.reserveCapacity(range.count)
            out.person.reserveCapacity(range.count)
            out.organisation.reserveCapacity(range.count)
            out.role.reserveCapacity(range.count)
            out.participation.reserveCapacity(range.count)
            for i in range {
                let a = links.activity[i]
                // Fields read in place: no copy of the participation.
                guard a >= 0, held[Int(a)], slots[i]?.status == .attended, let role = slots[i]?.role
                else { continue }
                out.activity.append(a)
                out.person.append(links.person[i])
                out.organisation.append(links.organisation[i])
                out.role.append(roleClass(role))
                out.participation.append(Int32(i))
            }
            results.set(chunk, out)
        }
        var joined = AttendedColumns()
        let parts = results.values
        let total = parts.reduce(0) { $0 + $1.activity.count }
        joined.activity.reserveCapacity(total)
        joined.person.reserveCapacity(total)
        joined.organisation.reserveCapacity(total)
        joined.role.reserveCapacity(total)
        joined.participation.reserveCapacity(total)
        for part in parts {
            joined.activity += part.activity
            joined.person += part.person
            joined.organisation += part.organisation
            joined.role += part.role
            joined.participation += part.participation
        }
        return joined
    }
}

extension AttendedColumns {
    static func roleClass(_ role: ParticipationRole) -> IndicatorContext.RoleClass {
        if role == .participant { return .participant }
        if role == .mentee { return .mentee }
        return IndicatorContext.staffRoles.contains(role) ? .staff : .participant
    }
}
