/// The one rule for records entered twice: which of them counts, shared by the validation warnings
/// (`core.duplicate-participation`, `core.duplicate-tax-number`, `core.duplicate-job`) and by the report,
/// which counts each group of duplicates once.
///
/// - Participations: two attended participations of one person in one activity, neither in a staff role
///   (trainer, mentor, speaker, organiser). The one that counts is the one recorded as completed (yes
///   before no answer before no), then the one with more hours, then the one with the lowest identifier;
///   so the pair counts as completed when either of its records does. The other record counts nowhere
///   (``IndicatorContext/attendances`` leaves it out), its organisation included.
/// - Organisations: organisations that share a registration number (its 7-digit base) or a tax number,
///   directly or through one another. One stands for the group: one of the social economy if any is (so
///   that a duplicate never hides a social enterprise), then the lowest identifier. Its social-economy
///   status, legal form and municipality are used, and the group counts once.
/// - Jobs: jobs in one organisation for one (recorded) person with one start date. The one with the
///   lowest identifier counts.
package enum DuplicateRecords {
    /// Whether participation `a` counts rather than `b`, two duplicates.
    package static func prefers(_ a: Participation, over b: Participation) -> Bool {
        prefers(
            (a.completed, a.hours, a.id.rawValue), over: (b.completed, b.hours, b.id.rawValue))
    }

    /// Whether the participation with these fields counts rather than the other one.
    static func prefers(
        _ a: (completed: Bool?, hours: Quantity?, id: String),
        over b: (completed: Bool?, hours: Quantity?, id: String)
    ) -> Bool {
        func rank(_ completed: Bool?) -> Int { completed.map { $0 ? 2 : 0 } ?? 1 }
        if rank(a.completed) != rank(b.completed) { return rank(a.completed) > rank(b.completed) }
        let hoursA = a.hours?.hundredths ?? -1
        let hoursB = b.hours?.hundredths ?? -1
        if hoursA != hoursB { return hoursA > hoursB }
        return a.id < b.id
    }

    /// Whether a participation is one that a duplicate of it would inflate: attended, of a person, not in
    /// a staff role.
    package static func counts(_ p: Participation) -> Bool {
        p.status == .attended && p.person != nil && !IndicatorContext.staffRoles.contains(p.role)
    }

    /// The participations that duplicate `participation` (same person and activity, both counting),
    /// excluding itself.
    /// - Complexity: O(*k*) in the person's participations.
    package static func duplicates(of participation: Participation, in dataset: Dataset) -> [Participation] {
        guard counts(participation), let person = participation.person else { return [] }
        let rows = dataset.participations.slots
        return dataset.participationSlots(of: person).compactMap { slot -> Participation? in
            // The activity is compared in place (optional chaining): binding the row first would copy every
            // participation of the person (a retain and release of each of its strings) to keep almost none.
            let row = Int(slot)
            guard rows[row]?.activity == participation.activity, let other = rows[row],
                other.id != participation.id, counts(other)
            else { return nil }
            return other
        }
    }

    /// The jobs that duplicate `job` (same organisation, person and start date), excluding itself.
    /// - Complexity: O(*k*) in the organisation's jobs.
    package static func duplicates(of job: Job, in dataset: Dataset) -> [Job] {
        guard let person = job.person else { return [] }
        return dataset.jobs(in: job.organisation).filter {
            $0.id != job.id && $0.person == person && $0.startDate == job.startDate
        }
    }

    /// Whether organisation `a` stands for its group rather than `b`: of the social economy first, then
    /// the lower identifier.
    package static func prefers(_ a: Organisation, over b: Organisation) -> Bool {
        if a.isSocialEconomy != b.isSocialEconomy { return a.isSocialEconomy }
        return a.id < b.id
    }

    /// Per organisation slot: the slot of the organisation that stands for it (itself when it has no
    /// duplicate, else the one of its group that ``prefers(_:over:)`` puts first), or -1 for an empty slot.
    /// - Complexity: O(*o*) in organisation slots, with one hash lookup per number.
    package static func organisationRepresentatives(_ organisations: [Organisation?]) -> [Int32] {
        var parent = organisations.indices.map { organisations[$0] == nil ? Int32(-1) : Int32($0) }
        func root(_ slot: Int32) -> Int32 {
            var r = slot
            while parent[Int(r)] != r { r = parent[Int(r)] }
            var s = slot
            while parent[Int(s)] != r {
                let next = parent[Int(s)]
                parent[Int(s)] = r
                s = next
            }
            return r
        }
        func join(_ a: Int32, _ b: Int32) {
            let (ra, rb) = (root(a), root(b))
            guard ra != rb else { return }
            // The root is the preferred one, so that every root is its group's representative.
            if prefers(organisations[Int(ra)]!, over: organisations[Int(rb)]!) {
                parent[Int(rb)] = ra
            } else {
                parent[Int(ra)] = rb
            }
        }
        var byRegistration: [String: Int32] = [:]
        var byTax: [String: Int32] = [:]
        for (slot, organisation) in organisations.enumerated() {
            guard let organisation else { continue }
            if let number = organisation.registrationNumber?.base {
                if let other = byRegistration[number] {
                    join(other, Int32(slot))
                } else {
                    byRegistration[number] = Int32(slot)
                }
            }
            if let number = organisation.taxNumber?.digits {
                if let other = byTax[number] { join(other, Int32(slot)) } else { byTax[number] = Int32(slot) }
            }
        }
        return parent.indices.map { parent[$0] < 0 ? -1 : root(Int32($0)) }
    }

    /// Per job slot: whether it counts (`false` for an empty slot and for a duplicate that does not).
    /// - Complexity: O(*j*) in job slots, with one hash lookup per job of a recorded person.
    package static func countingJobs(_ jobs: [Job?]) -> [Bool] {
        struct Key: Hashable {
            var organisation: String
            var person: String
            var start: Day
        }
        var counting = jobs.map { $0 != nil }
        var kept: [Key: Int] = [:]
        for (slot, job) in jobs.enumerated() {
            guard let job, let person = job.person else { continue }
            let key = Key(
                organisation: job.organisation.rawValue, person: person.rawValue, start: job.startDate)
            guard let other = kept[key] else {
                kept[key] = slot
                continue
            }
            if job.id < jobs[other]!.id {
                counting[other] = false
                kept[key] = slot
            } else {
                counting[slot] = false
            }
        }
        return counting
    }
}
