extension InfoPoint {
    /// The stored fields of an information point (`info_points.csv`).
    package static let schema = EntitySchema<InfoPoint>([
        .id(\.id, "The information point's identifier."),
        .text("name", sl: "naziv", \.name, required: true, "Its name."),
        .municipality("municipality", sl: "občina", \.municipality, "The municipality it serves from."),
        .reference(
            "host_partner", sl: "partner_gostitelj", \.hostPartner, required: true,
            "The partner that hosts it."),
        .day("opened_on", sl: "datum_odprtja", \.openedOn, "The day it opened."),
        .day("closed_on", sl: "datum_zaprtja", \.closedOn, "The day it closed."),
    ])
}
