/// `core.finance-claim-status` (error): a payment claim's status agrees with its dates, and the dates
/// follow the claim's life: submitted, then approved, then paid, each on or after the one before, and
/// its period's end on or after its start.
///
/// A claim moves forward only: draft → submitted → approved → paid. A claim that carries the day of a
/// later step than its status (a paid claim set back to approved while its `paid_on` stays) has moved
/// backwards and is reported. Validation sees the data as it would be after a change, not the record
/// before it, so a claim set back with its later days erased too is not caught here; the change
/// history (the journal) keeps every earlier state of it.
package struct FinanceClaimStatusRule: EntityRule {
    /// `core.finance-claim-status`.
    package let id: RuleID = "core.finance-claim-status"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a status behind its dates, dates out of order, or a period that ends before it starts.
    package func check(_ claim: PaymentClaim, in dataset: Dataset) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if claim.periodEnd < claim.periodStart {
            issues.append(
                issue(
                    claim.reference, field: "period_end",
                    .t(
                        "obdobje zahtevka se konča (\(claim.periodEnd)) pred začetkom (\(claim.periodStart))",
                        "the claim's period ends (\(claim.periodEnd)) before it starts (\(claim.periodStart))"
                    ),
                    fix: .t("Popravite začetek ali konec obdobja.", "Correct the period's start or end.")))
        }
        let steps: [(PaymentClaim.Status, String, Day?)] = [
            (.submitted, "submitted_on", claim.submittedOn), (.approved, "approved_on", claim.approvedOn),
            (.paid, "paid_on", claim.paidOn),
        ]
        if let (step, field, day) = steps.last(where: { $0.2 != nil && $0.0 > claim.status }), let day {
            issues.append(
                issue(
                    claim.reference, field: "status",
                    .t(
                        "zahtevek ima stanje \(claim.status.slovenian[0]), a že datum \(field) \(day): stanje se "
                            + "ne sme vrniti nazaj",
                        "the claim's status is \(claim.status.rawValue) but it has \(field) \(day): a status "
                            + "never moves backwards"),
                    fix: .t(
                        "Nastavite stanje na \(step.slovenian[0]) ali pa, če je bil datum vpisan pomotoma, "
                            + "izbrišite \(field).",
                        "Set the status to \(step.rawValue), or, if the day was entered by mistake, clear "
                            + "\(field).")))
        }
        var previous: (String, Day)?
        for (_, field, day) in steps {
            guard let day else { continue }
            if let (before, earlier) = previous, day < earlier {
                issues.append(
                    issue(
                        claim.reference, field: field,
                        .t(
                            "\(field) \(day) je pred \(before) \(earlier)",
                            "\(field) \(day) is before \(before) \(earlier)"),
                        fix: .t(
                            "Zahtevek je oddan, nato odobren in nato plačan; popravite datume.",
                            "A claim is submitted, then approved, then paid; correct the days.")))
            }
            previous = (field, day)
        }
        return issues
    }
}
