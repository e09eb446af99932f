extension Person {
    /// The stored fields of a person's statistical record (`persons.csv`, with ``PersonalDetails``).
    package static let schema = EntitySchema<Person>(
        [
            .id(\.id, "The person's identifier."),
            .enumeration("gender", \.gender, "Gender at entry.", spell: \.exchangeCode),
            .day("birth_date", \.birthDate, "Date of birth."),
            .municipality("municipality", \.municipality, "Municipality of residence."),
            .enumeration("employment_status", \.employmentStatus, "Labour-market status at entry."),
            .integer(
                "isced", \.isced, in: 0...8, "Highest education completed at entry, an ISCED level 0 … 8."),
            .enumeration("migrant_minority", \.migrantOrMinority, "Migrant, foreign background or minority."),
            .enumeration("disability", \.disability, "Disability."),
            .enumeration("other_disadvantaged", \.otherDisadvantaged, "Other disadvantage."),
            .bool("homeless", \.homeless, "Homeless or affected by housing exclusion."),
            .bool("rural", \.rural, "Living in a rural area."),
            .references(
                "target_groups", \.targetGroups, "The operation's target groups the person belongs to."),
            .day("consent_date", \.consent.givenOn, storedAs: .partOfAnother, "The day consent was given."),
            .day(
                "consent_withdrawn", \.consent.withdrawnOn, storedAs: .partOfAnother,
                "The day consent was withdrawn."),
            .reference(
                "organisation_id", \.organisation, storedAs: "organisation",
                "The organisation the person belongs to."),
            .day("entry_date", \.entryDate, "The day the person entered the operation."),
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
                    "details_erased_on", \.detailsErasedOn,
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
