/// The rules every operation's data must satisfy, whatever plugins are registered.
///
/// Each is documented in `Documentation/Validation.md` with its identifier, severity, why it exists and
/// how to fix what it reports.
public enum CoreRules {
    /// Every core rule, in a stable order.
    public static var all: [any ValidationRule] {
        var rules: [any ValidationRule] = EntityKind.allCases.map { ReferentialIntegrityRule(kind: $0) }
        rules += EntityKind.allCases.map { StoredValueRule(kind: $0) }
        rules += [
            OperationPartnerRule<Activity>(), OperationPartnerRule<InfoPoint>(),
            OperationPartnerRule<DevelopmentPlan>(),
            ParticipationSubjectRule(), ActivityPeriodRule(), AttendedNotHeldRule(), ConsentRule(),
            EMSOBirthDateRule(), UniqueEMSORule(), ErasedDetailsRule(), UniqueRegistrationRule(),
            DuplicatePersonRule(), JobRule(),
            BudgetRule(), PartnerTargetsRule(), AgeAtEntryRule(), ImplausibleAgeRule(), ISCEDRule(),
            PillarRule(),
            TargetGroupRule(), InfoPointDatesRule(), ParticipationHoursRule(), MilestoneOutputRule(),
        ]
        rules += MunicipalityRule.all
        return rules
    }
}

extension LocalizedText {
    /// Shorthand for rule messages.
    static func t(_ sl: String, _ en: String) -> LocalizedText { LocalizedText(sl: sl, en: en) }
}
