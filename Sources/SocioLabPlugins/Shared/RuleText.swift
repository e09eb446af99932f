import SocioLabKit

extension LocalizedText {
    /// Shorthand for rule messages: Slovenian, then English.
    static func t(_ sl: String, _ en: String) -> LocalizedText { LocalizedText(sl: sl, en: en) }
}

extension Dataset {
    /// The identifiers in `ids` that name no recorded organisation, in order, each once.
    /// - Complexity: O(k) in the identifiers.
    func missingOrganisations(_ ids: [Organisation.ID]) -> [Organisation.ID] {
        var seen = Set<Organisation.ID>()
        return ids.filter { organisations[$0] == nil && seen.insert($0).inserted }
    }
}

extension ValidationRule {
    /// An issue for each of `ids` that names no recorded organisation, about `field` of `activity`.
    func missingOrganisationIssues(
        _ ids: [Organisation.ID], field: String, of activity: Activity, in dataset: Dataset
    ) -> [ValidationIssue] {
        dataset.missingOrganisations(ids).map { missing in
            issue(
                activity.reference, field: "details." + field,
                .t("organizacija \(missing) ne obstaja", "organisation \(missing) does not exist"),
                fix: .t(
                    "Najprej vpišite organizacijo \(missing) ali popravite oznako.",
                    "Record organisation \(missing) first, or correct the identifier."))
        }
    }

    /// An issue when a count in the details is negative or larger than
    /// ``SocioLabPlugins/maximumDetailsCount``.
    func countIssue(_ value: Int?, field: String, of activity: Activity) -> [ValidationIssue] {
        guard let value else { return [] }
        if value < 0 {
            return [
                issue(
                    activity.reference, field: "details." + field,
                    .t("\(field) je negativno (\(value))", "\(field) is negative (\(value))"),
                    fix: .t("Vpišite 0 ali več.", "Enter zero or more."))
            ]
        }
        guard value > maximumDetailsCount else { return [] }
        return [
            issue(
                activity.reference, field: "details." + field,
                .t(
                    "\(field) je preveliko (\(value)); največ je \(maximumDetailsCount)",
                    "\(field) is too large (\(value)); the most is \(maximumDetailsCount)"),
                fix: .t("Popravite število.", "Correct the number."))
        ]
    }
}
