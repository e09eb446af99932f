extension Organisation {
    /// The stored fields of an organisation (`organisations.csv`).
    package static let schema = EntitySchema<Organisation>([
        .id(\.id, "The organisation's identifier."),
        .text("name", \.name, required: true, "The organisation's name."),
        .enumeration("legal_form", \.legalForm, required: true, "Its legal form (`zadruga`, `doo` …)."),
        .bool("social_enterprise", \.socialEnterprise, "Whether it holds the status of a social enterprise."),
        .identifier(
            "registration_number", \.registrationNumber, "Its registration number (matična številka)."),
        .identifier("tax_number", \.taxNumber, "Its tax number (davčna številka)."),
        .municipality("municipality", \.municipality, "The municipality of its seat."),
        .enumeration("stage", \.stage, "Its stage: idea, start-up, growth or mature."),
    ])
}
