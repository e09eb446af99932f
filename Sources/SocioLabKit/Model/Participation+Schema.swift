extension Participation {
    /// The stored fields of a participation (`participations.csv`).
    package static let schema = EntitySchema<Participation>([
        .id(\.id, "The participation's identifier."),
        .reference(
            "activity_id", sl: "aktivnost", \.activity, required: true, storedAs: "activity", "The activity."),
        .reference(
            "person_id", sl: "oseba", \.person, storedAs: "person", "The person taking part, if a person."),
        .reference(
            "organisation_id", sl: "organizacija", \.organisation, storedAs: "organisation",
            "The organisation taking part, if an organisation."),
        .code("role", sl: "vloga", \.role, "The role (`participant` when empty)."),
        .enumeration(
            "status", sl: "stanje", \.status, required: true, "Registered, attended, no-show or cancelled."),
        .quantity("hours", sl: "ure", \.hours, "The hours attended."),
        .bool("completed", sl: "zaključeno", \.completed, "Whether the programme was completed."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
