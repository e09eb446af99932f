extension SupportProgramme {
    /// The stored fields of a support programme (`support_programmes.csv`).
    package static let schema = EntitySchema<SupportProgramme>([
        .id(\.id, "The programme's identifier."),
        .text("title", sl: "naslov", \.title, required: true, "Its title."),
        .day("approved_on", sl: "datum_potrditve", \.approvedOn, "The day it was approved."),
        .list("materials", sl: "gradiva", \.materials, "Its materials: titles or document ids."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
