/// `core.emso-birth-date` (error): the birth date an EMŠO encodes equals the person's birth date.
package struct EMSOBirthDateRule: EntityRule {
    /// `core.emso-birth-date`.
    package let id: RuleID = "core.emso-birth-date"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports a mismatch.
    package func check(_ d: PersonalDetails, in dataset: Dataset) -> [ValidationIssue] {
        guard let emso = d.emso, let birth = dataset.persons[d.person]?.birthDate, emso.birthDate != birth
        else {
            return []
        }
        return [
            issue(
                d.reference, field: "emso",
                .t(
                    "EMŠO kodira rojstni datum \(emso.birthDate), oseba pa ima \(birth)",
                    "the EMŠO encodes birth date \(emso.birthDate) but the person's is \(birth)"),
                fix: .t("Popravite EMŠO ali datum rojstva.", "Correct the EMŠO or the birth date."))
        ]
    }
}

/// `core.unique-emso` (error): no two persons share an EMŠO.
package struct UniqueEMSORule: EntityRule {
    /// `core.unique-emso`.
    package let id: RuleID = "core.unique-emso"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports the other persons with the same EMŠO.
    package func check(_ d: PersonalDetails, in dataset: Dataset) -> [ValidationIssue] {
        guard let emso = d.emso else { return [] }
        let others = dataset.persons(withEMSO: emso).filter { $0 != d.person }
        guard !others.isEmpty else { return [] }
        let list = others.map(\.rawValue).sorted().joined(separator: ", ")
        return [
            issue(
                d.reference, field: "emso",
                .t("isti EMŠO ima tudi \(list)", "the same EMŠO is recorded for \(list)"),
                fix: .t(
                    "Ista oseba naj bo vpisana enkrat: združite zapisa ali popravite EMŠO.",
                    "Record each person once: merge the records or correct the EMŠO."))
        ]
    }
}

/// `core.duplicate-person` (warning): another person without an EMŠO to tell them apart has the same
/// normalised name (case, diacritics, spacing) and birth date.
package struct DuplicatePersonRule: EntityRule {
    /// `core.duplicate-person`.
    package let id: RuleID = "core.duplicate-person"
    /// Warning.
    package let severity = Severity.warning
    /// Creates the rule.
    package init() {}
    /// Reports the likely duplicates.
    package func check(_ d: PersonalDetails, in dataset: Dataset) -> [ValidationIssue] {
        guard let name = d.normalizedName, let birth = dataset.persons[d.person]?.birthDate else { return [] }
        let others = dataset.persons(withNormalizedName: name).filter { other in
            guard other != d.person, dataset.persons[other]?.birthDate == birth else { return false }
            let otherEMSO = dataset.personalDetails[.init(other.rawValue)]?.emso
            return d.emso == nil || otherEMSO == nil
        }
        guard !others.isEmpty else { return [] }
        let list = others.map(\.rawValue).sorted().joined(separator: ", ")
        return [
            issue(
                d.reference, field: "family_name",
                .t(
                    "verjetno ista oseba kot \(list) (ime in datum rojstva)",
                    "likely the same person as \(list) (same name and birth date)"),
                fix: .t(
                    "Preverite in združite zapisa ali vpišite EMŠO, ki ju loči.",
                    "Check and merge the records, or record the EMŠO that tells them apart."))
        ]
    }
}

/// `core.age-at-entry` (warning): a person under 15 at entry.
package struct AgeAtEntryRule: EntityRule {
    /// `core.age-at-entry`.
    package let id: RuleID = "core.age-at-entry"
    /// Warning.
    package let severity = Severity.warning
    /// Creates the rule.
    package init() {}
    /// Reports an age under 15 (and not negative) at entry.
    package func check(_ p: Person, in dataset: Dataset) -> [ValidationIssue] {
        guard let birth = p.birthDate, let entry = dataset.entryDate(of: p) else { return [] }
        let age = entry.years(since: birth)
        guard age >= 0, age < 15, birth <= entry else { return [] }
        return [
            issue(
                p.reference, field: "birth_date",
                .t("ob vstopu mlajši od 15 let (\(age))", "under 15 at entry (\(age))"),
                fix: .t(
                    "Preverite datum rojstva; mladoletni potrebujejo privolitev staršev.",
                    "Check the birth date; minors need their parents' consent."))
        ]
    }
}

/// `core.implausible-age` (error): a birth date after entry, or an age over 110 at entry.
package struct ImplausibleAgeRule: EntityRule {
    /// `core.implausible-age`.
    package let id: RuleID = "core.implausible-age"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports the impossible age.
    package func check(_ p: Person, in dataset: Dataset) -> [ValidationIssue] {
        guard let birth = p.birthDate, let entry = dataset.entryDate(of: p) else { return [] }
        let age = entry.years(since: birth)
        guard birth > entry || age > 110 else { return [] }
        let what: LocalizedText =
            birth > entry
            ? .t("rojen po vstopu (\(entry))", "born after entry (\(entry))")
            : .t("ob vstopu starejši od 110 let (\(age))", "over 110 at entry (\(age))")
        return [
            issue(
                p.reference, field: "birth_date", what,
                fix: .t("Popravite datum rojstva ali vstopa.", "Correct the birth date or the entry date."))
        ]
    }
}

/// `core.isced` (error): an education level is an ISCED 2011 level 0 … 8.
package struct ISCEDRule: EntityRule {
    /// `core.isced`.
    package let id: RuleID = "core.isced"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports a level outside 0 … 8.
    package func check(_ p: Person, in dataset: Dataset) -> [ValidationIssue] {
        guard let level = p.isced, !(0...8).contains(level) else { return [] }
        return [
            issue(
                p.reference, field: "isced",
                .t("raven ISCED \(level) ne obstaja", "ISCED level \(level) does not exist"),
                fix: .t("Vpišite raven od 0 do 8.", "Enter a level from 0 to 8."))
        ]
    }
}

/// `core.target-group` (error): a person's target groups are the operation's.
package struct TargetGroupRule: EntityRule {
    /// `core.target-group`.
    package let id: RuleID = "core.target-group"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports each unknown target group.
    package func check(_ p: Person, in dataset: Dataset) -> [ValidationIssue] {
        let known = Set(dataset.operation.targetGroups.map(\.id))
        return p.targetGroups.filter { !known.contains($0) }.map { group in
            issue(
                p.reference, field: "target_groups",
                .t("ciljna skupina '\(group)' ne obstaja", "target group '\(group)' does not exist"),
                fix: .t(
                    "Uporabite ciljno skupino operacije: \(known.map(\.rawValue).sorted().joined(separator: ", ")).",
                    "Use one of the operation's target groups: \(known.map(\.rawValue).sorted().joined(separator: ", "))."
                ))
        }
    }
}

/// `core.erased-details` (error): personal details recorded for a person whose details were erased, without
/// consent given after the erasure.
package struct ErasedDetailsRule: EntityRule {
    /// `core.erased-details`.
    package let id: RuleID = "core.erased-details"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}
    /// Reports details that would undo an erasure.
    package func check(_ d: PersonalDetails, in dataset: Dataset) -> [ValidationIssue] {
        guard let person = dataset.persons[d.person], let erased = person.detailsErasedOn,
            !(person.consent.givenOn.map { $0 > erased } ?? false)
        else { return [] }
        return [
            issue(
                d.reference, field: "given_name",
                .t(
                    "osebni podatki osebe \(person.id) so bili izbrisani \(erased)",
                    "the personal details of person \(person.id) were erased on \(erased)"),
                fix: .t(
                    "Ponovno jih vpišite le z novo privolitvijo (consent_date po \(erased)), sicer jih izpustite.",
                    "Record them again only with new consent (consent_date after \(erased)); otherwise leave them out."
                ))
        ]
    }
}
