extension PaymentClaim {
    /// The stored fields of a payment claim (`payment_claims.csv`).
    package static let schema = EntitySchema<PaymentClaim>([
        .id(\.id, "The claim's identifier."),
        .reference(
            "partner_id", sl: "partner", \.partner, storedAs: "partner",
            "The partner who claims; empty for the whole operation."),
        .day(
            "period_start", sl: "začetek_obdobja", \.periodStart, required: true,
            "The first day of the period."),
        .day("period_end", sl: "konec_obdobja", \.periodEnd, required: true, "The last day of the period."),
        .enumeration("status", sl: "stanje", \.status, required: true, "Draft, submitted, approved or paid."),
        .day("submitted_on", sl: "datum_oddaje", \.submittedOn, "The day it was submitted."),
        .money(
            "approved_amount", sl: "odobreni_znesek", \.approvedAmount,
            "The amount approved; empty means the whole claimed amount."),
        .text(
            "approval_reason", sl: "razlog_odobritve", \.approvalReason, "Why less was approved than claimed."
        ),
        .day("approved_on", sl: "datum_potrditve", \.approvedOn, "The day it was approved."),
        .day("paid_on", sl: "datum_plačila", \.paidOn, "The day it was paid."),
    ])
}
