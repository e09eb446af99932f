extension DevelopmentPlan {
    /// The stored fields of a diagnosis and development plan (`development_plans.csv`).
    package static let schema = EntitySchema<DevelopmentPlan>([
        .id(\.id, "The plan's identifier."),
        .reference(
            "organisation_id", sl: "organizacija", \.organisation, required: true, storedAs: "organisation",
            "The organisation diagnosed."),
        .reference(
            "partner_id", sl: "partner", \.partner, required: true, storedAs: "partner",
            "The partner that made the diagnosis."),
        .day("diagnosed_on", sl: "datum_diagnoze", \.diagnosedOn, "The day of the diagnosis."),
        .day(
            "plan_adopted_on", sl: "datum_sprejetja_načrta", \.planAdoptedOn, "The day the plan was adopted."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
