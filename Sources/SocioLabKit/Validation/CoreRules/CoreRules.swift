/// The rules every operation's data must satisfy, whatever plugins are registered.
///
/// ``all`` is the one way to get them: the rule types themselves are internal to the package. Each rule
/// is documented in `Documentation/Validation.md` with its identifier, severity, why it exists and how to
/// fix what it reports. Their identifiers: `core.reference`, `core.stored-value`, `core.partner`,
/// `core.participation-subject`, `core.activity-period`, `core.attended-not-held`, `core.consent`,
/// `core.emso-birth-date`, `core.unique-emso`, `core.erased-details`, `core.unique-registration`,
/// `core.duplicate-person`, `core.duplicate-participation`, `core.duplicate-tax-number`, `core.duplicate-job`,
/// `core.job`, `core.budget`, `core.partner-targets`, `core.age-at-entry`,
/// `core.implausible-age`, `core.isced`, `core.pillar`, `core.target-group`, `core.info-point-dates`,
/// `core.participation-hours`, `core.milestone-output`, `core.municipality`,
/// `core.municipality-outside`, and the finance rules `core.finance-partner`, `core.finance-category`,
/// `core.finance-period`, `core.finance-amount`, `core.finance-vat`, `core.finance-claimed-once`,
/// `core.finance-claim-item`, `core.finance-flat-rate-entry`, `core.finance-flat-rate-settings`,
/// `core.finance-staff-cost`, `core.finance-staff-hours`, `core.finance-over-budget`,
/// `core.finance-operation-total`, `core.finance-claim-shares` and `core.finance-claim-status`.
///
/// ```swift
/// let validator = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules)
/// for issue in validator.validate(dataset) where issue.rule == "core.consent" { print(issue) }
/// ```
public enum CoreRules {
    /// Every core rule, in a stable order.
    ///
    /// Some rules appear once per entity kind they check (`core.reference`, `core.stored-value`,
    /// `core.partner`, the municipality rules); the identifiers are those listed on ``CoreRules``.
    public static var all: [any ValidationRule] {
        var rules: [any ValidationRule] = EntityKind.allCases.map { ReferentialIntegrityRule(kind: $0) }
        rules += EntityKind.allCases.map { StoredValueRule(kind: $0) }
        rules += [
            OperationPartnerRule<Activity>(), OperationPartnerRule<InfoPoint>(),
            OperationPartnerRule<DevelopmentPlan>(), OperationPartnerRule<Person>(),
            ParticipationSubjectRule(), ActivityPeriodRule(), AttendedNotHeldRule(), ConsentRule(),
            EMSOBirthDateRule(), UniqueEMSORule(), ErasedDetailsRule(), UniqueRegistrationRule(),
            DuplicatePersonRule(), DuplicateParticipationRule(), DuplicateTaxNumberRule(), DuplicateJobRule(),
            JobRule(),
            BudgetRule(), PartnerTargetsRule(), AgeAtEntryRule(), ImplausibleAgeRule(), ISCEDRule(),
            PillarRule(),
            TargetGroupRule(), InfoPointDatesRule(), ParticipationHoursRule(), MilestoneOutputRule(),
        ]
        rules += MunicipalityRule.all
        rules += FinanceRules.all
        return rules
    }
}

extension LocalizedText {
    /// Shorthand for rule messages.
    static func t(_ sl: String, _ en: String) -> LocalizedText { LocalizedText(sl: sl, en: en) }
}
