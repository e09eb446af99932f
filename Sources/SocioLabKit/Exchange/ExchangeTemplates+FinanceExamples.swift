extension ExchangeTemplates {
    /// The example row of a finance table, by English column name: a staff cost of the first partner
    /// declared in a submitted claim, beside its budget line.
    static func financeExample(_ table: ExchangeTable, language: Language, operation: ESFOperation)
        -> [String: String]
    {
        let sl = language == .slovenian
        let partner = operation.partners.first?.id.description ?? ""
        let staff = operation.costCategories.first { $0.kind == .staff }?.id.description ?? "staff"
        switch table {
        case .budgetLines:
            return [
                "id": "bl-0001", "partner_id": partner, "category": staff, "year": "2019",
                "planned": sl ? "48000,00" : "48000.00",
            ]
        case .costItems:
            return [
                "id": "ci-0001", "partner_id": partner, "category": staff,
                "amount": sl ? "2325,58" : "2325.58",
                "incurred_on": "2019-10-31", "paid_on": "2019-11-15", "evidence_reference": "PL-2019-10-07",
                "purpose": sl ? "Vodenje usposabljanja" : "Running the training", "activity_id": "a-0001",
                "staff_id": "S-07", "hours": "100", "annual_gross_cost": sl ? "40000,00" : "40000.00",
                "annual_hours": "1720",
            ]
        case .paymentClaims:
            return [
                "id": "zzi-2019-4", "partner_id": partner, "period_start": "2019-10-01",
                "period_end": "2019-12-31", "status": sl ? "oddan" : PaymentClaim.Status.submitted.rawValue,
                "submitted_on": "2020-01-20",
            ]
        case .paymentClaimItems:
            return ["id": "zzi-2019-4/ci-0001", "claim_id": "zzi-2019-4", "cost_item_id": "ci-0001"]
        default:
            return [:]
        }
    }
}
