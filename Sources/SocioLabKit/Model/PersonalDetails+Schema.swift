extension PersonalDetails {
    /// The stored fields of a person's personal details: every one is personal data.
    package static let schema = EntitySchema<PersonalDetails>([
        .id(\.id, "The person's identifier."),
        .text("given_name", sl: "ime", \.givenName, personal: true, "Given name."),
        .text("family_name", sl: "priimek", \.familyName, personal: true, "Family name."),
        .identifier("emso", sl: "emšo", \.emso, personal: true, "The person's EMŠO."),
        .text("email", sl: "e_pošta", \.email, personal: true, "E-mail address."),
        .text("phone", sl: "telefon", \.phone, personal: true, "Telephone number."),
    ])
}
