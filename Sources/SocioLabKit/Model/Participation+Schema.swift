extension Participation {
    /// The stored fields of a participation (`participations.csv`).
    package static let schema = EntitySchema<Participation>([
        .id(\.id, "The participation's identifier."),
        .reference("activity_id", \.activity, required: true, storedAs: "activity", "The activity."),
        .reference("person_id", \.person, storedAs: "person", "The person taking part, if a person."),
        .reference(
            "organisation_id", \.organisation, storedAs: "organisation",
            "The organisation taking part, if an organisation."),
        .code("role", \.role, "The role (`participant` when empty)."),
        .enumeration("status", \.status, required: true, "Registered, attended, no-show or cancelled."),
        .quantity("hours", \.hours, "The hours attended."),
        .bool("completed", \.completed, "Whether the programme was completed."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
