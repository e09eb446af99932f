extension Dataset {
    /// The positions of the finance indexes, found once by name.
    private enum FinanceIndex {
        static let budgetLinesByPartner = BudgetLine.indexPosition("partner")
        static let costItemsByPartner = CostItem.indexPosition("partner")
        static let costItemsByActivity = CostItem.indexPosition("activity_id")
        static let claimItemsByClaim = PaymentClaimItem.indexPosition("claim_id")
        static let claimItemsByCostItem = PaymentClaimItem.indexPosition("cost_item_id")
    }

    /// A partner's budget lines.
    /// - Complexity: O(b) in the partner's lines.
    package func budgetLines(of partner: Partner.ID) -> [BudgetLine] {
        entities(BudgetLine.self, FinanceIndex.budgetLinesByPartner, under: partner.rawValue)
    }

    /// A partner's cost items.
    /// - Complexity: O(c) in the partner's cost items.
    package func costItems(of partner: Partner.ID) -> [CostItem] {
        entities(CostItem.self, FinanceIndex.costItemsByPartner, under: partner.rawValue)
    }

    /// The cost items of an activity.
    /// - Complexity: O(c) in the activity's cost items.
    package func costItems(in activity: Activity.ID) -> [CostItem] {
        entities(CostItem.self, FinanceIndex.costItemsByActivity, under: activity.rawValue)
    }

    /// The memberships of a claim: which cost items it declares.
    /// - Complexity: O(m) in the claim's cost items.
    package func claimItems(of claim: PaymentClaim.ID) -> [PaymentClaimItem] {
        entities(PaymentClaimItem.self, FinanceIndex.claimItemsByClaim, under: claim.rawValue)
    }

    /// The memberships that declare a cost item (more than one is a double declaration).
    /// - Complexity: O(m) in the memberships of the cost item.
    package func claimItems(declaring costItem: CostItem.ID) -> [PaymentClaimItem] {
        entities(PaymentClaimItem.self, FinanceIndex.claimItemsByCostItem, under: costItem.rawValue)
    }

    /// The cost items a claim declares that exist, in the order of their memberships.
    /// - Complexity: O(m) in the claim's cost items.
    package func costItems(inClaim claim: PaymentClaim.ID) -> [CostItem] {
        let items = costItems
        return claimItems(of: claim).compactMap { items[$0.costItem] }
    }
}
