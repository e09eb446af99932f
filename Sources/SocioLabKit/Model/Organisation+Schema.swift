extension Organisation {
    /// The stored fields of an organisation (`organisations.csv`).
    package static let schema = EntitySchema<Organisation>([
        .id(\.id, "The organisation's identifier."),
        .text("name", sl: "naziv", \.name, required: true, "The organisation's name."),
        .enumeration(
            "legal_form", sl: "pravna_oblika", \.legalForm, required: true,
            "Its legal form (`zadruga`, `doo` …)."),
        .bool(
            "social_enterprise", sl: "socialno_podjetje", \.socialEnterprise,
            "Whether it holds the status of a social enterprise."),
        .identifier(
            "registration_number", sl: "matična_številka", \.registrationNumber,
            "Its registration number (matična številka)."),
        .identifier("tax_number", sl: "davčna_številka", \.taxNumber, "Its tax number (davčna številka)."),
        .municipality("municipality", sl: "občina", \.municipality, "The municipality of its seat."),
        .enumeration("stage", sl: "faza", \.stage, "Its stage: idea, start-up, growth or mature."),
    ])
}
