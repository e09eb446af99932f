extension Activity {
    /// The stored fields of an activity (`activities.csv`).
    package static let schema = EntitySchema<Activity>([
        .id(\.id, "The activity's identifier."),
        .code("kind", \.kind, required: true, "The plugin's kind (`training`, `fair` …)."),
        .text("title", \.title, required: true, "Its title."),
        .integer("pillar", \.pillar, in: 1...3, "The operation's pillar, 1, 2 or 3."),
        .references("partners", \.partners, "The partners responsible for it."),
        .reference("info_point", \.infoPoint, "The information point it is held at."),
        .municipality("municipality", \.municipality, "The municipality it is held in."),
        .day("start_date", \.startDate, required: true, "Its first day."),
        .day("end_date", \.endDate, "Its last day, when it lasts more than one."),
        .enumeration("status", \.status, required: true, "Planned, held or cancelled."),
        .json("details", \.details, "The plugin's details, a JSON object."),
    ])
}
