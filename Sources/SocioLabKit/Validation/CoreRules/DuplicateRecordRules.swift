/// `core.duplicate-participation` (warning): a person's attendance of an activity is recorded once.
///
/// Two attended participations of one person in one activity (neither in a staff role) would count the
/// person twice where attendances are counted (training completion). The report counts them once, as the
/// one ``DuplicateRecords`` prefers; the warning names the other record and the one that counts.
package struct DuplicateParticipationRule: EntityRule {
    /// `core.duplicate-participation`.
    package let id: RuleID = "core.duplicate-participation"
    /// Warning.
    package let severity = Severity.warning
    /// Creates the rule.
    package init() {}
    /// Reports the other participations of the same person in the same activity.
    /// - Complexity: O(*k*) in the person's participations.
    package func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        let others = DuplicateRecords.duplicates(of: p, in: dataset)
        guard !others.isEmpty, let person = p.person else { return [] }
        let list = others.map(\.id.rawValue).sorted().joined(separator: ", ")
        let winner = others.reduce(p) { DuplicateRecords.prefers($1, over: $0) ? $1 : $0 }.id
        return [
            issue(
                p.reference, field: "person_id",
                .t(
                    "oseba \(person) je na aktivnosti \(p.activity) že vpisana z udeležbo \(list)",
                    "person \(person) is already recorded as attending activity \(p.activity) in participation "
                        + list),
                fix: .t(
                    "Izbrišite podvojeni zapis (\(p.id) ali \(list)). Do takrat udeležba šteje enkrat, kot "
                        + "\(winner) (dokončana pred nedokončano, nato več ur, nato najnižja oznaka).",
                    "Delete the repeated record (\(p.id) or \(list)). Until then the attendance counts once, as "
                        + "\(winner) (completed before not, then more hours, then the lowest id)."))
        ]
    }
}

/// `core.duplicate-job` (warning): a job of one person in one organisation from one day is recorded once.
///
/// The report counts such jobs once, as the one with the lowest identifier.
package struct DuplicateJobRule: EntityRule {
    /// `core.duplicate-job`.
    package let id: RuleID = "core.duplicate-job"
    /// Warning.
    package let severity = Severity.warning
    /// Creates the rule.
    package init() {}
    /// Reports the other jobs with the same organisation, person and start date.
    /// - Complexity: O(*k*) in the organisation's jobs.
    package func check(_ j: Job, in dataset: Dataset) -> [ValidationIssue] {
        let others = DuplicateRecords.duplicates(of: j, in: dataset)
        guard !others.isEmpty, let person = j.person else { return [] }
        let ids = others.map(\.id.rawValue).sorted()
        let list = ids.joined(separator: ", ")
        let winner = min(j.id.rawValue, ids[0])
        return [
            issue(
                j.reference, field: "person_id",
                .t(
                    "delovno mesto osebe \(person) v organizaciji \(j.organisation) z začetkom \(j.startDate) je "
                        + "vpisano tudi kot \(list)",
                    "the job of person \(person) in organisation \(j.organisation) starting \(j.startDate) is "
                        + "also recorded as \(list)"),
                fix: .t(
                    "Izbrišite podvojeni zapis (\(j.id) ali \(list)). Do takrat delovno mesto šteje enkrat, kot "
                        + "\(winner) (najnižja oznaka).",
                    "Delete the repeated record (\(j.id) or \(list)). Until then the job counts once, as "
                        + "\(winner) (the lowest id)."))
        ]
    }
}

/// `core.duplicate-tax-number` (warning): no two organisations share a tax number.
///
/// Organisations that share a tax number (or a registration number, which `core.unique-registration`
/// rejects) count once in the report, as one of the social economy if any is, then the lowest identifier.
/// A dataset rule: the table has no index by tax number, and organisations are few.
package struct DuplicateTaxNumberRule: ValidationRule {
    /// `core.duplicate-tax-number`.
    package let id: RuleID = "core.duplicate-tax-number"
    /// Warning.
    package let severity = Severity.warning
    /// A dataset rule.
    package var subject: EntityKind? { nil }
    /// Runs again when an organisation changes.
    package var triggers: Set<EntityKind> { [.organisation] }
    /// Creates the rule.
    package init() {}
    /// Reports each organisation whose tax number another one has too, naming the others.
    /// - Complexity: O(*o*) in organisations.
    package func checkDataset(_ dataset: Dataset) -> [ValidationIssue] {
        var byNumber: [String: [Organisation]] = [:]
        for case let organisation? in dataset.organisations.slots {
            guard let number = organisation.taxNumber?.digits else { continue }
            byNumber[number, default: []].append(organisation)
        }
        var issues: [ValidationIssue] = []
        for (number, group) in byNumber where group.count > 1 {
            let sorted = group.map(\.id).sorted()
            let winner = group.reduce(group[0]) { DuplicateRecords.prefers($1, over: $0) ? $1 : $0 }.id
            for id in sorted {
                let list = sorted.filter { $0 != id }.map(\.rawValue).joined(separator: ", ")
                issues.append(
                    issue(
                        EntityReference(.organisation, id.rawValue), field: "tax_number",
                        .t(
                            "isto davčno številko (\(number)) ima tudi \(list)",
                            "the same tax number (\(number)) is recorded for \(list)"),
                        fix: .t(
                            "Vsaka organizacija naj bo vpisana enkrat: združite zapisa. Do takrat šteje enkrat, "
                                + "kot \(winner) (organizacija socialne ekonomije pred drugimi, nato najnižja oznaka).",
                            "Record each organisation once: merge the records. Until then they count once, as "
                                + "\(winner) (one of the social economy first, then the lowest id).")))
            }
        }
        return issues
    }
}
