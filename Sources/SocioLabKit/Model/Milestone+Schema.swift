extension Milestone {
    /// The stored fields of a milestone (`milestones.csv`).
    package static let schema = EntitySchema<Milestone>([
        .id(\.id, "The milestone's identifier."),
        .code(
            "output", sl: "učinek", \.output, required: true,
            "The operation's output it belongs to (`OUT-01` …)."),
        .text("title", sl: "naslov", \.title, required: true, "Its title."),
        .day("achieved_on", sl: "datum_dosežka", \.achievedOn, "The day it was achieved."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
