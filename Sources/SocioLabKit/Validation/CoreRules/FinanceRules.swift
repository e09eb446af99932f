/// The core rules of an operation's finance (`Documentation/Validation.md`, "Finance"), in a stable order;
/// ``CoreRules/all`` includes them.
package enum FinanceRules {
    /// Every finance rule.
    package static var all: [any ValidationRule] {
        [
            FinancePartnerRule<BudgetLine>(), FinancePartnerRule<CostItem>(),
            FinancePartnerRule<PaymentClaim>(),
            FinanceCategoryRule<BudgetLine>(), FinanceCategoryRule<CostItem>(), FinancePeriodRule(),
            FinanceAmountRule<BudgetLine>(), FinanceAmountRule<CostItem>(), FinanceAmountRule<PaymentClaim>(),
            FinanceVATRule(), FinanceClaimedOnceRule(), FinanceClaimItemRule(), FinanceFlatRateEntryRule(),
            FinanceFlatRateSettingsRule(), FinanceStaffCostRule(), FinanceStaffHoursRule(),
            FinanceOverBudgetRule(), FinanceOperationTotalRule(), FinanceClaimSharesRule(),
            FinanceClaimStatusRule(),
        ]
    }
}
