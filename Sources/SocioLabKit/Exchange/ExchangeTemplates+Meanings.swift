/// What each file and each column of the exchange means, in Slovenian and English, for the codebook that
/// ``CSVExport/templates(language:plugins:operation:)`` writes. `ExchangeTemplatesTests` checks that every
/// column of every table has a meaning here.
extension ExchangeTemplates {
    /// What a table's file holds, one sentence.
    package static func purpose(of table: ExchangeTable) -> LocalizedText {
        switch table {
        case .organisations:
            LocalizedText(
                sl: "Organizacije socialne ekonomije in druge organizacije, ki sodelujejo v operaciji.",
                en: "Social-economy and other organisations that take part in the operation.")
        case .persons:
            LocalizedText(
                sl: "Osebe, vključene v operacijo: statistični podatki ob vstopu in, ločeno, osebni podatki.",
                en:
                    "Persons included in the operation: statistics at entry and, kept apart, personal details."
            )
        case .infoPoints:
            LocalizedText(sl: "Informacijske točke na območjih.", en: "The area information points.")
        case .activities:
            LocalizedText(
                sl: "Aktivnosti: usposabljanja, mentorstva, sejmi, konference, natečaji, kampanje.",
                en: "Activities: trainings, mentoring, fairs, conferences, competitions, campaigns.")
        case .participations:
            LocalizedText(
                sl: "Udeležba oseb ali organizacij na aktivnostih (ena vrstica za vsako udeležbo).",
                en:
                    "Who took part in which activity, a person or an organisation (one row per participation)."
            )
        case .jobs:
            LocalizedText(
                sl: "Ustvarjena ali ohranjena delovna mesta v podprtih organizacijah.",
                en: "Jobs created or retained in supported organisations.")
        case .products:
            LocalizedText(
                sl: "Podprti družbeno inovativni izdelki in storitve.",
                en: "Socially innovative products and services supported.")
        case .developmentPlans:
            LocalizedText(
                sl: "Diagnostike in razvojni načrti organizacij.",
                en: "Diagnoses and development plans of organisations.")
        case .supportProgrammes:
            LocalizedText(
                sl: "Podporni programi z gradivi.", en: "Support programmes with their materials.")
        case .milestones:
            LocalizedText(
                sl: "Mejniki operacije (na primer vzpostavljen mrežni laboratorij).",
                en: "The operation's milestones (such as the network lab established).")
        case .budgetLines:
            LocalizedText(
                sl: "Proračun operacije: načrtovani znesek partnerja po kategoriji stroškov in letu.",
                en: "The operation's budget: each partner's planned amount by cost category and year.")
        case .costItems:
            LocalizedText(
                sl:
                    "Nastali in plačani stroški partnerjev z oznako dokazila (račun, plačilna lista, časovnica).",
                en: "Costs the partners incurred and paid, with the reference of their document.")
        case .paymentClaims:
            LocalizedText(
                sl: "Zahtevki za izplačilo z obdobjem in stanjem (osnutek, oddan, odobren, plačan).",
                en: "Payment claims with their period and status (draft, submitted, approved, paid).")
        case .paymentClaimItems:
            LocalizedText(
                sl: "Stroški, vključeni v posamezni zahtevek za izplačilo (ena vrstica za vsak strošek).",
                en: "The cost items each payment claim declares (one row per cost item).")
        }
    }

    /// What a column means, by table and English column name; `nil` for a column without one (a test
    /// keeps that from happening).
    package static func meaning(of column: String, in table: ExchangeTable) -> LocalizedText? {
        if let shared = sharedMeanings[column] { return shared }
        guard
            let pair = meanings[table.rawValue + "." + column]
                ?? financeMeanings[table.rawValue + "." + column]
        else { return nil }
        return LocalizedText(sl: pair.0, en: pair.1)
    }

    /// Columns that mean the same in every table.
    private static let sharedMeanings: [String: LocalizedText] = [
        "id": LocalizedText(
            sl: "Šifra vrstice, ki jo določite sami; v datoteki je vsaka šifra samo enkrat (npr. p-0001).",
            en: "The row's code, which you choose; each code appears once in the file (such as p-0001)."),
        "evidence": LocalizedText(
            sl: "Dokazila (seznam dokumentov v zapisu JSON); običajno ostane prazno.",
            en: "The documents that prove it (a JSON list); usually left empty."),
        "municipality": LocalizedText(
            sl: "Občina: šifra ali ime (glejte seznam občin na koncu).",
            en: "The municipality: its code or its name (see the list of municipalities at the end)."),
        "organisation_id": LocalizedText(
            sl: "Šifra organizacije iz organisations.csv.",
            en: "The organisation's id from organisations.csv."),
        "person_id": LocalizedText(
            sl: "Šifra osebe iz persons.csv.", en: "The person's id from persons.csv."),
    ]

    /// The meaning of each other column, as (Slovenian, English), by `table.column`.
    private static let meanings: [String: (String, String)] = [
        "organisations.name": ("Naziv organizacije.", "The organisation's name."),
        "organisations.legal_form": ("Pravnoorganizacijska oblika.", "Its legal form."),
        "organisations.social_enterprise": (
            "Ali ima status socialnega podjetja.", "Whether it holds the status of a social enterprise."
        ),
        "organisations.registration_number": (
            "Matična številka (7 ali 10 števk).",
            "Its registration number (matična številka, 7 or 10 digits)."
        ),
        "organisations.tax_number": (
            "Davčna številka (8 števk).", "Its tax number (davčna številka, 8 digits)."
        ),
        "organisations.stage": ("Razvojna faza organizacije.", "Its stage of development."),
        "persons.given_name": ("Ime (osebni podatek).", "Given name (personal data)."),
        "persons.family_name": ("Priimek (osebni podatek).", "Family name (personal data)."),
        "persons.emso": ("EMŠO, 13 števk (osebni podatek).", "The person's EMŠO, 13 digits (personal data)."),
        "persons.email": ("E-poštni naslov (osebni podatek).", "E-mail address (personal data)."),
        "persons.phone": ("Telefonska številka (osebni podatek).", "Telephone number (personal data)."),
        "persons.gender": ("Spol ob vstopu.", "Gender at entry."),
        "persons.birth_date": ("Datum rojstva.", "Date of birth."),
        "persons.employment_status": ("Status na trgu dela ob vstopu.", "Labour-market status at entry."),
        "persons.isced": (
            "Najvišja dosežena izobrazba ob vstopu, raven ISCED od 0 do 8.",
            "Highest education completed at entry, an ISCED level from 0 to 8."
        ),
        "persons.migrant_minority": (
            "Migrant, oseba s tujim poreklom ali pripadnik manjšine.",
            "Migrant, foreign background or minority."
        ),
        "persons.disability": ("Invalidnost.", "Disability."),
        "persons.other_disadvantaged": ("Druga prikrajšanost.", "Other disadvantage."),
        "persons.homeless": (
            "Brezdomstvo ali izključenost s trga stanovanj.", "Homeless or affected by housing exclusion."
        ),
        "persons.rural": ("Živi na podeželju.", "Lives in a rural area."),
        "persons.target_groups": (
            "Ciljne skupine operacije, ločene s podpičjem (;).",
            "The operation's target groups, separated by ;."
        ),
        "persons.consent_date": ("Datum privolitve v obdelavo podatkov.", "The day consent was given."),
        "persons.consent_withdrawn": ("Datum preklica privolitve.", "The day consent was withdrawn."),
        "persons.organisation_id": (
            "Organizacija, v kateri oseba dela ali jo zastopa (šifra iz organisations.csv).",
            "The organisation the person works for or represents (its id from organisations.csv)."
        ),
        "persons.entry_date": ("Datum vstopa v operacijo.", "The day the person entered the operation."),
        "persons.details_erased_on": (
            "Datum izbrisa osebnih podatkov; pustite prazno.",
            "The day personal details were erased; leave empty."
        ),
        "info_points.name": ("Naziv informacijske točke.", "The information point's name."),
        "info_points.host_partner": ("Partner, ki gosti točko.", "The partner that hosts it."),
        "info_points.opened_on": ("Datum odprtja.", "The day it opened."),
        "info_points.closed_on": ("Datum zaprtja.", "The day it closed."),
        "activities.kind": ("Vrsta aktivnosti.", "The kind of activity."),
        "activities.title": ("Naslov aktivnosti.", "Its title."),
        "activities.pillar": (
            "Steber ključnih aktivnosti: 1, 2 ali 3.", "The operation's pillar: 1, 2 or 3."
        ),
        "activities.partners": (
            "Odgovorni partnerji, ločeni s podpičjem (;).", "The partners responsible for it, separated by ;."
        ),
        "activities.info_point": (
            "Informacijska točka, kjer poteka (šifra iz info_points.csv).",
            "The information point it is held at (its id from info_points.csv)."
        ),
        "activities.start_date": ("Prvi dan aktivnosti.", "Its first day."),
        "activities.end_date": (
            "Zadnji dan, če traja več dni.", "Its last day, when it lasts more than one."
        ),
        "activities.status": ("Stanje aktivnosti.", "Its status."),
        "activities.details": (
            "Podrobnosti vrste aktivnosti v zapisu JSON, npr. {\"hours\":8}; lahko ostane prazno.",
            "The details of the kind, as JSON, such as {\"hours\":8}; may be empty."
        ),
        "participations.activity_id": (
            "Aktivnost (šifra iz activities.csv).", "The activity (its id from activities.csv)."
        ),
        "participations.person_id": (
            "Oseba, ki se je udeležila (šifra iz persons.csv), ali prazno, če gre za organizacijo.",
            "The person taking part (their id from persons.csv), or empty for an organisation."
        ),
        "participations.organisation_id": (
            "Organizacija, ki se je udeležila (šifra iz organisations.csv), ali prazno.",
            "The organisation taking part (its id from organisations.csv), or empty."
        ),
        "participations.role": ("Vloga; prazno pomeni udeleženec.", "The role; empty means participant."),
        "participations.status": ("Stanje udeležbe.", "The participation's status."),
        "participations.hours": ("Število ur udeležbe.", "The hours attended."),
        "participations.completed": ("Ali je program zaključil.", "Whether the programme was completed."),
        "jobs.organisation_id": ("Organizacija z delovnim mestom.", "The organisation with the job."),
        "jobs.person_id": ("Zaposlena oseba, če je znana.", "The person employed, if known."),
        "jobs.kind": ("Ustvarjeno ali ohranjeno delovno mesto.", "Created or retained."),
        "jobs.start_date": (
            "Datum, ko je bilo delovno mesto ustvarjeno ali ohranjeno.", "The day it was created or retained."
        ),
        "jobs.fte": (
            "Delež polnega delovnega časa, večji od 0 in največ 1 (npr. 0,5).",
            "Full-time equivalent, above 0 and at most 1 (such as 0.5)."
        ),
        "products.organisation_id": ("Organizacija, ki razvija izdelek.", "The organisation developing it."),
        "products.name": ("Ime izdelka ali storitve.", "The product's or service's name."),
        "products.kind": ("Izdelek ali storitev.", "Product or service."),
        "products.stage": ("Faza razvoja, prosto besedilo.", "Its stage, in free text."),
        "products.supported_on": ("Datum podpore.", "The day it was supported."),
        "development_plans.organisation_id": (
            "Organizacija, ki ji je načrt namenjen.", "The organisation it is for."
        ),
        "development_plans.partner_id": ("Partner, ki je pripravil načrt.", "The partner that prepared it."),
        "development_plans.diagnosed_on": ("Datum diagnoze.", "The day of the diagnosis."),
        "development_plans.plan_adopted_on": ("Datum sprejetja načrta.", "The day the plan was adopted."),
        "support_programmes.title": ("Naslov programa.", "Its title."),
        "support_programmes.approved_on": ("Datum potrditve.", "The day it was approved."),
        "support_programmes.materials": (
            "Gradiva (naslovi ali šifre dokumentov), ločena s podpičjem (;).",
            "Its materials (titles or document ids), separated by ;."
        ),
        "milestones.output": ("Učinek operacije, h kateremu spada.", "The operation's output it belongs to."),
        "milestones.title": ("Naslov mejnika.", "Its title."),
        "milestones.achieved_on": ("Datum, ko je bil dosežen.", "The day it was achieved."),
    ]
}
