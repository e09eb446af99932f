/// `core.activity-period` (error): a held activity lies inside the operation period and ends no earlier
/// than it starts.
package struct ActivityPeriodRule: EntityRule {
    /// `core.activity-period`.
    package let id: RuleID = "core.activity-period"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports an activity ending before it starts, or a held one outside the period.
    package func check(_ a: Activity, in dataset: Dataset) -> [ValidationIssue] {
        if let end = a.endDate, end < a.startDate {
            return [
                issue(
                    a.reference, field: "end_date", .t("konča se pred začetkom", "ends before it starts"),
                    fix: .t("Popravite start_date ali end_date.", "Correct start_date or end_date."))
            ]
        }
        let period = dataset.operation.period
        guard a.status == .held, !(period.contains(a.startDate) && period.contains(a.lastDay)) else {
            return []
        }
        return [
            issue(
                a.reference, field: period.contains(a.startDate) ? "end_date" : "start_date",
                .t(
                    "izvedena aktivnost je zunaj obdobja operacije \(period)",
                    "held activity lies outside the operation period \(period)"),
                fix: .t(
                    "Popravite datum ali aktivnost označite kot načrtovano.",
                    "Correct the date, or mark the activity as planned."))
        ]
    }
}

/// `core.attended-not-held` (warning): an attended participation in an activity that is planned or
/// cancelled. It never counts.
package struct AttendedNotHeldRule: EntityRule {
    /// `core.attended-not-held`.
    package let id: RuleID = "core.attended-not-held"
    /// Warning.
    package let severity = Severity.warning
    /// Creates the rule.
    package init() {}

    /// Reports an attended participation whose activity is not held.
    package func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        guard p.status == .attended, let activity = dataset.activities[p.activity], activity.status != .held
        else { return [] }
        return [
            issue(
                p.reference, field: "status",
                .t(
                    "udeležba je označena kot prisotna, aktivnost pa je \(activity.status.rawValue)",
                    "attended, but the activity is \(activity.status.rawValue); it does not count"),
                fix: .t(
                    "Označite aktivnost kot izvedeno ali popravite status udeležbe.",
                    "Mark the activity held, or correct the participation's status."))
        ]
    }
}

/// `core.consent` (error): a person with an attended participation gave consent on or before the
/// activity's first day and had not withdrawn it by then.
package struct ConsentRule: EntityRule {
    /// `core.consent`.
    package let id: RuleID = "core.consent"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports an attended participation that the person's consent does not cover.
    package func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        guard p.status == .attended, let personID = p.person, let person = dataset.persons[personID],
            let activity = dataset.activities[p.activity], !person.consent.covers(activity.startDate)
        else { return [] }
        let why: LocalizedText =
            person.consent.givenOn == nil
            ? .t("oseba \(personID) ni dala privolitve", "person \(personID) has not given consent")
            : (person.consent.withdrawnOn.map { $0 <= activity.startDate } ?? false)
                ? .t("oseba \(personID) je privolitev preklicala", "person \(personID) withdrew consent")
                : .t(
                    "privolitev osebe \(personID) je dana po \(activity.startDate)",
                    "person \(personID) gave consent after \(activity.startDate)")
        return [
            issue(
                p.reference, field: "person_id", why,
                fix: .t(
                    "Vpišite datum privolitve (consent_date) na ali pred dnem aktivnosti.",
                    "Record the consent date (consent_date) on or before the activity's day."))
        ]
    }
}

/// `core.participation-hours` (error): hours attended are not negative.
package struct ParticipationHoursRule: EntityRule {
    /// `core.participation-hours`.
    package let id: RuleID = "core.participation-hours"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports negative hours.
    package func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        guard let hours = p.hours, hours < .zero else { return [] }
        return [
            issue(
                p.reference, field: "hours", .t("negativno število ur", "negative hours"),
                fix: .t("Vpišite 0 ali več ur.", "Enter zero or more hours."))
        ]
    }
}

/// `core.pillar` (error): an activity's pillar is one of the operation's.
package struct PillarRule: EntityRule {
    /// `core.pillar`.
    package let id: RuleID = "core.pillar"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports an unknown pillar.
    package func check(_ a: Activity, in dataset: Dataset) -> [ValidationIssue] {
        guard let pillar = a.pillar, !dataset.operation.pillars.contains(where: { $0.id == pillar }) else {
            return []
        }
        let known = dataset.operation.pillars.map { String($0.id) }.joined(separator: ", ")
        return [
            issue(
                a.reference, field: "pillar",
                .t("steber \(pillar) ne obstaja", "pillar \(pillar) does not exist"),
                fix: .t("Uporabite steber \(known).", "Use pillar \(known)."))
        ]
    }
}

/// `core.info-point-dates` (error): an info point closes no earlier than it opens.
package struct InfoPointDatesRule: EntityRule {
    /// `core.info-point-dates`.
    package let id: RuleID = "core.info-point-dates"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports a closing before the opening, or a closing without an opening.
    package func check(_ p: InfoPoint, in dataset: Dataset) -> [ValidationIssue] {
        guard let closed = p.closedOn, p.openedOn.map({ closed < $0 }) ?? true else { return [] }
        return [
            issue(
                p.reference, field: "closed_on", .t("zaprta pred odprtjem", "closed before it opened"),
                fix: .t("Popravite opened_on ali closed_on.", "Correct opened_on or closed_on."))
        ]
    }
}

/// `core.milestone-output` (error): a milestone names an output of the operation.
package struct MilestoneOutputRule: EntityRule {
    /// `core.milestone-output`.
    package let id: RuleID = "core.milestone-output"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports an unknown output.
    package func check(_ m: Milestone, in dataset: Dataset) -> [ValidationIssue] {
        guard dataset.operation.output(m.output) == nil else { return [] }
        return [
            issue(
                m.reference, field: "output",
                .t("izložek \(m.output) ne obstaja", "output \(m.output) does not exist"),
                fix: .t("Uporabite oznako izložka, npr. OUT-01.", "Use an output id such as OUT-01."))
        ]
    }
}
