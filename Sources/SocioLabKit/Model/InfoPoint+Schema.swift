extension InfoPoint {
    /// The stored fields of an information point (`info_points.csv`).
    package static let schema = EntitySchema<InfoPoint>([
        .id(\.id, "The information point's identifier."),
        .text("name", \.name, required: true, "Its name."),
        .municipality("municipality", \.municipality, "The municipality it serves from."),
        .reference("host_partner", \.hostPartner, required: true, "The partner that hosts it."),
        .day("opened_on", \.openedOn, "The day it opened."),
        .day("closed_on", \.closedOn, "The day it closed."),
    ])
}
