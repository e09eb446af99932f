/// `core.finance-flat-rate-settings` (error): the operation's flat rates are sound: each is in a
/// flat-rate category of the operation, its base categories exist and are not flat rates, its rate is
/// above zero and at most its ceiling (40 % of staff costs for remaining costs, CPR Art. 68b(1); 15 % for
/// indirect costs, Art. 68(1)(b)), and it names a partner of the operation if any.
package struct FinanceFlatRateSettingsRule: ValidationRule {
    /// `core.finance-flat-rate-settings`.
    package let id: RuleID = "core.finance-flat-rate-settings"
    /// Error.
    package let severity = Severity.error
    /// A dataset rule (the operation's settings change only with the operation).
    package let subject: EntityKind? = nil
    /// Creates the rule.
    package init() {}

    /// Reports each unsound flat rate.
    /// - Complexity: O(r × k) in the flat rates and the categories.
    package func checkDataset(_ dataset: Dataset) -> [ValidationIssue] {
        let operation = dataset.operation
        var issues: [ValidationIssue] = []
        for (index, rate) in operation.flatRates.enumerated() {
            let field = "flat_rates[\(index)]"
            func report(_ sl: String, _ en: String, fix: LocalizedText) {
                issues.append(issue(nil, field: field, .t(sl, en), fix: fix))
            }
            if operation.costCategory(rate.category)?.kind != .flatRate {
                report(
                    "pavšal \(rate.category) ni v kategoriji pavšala operacije",
                    "the flat rate \(rate.category) is not in a flat-rate category of the operation",
                    fix: .t(
                        "Dodajte kategorijo vrste flat_rate ali popravite kategorijo pavšala.",
                        "Add a category of kind flat_rate, or correct the flat rate's category."))
            }
            let badBase = rate.base.filter { operation.costCategory($0).map { $0.kind == .flatRate } ?? true }
            if rate.base.isEmpty || !badBase.isEmpty {
                report(
                    "osnova pavšala \(rate.category) ni veljavna: \(badBase.map(\.rawValue).joined(separator: ", "))",
                    "the base of the flat rate \(rate.category) is not valid: "
                        + badBase.map(\.rawValue).joined(separator: ", "),
                    fix: .t(
                        "Osnova so kategorije operacije z dejanskimi stroški, običajno stroški osebja.",
                        "The base is categories of the operation with real costs, usually staff costs."))
            }
            if rate.percent.hundredths <= 0 || rate.percent > rate.ceilingPercent {
                report(
                    "stopnja pavšala \(rate.category) je \(rate.percent) %, dovoljeno je več od 0 in največ "
                        + "\(rate.ceilingPercent) %",
                    "the rate of \(rate.category) is \(rate.percent) %; it must be above 0 and at most "
                        + "\(rate.ceilingPercent) %",
                    fix: .t(
                        "Popravite stopnjo (preostali stroški največ 40 %, posredni največ 15 % stroškov osebja).",
                        "Correct the rate (remaining costs at most 40 %, indirect costs at most 15 % of staff costs)."
                    ))
            }
            if let partner = rate.partner, operation.partner(partner) == nil {
                report(
                    "pavšal \(rate.category) velja za '\(partner)', ki ni partner operacije",
                    "the flat rate \(rate.category) applies to '\(partner)', not a partner of the operation",
                    fix: .t("Uporabite šifro partnerja operacije.", "Use one of the operation's partner ids.")
                )
            }
        }
        return issues
    }
}
