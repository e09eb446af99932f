extension DevelopmentPlan {
    /// The stored fields of a diagnosis and development plan (`development_plans.csv`).
    package static let schema = EntitySchema<DevelopmentPlan>([
        .id(\.id, "The plan's identifier."),
        .reference(
            "organisation_id", \.organisation, required: true, storedAs: "organisation",
            "The organisation diagnosed."),
        .reference(
            "partner_id", \.partner, required: true, storedAs: "partner",
            "The partner that made the diagnosis."),
        .day("diagnosed_on", \.diagnosedOn, "The day of the diagnosis."),
        .day("plan_adopted_on", \.planAdoptedOn, "The day the plan was adopted."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
