extension PersonalDetails {
    /// The stored fields of a person's personal details: every one is personal data.
    package static let schema = EntitySchema<PersonalDetails>([
        .id(\.id, "The person's identifier."),
        .text("given_name", \.givenName, personal: true, "Given name."),
        .text("family_name", \.familyName, personal: true, "Family name."),
        .identifier("emso", \.emso, personal: true, "The person's EMŠO."),
        .text("email", \.email, personal: true, "E-mail address."),
        .text("phone", \.phone, personal: true, "Telephone number."),
    ])
}
