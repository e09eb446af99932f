/// `core.unique-registration` (error): no two organisations share a registration number.
package struct UniqueRegistrationRule: EntityRule {
    /// `core.unique-registration`.
    package let id: RuleID = "core.unique-registration"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports the other organisations with the same number.
    package func check(_ o: Organisation, in dataset: Dataset) -> [ValidationIssue] {
        guard let number = o.registrationNumber else { return [] }
        let others = dataset.organisations(withRegistration: number).filter { $0 != o.id }
        guard !others.isEmpty else { return [] }
        let list = others.map(\.rawValue).sorted().joined(separator: ", ")
        return [
            issue(
                o.reference, field: "registration_number",
                .t(
                    "isto matično številko ima tudi \(list)",
                    "the same registration number is recorded for \(list)"),
                fix: .t(
                    "Vsaka organizacija naj bo vpisana enkrat: združite zapisa.",
                    "Record each organisation once: merge the records."))
        ]
    }
}

/// `core.job` (error): a job's FTE is in (0, 1] and its organisation is of the social economy.
package struct JobRule: EntityRule {
    /// `core.job`.
    package let id: RuleID = "core.job"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports an FTE out of range or an organisation outside the social economy.
    package func check(_ j: Job, in dataset: Dataset) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if j.fte <= .zero || j.fte > 1 {
            issues.append(
                issue(
                    j.reference, field: "fte",
                    .t("FTE \(j.fte) ni med 0 in 1", "FTE \(j.fte) is not in (0, 1]"),
                    fix: .t(
                        "Vpišite delež polnega delovnega časa, npr. 0.5 ali 1.",
                        "Enter a share of full time, such as 0.5 or 1.")))
        }
        if let org = dataset.organisations[j.organisation], !org.isSocialEconomy {
            issues.append(
                issue(
                    j.reference, field: "organisation_id",
                    .t(
                        "organizacija \(org.id) ni socialno podjetje, zadruga ali iniciativa",
                        "organisation \(org.id) is not a social enterprise, cooperative or initiative"),
                    fix: .t(
                        "Šteje le delovno mesto v organizaciji socialne ekonomije; popravite organizacijo ali njen status.",
                        "Only jobs in the social economy count: correct the organisation or its status.")))
        }
        return issues
    }
}

/// `core.municipality` (error) and `core.municipality-outside` (warning): a municipality code is a known
/// Slovenian municipality, and one outside Podravje is flagged.
package struct MunicipalityRule: ValidationRule {
    /// `core.municipality` or `core.municipality-outside`.
    package let id: RuleID
    /// Error for unknown codes, warning for codes outside Podravje.
    package let severity: Severity
    /// The kind checked.
    package let subject: EntityKind?

    /// Both rules for every kind that records a municipality.
    package static var all: [MunicipalityRule] {
        [EntityKind.person, .organisation, .activity, .infoPoint].flatMap { kind in
            [
                MunicipalityRule(id: "core.municipality", severity: .error, subject: kind),
                MunicipalityRule(id: "core.municipality-outside", severity: .warning, subject: kind),
            ]
        }
    }

    /// Reports an unknown code (error rule) or one outside Podravje (warning rule).
    package func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        let code: Municipality.Code?
        switch record {
        case .person(let p): code = p.municipality
        case .organisation(let o): code = o.municipality
        case .activity(let a): code = a.municipality
        case .infoPoint(let i): code = i.municipality
        default: code = nil
        }
        guard let code else { return [] }
        let municipality = Municipality.find(code: code)
        if severity == .error, municipality == nil {
            return [
                issue(
                    record.reference, field: "municipality",
                    .t("občina s šifro \(code) ne obstaja", "no municipality has code \(code)"),
                    fix: .t(
                        "Vpišite šifro ali ime slovenske občine (npr. 070 ali Maribor).",
                        "Enter a Slovenian municipality's code or name (such as 070 or Maribor)."))
            ]
        }
        if severity == .warning, let municipality, !municipality.isInPodravje {
            return [
                issue(
                    record.reference, field: "municipality",
                    .t(
                        "občina \(municipality.name) ni v Podravju",
                        "\(municipality.name) is outside Podravje"),
                    fix: .t(
                        "Dovoljeno, a preverite, ali je vnos pravilen.",
                        "Allowed, but check that this is right."))
            ]
        }
        return []
    }
}
