extension CostItem {
    /// The stored fields of a cost item (`cost_items.csv`).
    package static let schema = EntitySchema<CostItem>([
        .id(\.id, "The cost item's identifier."),
        .reference(
            "partner_id", sl: "partner", \.partner, required: true, storedAs: "partner",
            "The partner who bore the cost."),
        .reference(
            "category", sl: "kategorija_stroška", \.category, required: true,
            "The cost category, one of the operation's."),
        .money(
            "amount", sl: "znesek", \.amount, required: true,
            "The eligible amount in euro, net of recoverable VAT."),
        .money("vat", sl: "ddv", \.vat, "The VAT part, kept apart from the amount."),
        .day(
            "incurred_on", sl: "datum_nastanka", \.incurredOn, required: true,
            "The day the cost was incurred."),
        .day("paid_on", sl: "datum_plačila", \.paidOn, "The day it was paid."),
        .text(
            "evidence_reference", sl: "oznaka_dokazila", \.evidenceReference, required: true,
            "The invoice, payslip or timesheet number that proves it."),
        .text("purpose", sl: "namen", \.purpose, "What it was for."),
        .reference(
            "activity_id", sl: "aktivnost", \.activity, storedAs: "activity", "The activity it belongs to."),
        .text(
            "staff_id", sl: "šifra_zaposlenega", \.staffID,
            "For a staff cost: the staff member's identifier, never a name."),
        .quantity("hours", sl: "ure", \.hours, "For a staff cost: the hours worked."),
        .money(
            "annual_gross_cost", sl: "letni_bruto_strošek", \.annualGrossCost,
            "For a staff cost: the latest documented annual gross employment costs."),
        .quantity(
            "annual_hours", sl: "letne_ure", \.annualHours,
            "For a staff cost: the hours behind the annual costs (1720 full time, pro rata part time)."),
        .quantity("units", sl: "enote", \.units, "For a unit-cost category: the units delivered."),
        .money(
            "ineligible", sl: "neupravičeno", \.ineligible,
            "The part a management verification found ineligible; empty when none."),
    ])
}
