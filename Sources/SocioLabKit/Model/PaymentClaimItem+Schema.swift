extension PaymentClaimItem {
    /// The stored fields of a claim's cost item (`payment_claim_items.csv`).
    package static let schema = EntitySchema<PaymentClaimItem>([
        .id(\.id, "The membership's identifier."),
        .reference(
            "claim_id", sl: "zahtevek", \.claim, required: true, storedAs: "claim", "The payment claim."),
        .reference(
            "cost_item_id", sl: "strošek", \.costItem, required: true, storedAs: "cost_item",
            "The cost item it declares."),
    ])
}
