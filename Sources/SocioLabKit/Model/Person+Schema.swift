extension Person {
    /// The stored fields of a person's statistical record (`persons.csv`, with ``PersonalDetails``).
    package static let schema = EntitySchema<Person>(
        [
            .id(\.id, "The person's identifier."),
            .enumeration("gender", sl: "spol", \.gender, "Gender at entry.", spell: \.exchangeCode),
            .day("birth_date", sl: "datum_rojstva", \.birthDate, "Date of birth."),
            .municipality("municipality", sl: "občina", \.municipality, "Municipality of residence."),
            .enumeration(
                "employment_status", sl: "status_zaposlitve", \.employmentStatus,
                "Labour-market status at entry."),
            .integer(
                "isced", sl: "raven_izobrazbe", \.isced, in: 0...8,
                "Highest education completed at entry, an ISCED level 0 … 8."),
            .enumeration(
                "migrant_minority", sl: "migrant_manjšina", \.migrantOrMinority,
                "Migrant, foreign background or minority."),
            .enumeration("disability", sl: "invalidnost", \.disability, "Disability."),
            .enumeration(
                "other_disadvantaged", sl: "druga_prikrajšanost", \.otherDisadvantaged, "Other disadvantage."),
            .bool("homeless", sl: "brezdomec", \.homeless, "Homeless or affected by housing exclusion."),
            .bool("rural", sl: "podeželje", \.rural, "Living in a rural area."),
            .references(
                "target_groups", sl: "ciljne_skupine", \.targetGroups,
                "The operation's target groups the person belongs to."),
            .day(
                "consent_date", sl: "datum_soglasja", \.consent.givenOn, storedAs: .partOfAnother,
                "The day consent was given."),
            .day(
                "consent_withdrawn", sl: "preklic_soglasja", \.consent.withdrawnOn, storedAs: .partOfAnother,
                "The day consent was withdrawn."),
            .reference(
                "organisation_id", sl: "organizacija", \.organisation, storedAs: "organisation",
                "The organisation the person belongs to."),
            .day("entry_date", sl: "datum_vstopa", \.entryDate, "The day the person entered the operation."),
            .reference(
                "enrolled_by", sl: "vpisal_partner", \.enrolledBy,
                "The partner who enrolled the person (Partners.md); empty when not recorded."),
        ],
        storedOnly: [
            .consent("consent", \.consent),
            .day("details_erased_on", \.detailsErasedOn),
        ])

    /// The columns of `persons.csv`: the statistical fields with the personal details joined in. The
    /// details that were there from the start follow `id`; those added later follow the statistics.
    package static let exchangeLayout: ExchangeLayout<Person> = {
        typealias Column = ExchangeLayout<Person>.Column
        let statistics: [Column] = schema.fields.map { .field($0) }
        let details: [Column] = PersonalDetails.schema.fields.dropFirst().map { .details($0) }
        var columns: [Column] = [statistics[0]]
        columns += details.prefix(4)
        columns += statistics.dropFirst()
        columns += details.dropFirst(4)
        // Issue 14: the erasure mark travels with the CSV files, so that a round trip through them keeps it
        // (the import sets it, never clears it: see ImportPlanner). It comes last, after the columns that
        // were there before it.
        columns.append(
            .field(
                .day(
                    "details_erased_on", sl: "podatki_izbrisani", \.detailsErasedOn,
                    "The day the person's personal details were erased; empty while they are kept.")))
        return ExchangeLayout(columns)
    }()
}

extension Gender {
    /// The one-letter code of exchange files: `f`, `m`, `x` or `u`.
    var exchangeCode: String {
        switch self {
        case .female: "f"
        case .male: "m"
        case .nonBinary: "x"
        case .undisclosed: "u"
        }
    }
}
