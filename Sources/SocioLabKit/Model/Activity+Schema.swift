extension Activity {
    /// The stored fields of an activity (`activities.csv`).
    package static let schema = EntitySchema<Activity>([
        .id(\.id, "The activity's identifier."),
        .code("kind", sl: "vrsta", \.kind, required: true, "The plugin's kind (`training`, `fair` …)."),
        .text("title", sl: "naslov", \.title, required: true, "Its title."),
        .integer("pillar", sl: "steber", \.pillar, in: 1...3, "The operation's pillar, 1, 2 or 3."),
        .references("partners", sl: "partnerji", \.partners, "The partners responsible for it."),
        .reference("info_point", sl: "info_točka", \.infoPoint, "The information point it is held at."),
        .municipality("municipality", sl: "občina", \.municipality, "The municipality it is held in."),
        .day("start_date", sl: "datum_začetka", \.startDate, required: true, "Its first day."),
        .day("end_date", sl: "datum_konca", \.endDate, "Its last day, when it lasts more than one."),
        .enumeration("status", sl: "stanje", \.status, required: true, "Planned, held or cancelled."),
        .json("details", sl: "podrobnosti", \.details, "The plugin's details, a JSON object."),
    ])
}
