/// `core.reference` (error): every entity an entity points to exists.
package struct ReferentialIntegrityRule: ValidationRule {
    /// `core.reference`.
    package let id: RuleID = "core.reference"
    /// Error.
    package let severity = Severity.error
    /// The kind of entity whose references this instance checks.
    package let kind: EntityKind
    /// Creates the rule for one kind of entity.
    package init(kind: EntityKind) { self.kind = kind }
    /// The kind checked.
    package var subject: EntityKind? { kind }

    /// Reports each reference to a missing entity.
    package func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        record.references.filter { !dataset.contains($0) }.map { missing in
            issue(
                record.reference, field: missing.kind.rawValue,
                .t("\(missing) ne obstaja", "\(missing) does not exist"),
                fix: .t(
                    "Najprej vnesite \(missing) ali popravite sklic.",
                    "Record \(missing) first, or correct the reference."))
        }
    }
}

/// `core.partner` (error): partners named by activities, info points, development plans and persons (the
/// partner that enrolled them) are partners of the operation.
package struct OperationPartnerRule<Subject: Entity>: EntityRule {
    /// `core.partner`.
    package let id: RuleID = "core.partner"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports each partner that is not the operation's.
    package func check(_ entity: Subject, in dataset: Dataset) -> [ValidationIssue] {
        let named: [(String, Partner.ID)]
        switch entity {
        case let a as Activity: named = a.partners.map { ("partners", $0) }
        case let p as InfoPoint: named = [("host_partner", p.hostPartner)]
        case let d as DevelopmentPlan: named = [("partner", d.partner)]
        case let p as Person: named = p.enrolledBy.map { [("enrolled_by", $0)] } ?? []
        default: named = []
        }
        return named.filter { dataset.operation.partner($0.1) == nil }.map { field, partner in
            issue(
                entity.reference, field: field,
                .t("'\(partner)' ni partner operacije", "'\(partner)' is not a partner of the operation"),
                fix: .t(
                    "Uporabite oznako partnerja operacije (npr. prizma, citilab).",
                    "Use one of the operation's partner ids (such as prizma, citilab)."))
        }
    }
}

/// `core.participation-subject` (error): a participation names a person or an organisation.
package struct ParticipationSubjectRule: EntityRule {
    /// `core.participation-subject`.
    package let id: RuleID = "core.participation-subject"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports a participation with neither.
    package func check(_ p: Participation, in dataset: Dataset) -> [ValidationIssue] {
        guard p.person == nil && p.organisation == nil else { return [] }
        return [
            issue(
                p.reference, field: "person_id",
                .t("udeležba nima ne osebe ne organizacije", "names no person and no organisation"),
                fix: .t("Vpišite person_id ali organisation_id.", "Fill in person_id or organisation_id."))
        ]
    }
}
