/// The Slovenian header name of every CSV column, beside the schemas that name the columns in English.
///
/// A file's header may name a column in English or in Slovenian, in any case, with or without diacritics,
/// and with a space instead of `_` (``VocabularyKey``): `datum_rojstva`, `Datum rojstva` and
/// `birth_date` are the same column. `Documentation/DataFormats.md` lists these names (a test checks
/// them), and `VocabularyTests` checks that every column of every table has one, distinct within its table.
extension ExchangeTable {
    /// The Slovenian name of a column, by its English name; the same name means the same in every table.
    package static let slovenianColumnNames: [String: String] = [
        "id": "šifra",
        "name": "naziv",
        "legal_form": "pravna_oblika",
        "social_enterprise": "socialno_podjetje",
        "registration_number": "matična_številka",
        "tax_number": "davčna_številka",
        "municipality": "občina",
        "stage": "faza",
        "given_name": "ime",
        "family_name": "priimek",
        "emso": "emšo",
        "email": "e_pošta",
        "phone": "telefon",
        "gender": "spol",
        "birth_date": "datum_rojstva",
        "employment_status": "status_zaposlitve",
        "isced": "raven_izobrazbe",
        "migrant_minority": "migrant_manjšina",
        "disability": "invalidnost",
        "other_disadvantaged": "druga_prikrajšanost",
        "homeless": "brezdomec",
        "rural": "podeželje",
        "target_groups": "ciljne_skupine",
        "consent_date": "datum_soglasja",
        "consent_withdrawn": "preklic_soglasja",
        "organisation_id": "organizacija",
        "entry_date": "datum_vstopa",
        "details_erased_on": "podatki_izbrisani",
        "host_partner": "partner_gostitelj",
        "opened_on": "datum_odprtja",
        "closed_on": "datum_zaprtja",
        "kind": "vrsta",
        "title": "naslov",
        "pillar": "steber",
        "partners": "partnerji",
        "info_point": "info_točka",
        "start_date": "datum_začetka",
        "end_date": "datum_konca",
        "status": "stanje",
        "details": "podrobnosti",
        "activity_id": "aktivnost",
        "person_id": "oseba",
        "role": "vloga",
        "hours": "ure",
        "completed": "zaključeno",
        "evidence": "dokazila",
        "fte": "delež_zaposlitve",
        "supported_on": "datum_podpore",
        "partner_id": "partner",
        "diagnosed_on": "datum_diagnoze",
        "plan_adopted_on": "datum_sprejetja_načrta",
        "approved_on": "datum_potrditve",
        "materials": "gradiva",
        "output": "učinek",
        "achieved_on": "datum_dosežka",
    ]

    /// The Slovenian header names of the table's columns, in ``columns`` order (the English name when
    /// none is declared).
    package var slovenianColumns: [String] { columns.map { Self.slovenianColumnNames[$0] ?? $0 } }
}
