import SocioLabKit

/// Builds the demo dataset of ``SampleData/demo(seed:)``: the SocioLab Podravje operation from April 2018
/// to 31 December 2020, with counts fixed by construction (see ``SampleData/demoOutputs``) and every
/// other detail drawn from one seeded generator, in one fixed order.
struct DemoGenerator {
    private typealias G = SampleGeography

    private var rng: SplitMix64
    private let operation = ESFOperation.socioLabPodravje

    private var organisations: [Organisation] = []
    /// Organisations of the social economy.
    private var socialEconomy: [Organisation] = []
    /// The social-economy organisations trained or mentored (OUT-04).
    private var supported: [Organisation] = []
    /// Other organisations (municipalities, public institutes, companies …).
    private var others: [Organisation] = []

    private var persons: [Person] = []
    private var details: [PersonalDetails] = []
    private var categories: [Category] = []

    private var activities: [Activity] = []
    private var participations: [Participation] = []
    private var taken: Set<String> = []

    private var jobs: [Job] = []
    private var products: [Product] = []
    private var plans: [DevelopmentPlan] = []

    /// The role a sample person plays, which decides what they take part in.
    private enum Category {
        /// Attends one or more held trainings (OUT-05).
        case trainee
        /// A member of a supported organisation mentored with it.
        case mentee
        /// Visits fairs and conferences only.
        case visitor
        /// Registered for trainings but never attended one.
        case dropout
        /// Speaks at conferences.
        case speaker
    }

    static let dataStart = G.day(2018, 4, 1)
    static let dataEnd = G.day(2020, 12, 31)
    static let supportProgrammeApproved = G.day(2019, 2, 15)
    static let supportProgrammeID = "spp-01"

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func generate() -> Dataset {
        makeOrganisations()
        makePersons()
        var timeline = makeTrainings() + makeMentoring() + makeEvents()
        timeline.sort {
            ($0.startDate, $0.kind.rawValue, $0.title) < ($1.startDate, $1.kind.rawValue, $1.title)
        }
        let width = SampleID.width(for: timeline.count + 1, minimum: 3)
        activities = timeline.enumerated().map { index, activity in
            var numbered = activity
            numbered.id = Activity.ID(SampleID.make("a", index + 1, width: width))
            return numbered
        }
        makeParticipations()
        setConsent()
        makeJobs()
        makeProducts()
        makePlans()

        var dataset = Dataset(operation: operation)
        for point in G.infoPoints {
            dataset.upsert(
                .infoPoint(
                    InfoPoint(
                        id: .init(point.id), name: point.name, municipality: G.lookup(point.seat).code,
                        hostPartner: .init(point.host), openedOn: point.opened)))
        }
        for organisation in organisations { dataset.upsert(.organisation(organisation)) }
        for person in persons { dataset.upsert(.person(person)) }
        for detail in details { dataset.upsert(.personalDetails(detail)) }
        for activity in activities { dataset.upsert(.activity(activity)) }
        for participation in participations { dataset.upsert(.participation(participation)) }
        for job in jobs { dataset.upsert(.job(job)) }
        for product in products { dataset.upsert(.product(product)) }
        for plan in plans { dataset.upsert(.developmentPlan(plan)) }
        dataset.upsert(
            .supportProgramme(
                SupportProgramme(
                    id: .init(Self.supportProgrammeID),
                    title:
                        "Program podpore ciljnim skupinam, socialnim podjetjem in zadrugam pri zagonu in rasti",
                    approvedOn: Self.supportProgrammeApproved,
                    materials: [
                        "Priročnik za ustanovitev socialnega podjetja", "Delovni zvezek: poslovni model",
                        "Vodnik po virih financiranja", "Predloge za merjenje družbenega učinka",
                        "Zbirka dobrih praks iz Podravja",
                    ],
                    evidence: [
                        Evidence(
                            documentID: "SPP-2019-01", kind: .report, date: Self.supportProgrammeApproved)
                    ])
            ))
        dataset.upsert(
            .milestone(
                Milestone(
                    id: "ms-01", output: "OUT-01",
                    title: "Vzpostavljen regijski mrežni laboratorij SocioLab Podravje",
                    achievedOn: G.day(2019, 1, 31),
                    evidence: [Evidence(documentID: "MS-OUT01", kind: .report, date: G.day(2019, 1, 31))])))
        return dataset
    }

    // MARK: Organisations

    private mutating func makeOrganisations() {
        var stems = SampleVocabulary.organisationStems
        rng.shuffle(&stems)
        var nextStem = 0
        func stem() -> String {
            defer { nextStem += 1 }
            return stems[nextStem % stems.count]
        }
        // (legal form, social enterprise, how many)
        let socialEconomyPlan: [(LegalForm, Bool, Int)] = [
            (.zavod, true, 10), (.doo, true, 6), (.drustvo, true, 6), (.zadruga, false, 7),
            (.zadruga, true, 3),
            (.initiative, false, 6),
        ]
        let otherPlan: [(LegalForm, Int)] = [
            (.javniZavod, 4), (.doo, 5), (.zavod, 3), (.drustvo, 3), (.sp, 1),
        ]
        let councils = ["Maribor", "Ptuj", "Lenart", "Slovenska Bistrica", "Videm", "Majšperk"]

        var registrations: Set<Int> = []
        var taxes: Set<Int> = []
        var drafts: [Organisation] = []
        func numbers(_ form: LegalForm) -> (RegistrationNumber?, TaxNumber?) {
            guard form != .initiative else { return (nil, nil) }
            var registration: RegistrationNumber?
            while registration == nil {
                let base = rng.uniform(in: 100_000...999_999)
                if registrations.insert(base).inserted { registration = RegistrationNumber.make(base6: base) }
            }
            var tax: TaxNumber?
            while tax == nil {
                let base = rng.uniform(in: 1_000_000...9_999_999)
                if taxes.insert(base).inserted { tax = TaxNumber.make(base7: base) }
            }
            return (registration, tax)
        }
        for (form, socialEnterprise, count) in socialEconomyPlan {
            for _ in 0..<count {
                let name = stem()
                let mark = socialEnterprise ? ", so.p." : ""
                let title: String
                switch form {
                case .zavod: title = "Zavod \(name)\(mark)"
                case .doo: title = "\(name) d.o.o.\(mark)"
                case .drustvo: title = "Društvo \(name)\(mark)"
                case .zadruga: title = "Zadruga \(name), z.o.o.\(mark)"
                default: title = "Iniciativa \(name)"
                }
                let (registration, tax) = numbers(form)
                let stage: OrganisationStage =
                    form == .initiative
                    ? .idea : rng.weighted([(.startup, 4), (.growth, 3), (.mature, 2), (.idea, 1)])
                drafts.append(
                    Organisation(
                        id: "", name: title, legalForm: form, socialEnterprise: socialEnterprise,
                        registrationNumber: registration, taxNumber: tax,
                        municipality: G.municipality(using: &rng).code, stage: stage))
            }
        }
        for council in councils {
            let municipality = G.lookup(council)
            let (registration, tax) = numbers(.obcina)
            drafts.append(
                Organisation(
                    id: "", name: (municipality.isUrban ? "Mestna občina " : "Občina ") + municipality.name,
                    legalForm: .obcina, registrationNumber: registration, taxNumber: tax,
                    municipality: municipality.code))
        }
        for (form, count) in otherPlan {
            for _ in 0..<count {
                let title: String
                switch form {
                case .javniZavod: title = "Javni zavod \(stem())"
                case .doo: title = "\(stem()) d.o.o."
                case .zavod: title = "Zavod \(stem())"
                case .drustvo: title = "Društvo \(stem())"
                default:
                    title =
                        "\(rng.pick(SampleVocabulary.femaleGivenNames)) \(rng.pick(SampleVocabulary.familyNames)) s.p."
                }
                let (registration, tax) = numbers(form)
                drafts.append(
                    Organisation(
                        id: "", name: title, legalForm: form, registrationNumber: registration,
                        taxNumber: tax,
                        municipality: G.municipality(using: &rng).code))
            }
        }
        rng.shuffle(&drafts)
        organisations = drafts.enumerated().map { index, draft in
            var organisation = draft
            organisation.id = .init(SampleID.make("o", index + 1, width: 3))
            return organisation
        }
        socialEconomy = organisations.filter(\.isSocialEconomy)
        others = organisations.filter { !$0.isSocialEconomy }
        supported = Array(socialEconomy.prefix(SampleData.demoSupportedOrganisations))
    }

    // MARK: Persons

    private mutating func makePersons() {
        var plan: [Category] =
            Array(repeating: .trainee, count: SampleData.demoTrainedPersons)
            + Array(repeating: .mentee, count: 25) + Array(repeating: .visitor, count: 35)
            + Array(repeating: .dropout, count: 15) + Array(repeating: .speaker, count: 15)
        rng.shuffle(&plan)
        categories = plan
        var usedEMSO: Set<String> = []
        let middle = G.day(2019, 6, 30)
        let nonSupportedSocialEconomy = socialEconomy.filter { o in !supported.contains { $0.id == o.id } }
        for (index, category) in plan.enumerated() {
            let id = Person.ID(SampleID.make("p", index + 1, width: 3))
            let gender: Gender = rng.weighted([
                (.female, 56), (.male, 41), (.nonBinary, 1), (.undisclosed, 2),
            ])
            let female = gender == .female || (gender != .male && rng.chance(0.5))
            let age = rng.weighted([
                (18...24, 14), (25...34, 24), (35...44, 24), (45...54, 20), (55...64, 14), (65...72, 4),
            ])
            let years = rng.uniform(in: age)
            let birth = middle.adding(months: -12 * years).adding(days: -rng.uniform(365))
            let municipality =
                category == .speaker && index % 7 == 0
                    && !persons.contains { $0.municipality?.rawValue == "061" }
                ? G.lookup("Ljubljana") : G.municipality(using: &rng)
            let employment: EmploymentStatus =
                years < 25
                ? rng.weighted([(.inactiveInEducation, 6), (.unemployed, 3), (.employed, 2), (.inactive, 1)])
                : rng.weighted([
                    (.employed, 35), (.selfEmployed, 10), (.unemployed, 22), (.longTermUnemployed, 13),
                    (.inactive, 8), (.inactiveInEducation, 3),
                ])
            let isced = rng.weighted([(1, 2), (2, 8), (3, 30), (4, 10), (5, 3), (6, 25), (7, 18), (8, 4)])
            let migrant: SensitiveAnswer = rng.weighted([(.no, 91), (.yes, 6), (.refused, 3)])
            let disability: SensitiveAnswer = rng.weighted([(.no, 91), (.yes, 7), (.refused, 2)])
            let otherDisadvantage: SensitiveAnswer = rng.weighted([(.no, 87), (.yes, 10), (.refused, 3)])
            let homeless = rng.chance(0.01)

            var organisation: Organisation?
            switch category {
            case .trainee:
                let roll = rng.uniform(100)
                organisation = roll < 40 ? rng.pick(supported) : roll < 55 ? rng.pick(others) : nil
            case .mentee: organisation = rng.pick(supported)
            case .visitor, .dropout:
                let roll = rng.uniform(100)
                organisation =
                    roll < 30 ? rng.pick(nonSupportedSocialEconomy) : roll < 50 ? rng.pick(others) : nil
            case .speaker: organisation = rng.chance(0.6) ? rng.pick(organisations) : nil
            }

            var groups: [TargetGroup.ID] = []
            if organisation.map(\.isSocialEconomy) ?? (category == .trainee && rng.chance(0.5)) {
                groups.append("social-economy-stakeholders")
            }
            if category == .speaker || (category == .trainee && rng.chance(0.06)) {
                groups.append("support-environment-staff")
            }
            if let organisation, organisation.legalForm == .obcina || organisation.legalForm == .javniZavod {
                groups.append("local-stakeholders")
            } else if category == .visitor && rng.chance(0.4) {
                groups.append("local-stakeholders")
            }
            if employment == .unemployed || employment == .longTermUnemployed { groups.append("unemployed") }
            if employment == .inactiveInEducation { groups.append("students") }
            if years < 30 { groups.append("young") }
            if years >= 55 { groups.append("older") }
            if disability == .yes || otherDisadvantage == .yes || homeless { groups.append("vulnerable") }

            var person = Person(
                id: id, gender: gender, birthDate: birth, employmentStatus: employment, isced: isced,
                migrantOrMinority: migrant, disability: disability, otherDisadvantaged: otherDisadvantage,
                homeless: homeless, rural: !municipality.isUrban, targetGroups: groups,
                municipality: municipality.code, organisation: organisation?.id)

            let given = rng.pick(female ? SampleVocabulary.femaleGivenNames : SampleVocabulary.maleGivenNames)
            let family = rng.pick(SampleVocabulary.familyNames)
            var serial = female ? rng.uniform(in: 500...999) : rng.uniform(in: 0...499)
            var emso: EMSO?
            while emso == nil {
                if let candidate = EMSO.make(birthDate: birth, registerCode: 50, serial: serial),
                    usedEMSO.insert(candidate.digits).inserted
                {
                    emso = candidate
                } else {
                    serial = female ? 500 + (serial - 499) % 500 : (serial + 1) % 500
                }
            }
            let email =
                rng.chance(0.8)
                ? "\(SampleVocabulary.asciiFolded(given)).\(SampleVocabulary.asciiFolded(family))\(index + 1)@example.org"
                : nil
            var detail = PersonalDetails(
                person: id, givenName: given, familyName: family, email: email, emso: emso)

            // A few incomplete records: what a form left blank.
            switch index {
            case 7, 140: person.employmentStatus = nil
            case 18: person.isced = nil
            case 29: person.gender = nil
            case 200, 250:
                person.birthDate = nil
                detail.emso = nil
            default: break
            }
            persons.append(person)
            details.append(detail)
        }
        // One deliberate likely duplicate (warning core.duplicate-person): a dropout re-registered under the
        // name and birth date of a trainee, without an EMŠO.
        if let copy = plan.firstIndex(of: .dropout),
            let original = plan.indices.first(where: { plan[$0] == .trainee && persons[$0].birthDate != nil })
        {
            persons[copy].birthDate = persons[original].birthDate
            details[copy].givenName = details[original].givenName
            details[copy].familyName = details[original].familyName
            details[copy].emso = nil
            details[copy].email = nil
        }
    }

    // MARK: Activities

    /// A weekday in `range` (weekends move back to Friday), avoiding `avoiding`.
    private mutating func weekday(in range: ClosedRange<Day>, avoiding: ClosedRange<Day>? = nil) -> Day {
        while true {
            var day = range.lowerBound.adding(
                days: rng.uniform(range.lowerBound.distance(to: range.upperBound) + 1))
            let weekday = (Int(day.daysSinceEpoch) % 7 + 7 + 3) % 7  // 0 = Monday
            if weekday >= 5 { day = day.adding(days: 4 - weekday) }
            if range.contains(day), !(avoiding?.contains(day) ?? false) { return day }
        }
    }

    private static let lockdown = G.day(2020, 3, 16)...G.day(2020, 5, 31)

    private func infoPoint(for code: Municipality.Code?, on day: Day) -> InfoPoint.ID? {
        guard let code, let municipality = Municipality.find(code: code) else { return nil }
        let index = G.infoPointIndex(for: municipality)
        let point = G.infoPoints[index]
        return point.opened <= day ? .init(point.id) : nil
    }

    private func activity(
        _ kind: ActivityKind, _ title: String, pillar: Int, partners: [String], municipality: Municipality,
        start: Day, end: Day? = nil, status: ActivityStatus = .held, details: [String: JSONValue]
    ) -> Activity {
        Activity(
            id: "", kind: kind, title: title, pillar: pillar, partners: partners.map { .init($0) },
            infoPoint: infoPoint(for: municipality.code, on: start), municipality: municipality.code,
            startDate: start, endDate: end, status: status, details: .object(details))
    }

    private mutating func makeTrainings() -> [Activity] {
        var out: [Activity] = []
        let plan: [(ActivityStatus, Int, ClosedRange<Day>)] = [
            (.held, 78, G.day(2018, 5, 2)...G.day(2020, 12, 18)),
            (.cancelled, 3, Self.lockdown),
            (.planned, 4, G.day(2021, 1, 12)...G.day(2021, 3, 26)),
        ]
        for (status, count, range) in plan {
            for _ in 0..<count {
                let start = weekday(in: range, avoiding: status == .held ? Self.lockdown : nil)
                let module = rng.pick(SampleVocabulary.trainingModules)
                let hours = rng.pick([4, 6, 8, 8, 12, 16])
                let municipality = G.municipality(using: &rng)
                let host = G.infoPoints[G.infoPointIndex(for: municipality)].host
                var partners = [host]
                if rng.chance(0.4) {
                    let second = rng.pick(["zses", "tkalka", "prizma", "caap", "stajerska-gz", "zavod-pip"])
                    if second != host { partners.append(second) }
                }
                var details: [String: JSONValue] = [
                    "module": .string(module), "hours": .number(String(hours)),
                    "trainer": .string(rng.pick(SampleVocabulary.trainers)),
                    "completion_threshold": .number("0.8"),
                    "certificate": .bool(hours >= 8),
                ]
                if start >= Self.supportProgrammeApproved {
                    details["programme"] = .string(Self.supportProgrammeID)
                }
                out.append(
                    activity(
                        "training", "Usposabljanje: \(module)", pillar: rng.chance(0.7) ? 3 : 2,
                        partners: partners,
                        municipality: municipality, start: start,
                        end: hours > 8 ? start.adding(days: 1) : nil,
                        status: status, details: details))
            }
        }
        return out
    }

    private mutating func makeMentoring() -> [Activity] {
        var out: [Activity] = []
        var mentees = supported
        rng.shuffle(&mentees)
        let unsupported = socialEconomy.filter { o in !supported.contains { $0.id == o.id } }
        let plan: [(ActivityStatus, Int, ClosedRange<Day>)] = [
            (.held, 52, G.day(2018, 9, 3)...G.day(2020, 12, 22)),
            (.cancelled, 2, Self.lockdown),
            (.planned, 1, G.day(2021, 2, 1)...G.day(2021, 2, 26)),
        ]
        var held = 0
        for (status, count, range) in plan {
            for _ in 0..<count {
                let mentee: Organisation
                if status == .held {
                    mentee = mentees[held % mentees.count]
                    held += 1
                } else {
                    mentee = rng.pick(unsupported)
                }
                let topic = rng.pick(SampleVocabulary.mentoringTopics)
                let municipality =
                    mentee.municipality.flatMap { Municipality.find(code: $0) } ?? G.lookup("Maribor")
                var details: [String: JSONValue] = [
                    "mentee_organisation": .string(mentee.id.rawValue),
                    "mentor": .string(rng.pick(SampleVocabulary.trainers)),
                    "hours": .number(String(rng.uniform(in: 2...6))), "topic": .string(topic),
                ]
                if let stage = mentee.stage { details["stage"] = .string(stage.rawValue) }
                out.append(
                    activity(
                        "mentoring", "Mentorstvo: \(topic)", pillar: 3,
                        partners: [rng.pick(["tkalka", "citilab", "zses", "caap", "prizma", "zavod-pip"])],
                        municipality: municipality, start: weekday(in: range), status: status,
                        details: details))
            }
        }
        return out
    }

    private func organisationList(_ organisations: [Organisation]) -> JSONValue {
        .array(organisations.map { .string($0.id.rawValue) })
    }

    private mutating func makeEvents() -> [Activity] {
        var out: [Activity] = []
        let fairs: [(String, String, Day, ActivityStatus, Int, Int, Int, [String])] = [
            (
                "Sejem socialne ekonomije Podravja 2018", "Ptuj", G.day(2018, 10, 12), .held, 3, 10, 420,
                ["bistra-ptuj", "prizma"]
            ),
            (
                "Tržnica socialnih podjemov Lenart", "Lenart", G.day(2019, 5, 17), .held, 0, 6, 180,
                ["ra-slovenske-gorice"]
            ),
            (
                "Sejem socialne ekonomije Podravja 2019", "Maribor", G.day(2019, 10, 4), .held, 4, 14, 650,
                ["citilab", "prizma"]
            ),
            (
                "Sejem socialne ekonomije Podravja 2020", "Slovenska Bistrica", G.day(2020, 4, 17),
                .cancelled, 3, 8, 0, ["ric-slovenska-bistrica"]
            ),
        ]
        for (title, place, start, status, hostCount, exhibitorCount, visitors, partners) in fairs {
            let exhibitors = rng.sample(exhibitorCount, from: socialEconomy)
            let hosts = Array(exhibitors.prefix(hostCount))
            var details: [String: JSONValue] = [
                "open_day_hosts": organisationList(hosts), "exhibitors": organisationList(exhibitors),
            ]
            if status == .held { details["visitors"] = .number(String(visitors)) }
            out.append(
                activity(
                    "fair", title, pillar: 1, partners: partners, municipality: G.lookup(place), start: start,
                    end: hostCount > 0 ? start.adding(days: 7) : nil, status: status, details: details))
        }
        out.append(
            activity(
                "conference", "Regionalni posvet o socialnem podjetništvu", pillar: 1,
                partners: ["bistra-ptuj", "zses"],
                municipality: G.lookup("Ptuj"), start: G.day(2018, 11, 29),
                details: [
                    "international": .bool(false), "countries": .array([.string("SI")]),
                    "sessions": .number("3"),
                    "speakers": .number("6"), "headcount": .number("70"),
                ]))
        out.append(
            activity(
                "conference", "Mednarodna konferenca o socialni ekonomiji in družbenih inovacijah", pillar: 1,
                partners: ["prizma", "citilab", "stajerska-gz"], municipality: G.lookup("Maribor"),
                start: G.day(2019, 11, 21), end: G.day(2019, 11, 22),
                details: [
                    "international": .bool(true),
                    "countries": .array(["SI", "AT", "HR"].map { .string($0) }),
                    "sessions": .number("6"), "speakers": .number("14"), "headcount": .number("160"),
                ]))
        let competitions: [(String, String, Int, Day, Day, ActivityStatus, Int, Int, [Organisation])] = [
            (
                "Natečaj za najbolj družbeno inovativen podjem 2019", "social_innovation", 2019,
                G.day(2019, 6, 3),
                G.day(2019, 9, 27), .held, 8, 3, socialEconomy
            ),
            (
                "Natečaj za najbolj družbeno inovativen podjem 2020", "social_innovation", 2020,
                G.day(2020, 6, 1),
                G.day(2020, 10, 23), .held, 10, 3, socialEconomy
            ),
            (
                "Natečaj za naj etičnega investitorja 2020", "ethical_investor", 2020, G.day(2020, 9, 1),
                G.day(2020, 11, 27), .held, 5, 1, others.filter { $0.legalForm != .javniZavod }
            ),
            (
                "Natečaj za najbolj družbeno inovativen podjem 2021", "social_innovation", 2021,
                G.day(2021, 3, 1),
                G.day(2021, 6, 30), .planned, 0, 0, socialEconomy
            ),
        ]
        for (title, category, edition, start, end, status, entryCount, winnerCount, pool) in competitions {
            let entries = rng.sample(entryCount, from: pool)
            let winners = rng.sample(winnerCount, from: entries)
            out.append(
                activity(
                    "competition", title, pillar: 2, partners: ["tkalka", "zses"],
                    municipality: G.lookup("Maribor"),
                    start: start, end: end, status: status,
                    details: [
                        "category": .string(category), "edition": .number(String(edition)),
                        "entries": organisationList(entries),
                        "jury": .array(rng.sample(3, from: SampleVocabulary.trainers).map { .string($0) }),
                        "winners": organisationList(winners),
                    ]))
        }
        out.append(
            activity(
                "campaign", "Promocijska kampanja »Socialna ekonomija – ekonomija prihodnosti«", pillar: 1,
                partners: ["caap", "prizma"], municipality: G.lookup("Maribor"), start: G.day(2019, 3, 1),
                end: Self.dataEnd,
                details: [
                    "channels": .array(
                        ["radio", "tisk", "facebook", "instagram", "spletna stran"].map { .string($0) }),
                    "reach": .number("185000"),
                ]))
        return out
    }

    // MARK: Participations

    private mutating func participate(
        _ activity: Activity, person: Person.ID? = nil, organisation: Organisation.ID? = nil,
        role: ParticipationRole = .participant, status: ParticipationStatus = .attended, hours: Int? = nil,
        completed: Bool? = nil
    ) {
        let key = "\(activity.id.rawValue)|\(person?.rawValue ?? "")|\(organisation?.rawValue ?? "")"
        guard taken.insert(key).inserted else { return }
        let id = Participation.ID(SampleID.make("pa", participations.count + 1, width: 4))
        let evidence =
            status == .attended && activity.kind == "training"
            ? [
                Evidence(
                    documentID: "LP-\(activity.id.rawValue)", kind: .attendanceSheet, date: activity.startDate
                )
            ]
            : []
        participations.append(
            Participation(
                id: id, activity: activity.id, person: person, organisation: organisation, role: role,
                status: status, hours: hours.map { Quantity(integerLiteral: Int64($0)) },
                completed: completed,
                evidence: evidence))
    }

    private func has(_ activity: Activity, _ person: Person.ID) -> Bool {
        taken.contains("\(activity.id.rawValue)|\(person.rawValue)|")
    }

    private mutating func attendTraining(_ training: Activity, _ person: Person.ID) {
        let planned = training.details["hours"]?.intValue ?? 8
        let full = rng.chance(0.85)
        let hours = full ? planned : max(1, planned / 2)
        participate(training, person: person, hours: hours, completed: Double(hours) >= 0.8 * Double(planned))
    }

    private mutating func makeParticipations() {
        let trainings = activities.filter { $0.kind == "training" && $0.status == .held }
        let cancelledTrainings = activities.filter { $0.kind == "training" && $0.status == .cancelled }
        let plannedTrainings = activities.filter { $0.kind == "training" && $0.status == .planned }
        let mentoring = activities.filter { $0.kind == "mentoring" }
        let fairs = activities.filter { $0.kind == "fair" }
        let conferences = activities.filter { $0.kind == "conference" }
        let heldEvents = (fairs + conferences).filter { $0.status == .held }

        for (index, category) in categories.enumerated() {
            let person = persons[index].id
            switch category {
            case .trainee:
                let count = rng.weighted([(1, 30), (2, 25), (3, 20), (4, 15), (5, 10)])
                for training in rng.sample(count, from: trainings) { attendTraining(training, person) }
                if rng.chance(0.12) {
                    let training = rng.pick(trainings)
                    if !has(training, person) { participate(training, person: person, status: .noShow) }
                }
                if rng.chance(0.08) {
                    participate(rng.pick(plannedTrainings), person: person, status: .registered)
                }
                if rng.chance(0.15) { participate(rng.pick(heldEvents), person: person) }
            case .dropout:
                let status: ParticipationStatus = rng.weighted([
                    (.noShow, 2), (.registered, 1), (.cancelled, 1),
                ])
                participate(rng.pick(trainings), person: person, status: status)
                if rng.chance(0.4) {
                    participate(rng.pick(cancelledTrainings), person: person, status: .cancelled)
                }
                if rng.chance(0.3) {
                    participate(rng.pick(plannedTrainings), person: person, status: .registered)
                }
            case .visitor:
                for event in rng.sample(rng.uniform(in: 1...2), from: heldEvents) {
                    participate(event, person: person)
                }
            case .mentee, .speaker:
                break
            }
        }
        // Every held training has at least four trainees attending.
        let trainees = categories.indices.filter { categories[$0] == .trainee }.map { persons[$0].id }
        for training in trainings {
            var attending = participations.filter { $0.activity == training.id && $0.status == .attended }
                .count
            while attending < 4 {
                let person = rng.pick(trainees)
                if !has(training, person) {
                    attendTraining(training, person)
                    attending += 1
                }
            }
        }
        // Supported organisations that sent a delegation as an organisation.
        for organisation in rng.sample(12, from: supported) {
            participate(rng.pick(trainings), organisation: organisation.id)
        }
        // Mentoring: the mentee organisation, and the members who came.
        for session in mentoring {
            guard let menteeID = session.details["mentee_organisation"]?.stringValue else { continue }
            let hours = session.details["hours"]?.intValue
            let status: ParticipationStatus =
                session.status == .held ? .attended : session.status == .cancelled ? .cancelled : .registered
            participate(
                session, organisation: .init(menteeID), role: .mentee, status: status,
                hours: status == .attended ? hours : nil)
            guard session.status == .held else { continue }
            let members = persons.indices.filter {
                persons[$0].organisation?.rawValue == menteeID && categories[$0] != .dropout
            }
            for member in rng.sample(min(members.count, 2), from: members) {
                participate(session, person: persons[member].id, role: .mentee, hours: hours)
            }
        }
        for index in categories.indices where categories[index] == .mentee {
            let person = persons[index]
            let own = mentoring.filter {
                $0.status == .held
                    && $0.details["mentee_organisation"]?.stringValue == person.organisation?.rawValue
            }
            if !own.contains(where: { has($0, person.id) }), let session = own.first {
                participate(
                    session, person: person.id, role: .mentee, hours: session.details["hours"]?.intValue)
            }
        }
        // Fairs: open-day hosts and exhibitors.
        for fair in fairs {
            let status: ParticipationStatus = fair.status == .held ? .attended : .cancelled
            let hosts = Set(fair.details["open_day_hosts"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            for exhibitor in fair.details["exhibitors"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                participate(
                    fair, organisation: .init(exhibitor),
                    role: hosts.contains(exhibitor) ? .host : .exhibitor,
                    status: status)
            }
        }
        // Conferences: speakers.
        let speakers = categories.indices.filter { categories[$0] == .speaker }.map { persons[$0].id }
        if let national = conferences.first(where: { $0.details["international"]?.boolValue == false }),
            let international = conferences.first(where: { $0.details["international"]?.boolValue == true })
        {
            for (offset, speaker) in speakers.enumerated() {
                participate(offset < 10 ? international : national, person: speaker, role: .speaker)
            }
        }
        // Competitions: the entries.
        for competition in activities where competition.kind == "competition" && competition.status == .held {
            for entry in competition.details["entries"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                participate(competition, organisation: .init(entry))
            }
        }
    }

    /// Consent on or before each person's first participation; one person withdraws it later.
    private mutating func setConsent() {
        var first: [Person.ID: Day] = [:]
        var lastAttended: [Person.ID: Day] = [:]
        let starts = Dictionary(uniqueKeysWithValues: activities.map { ($0.id, $0.startDate) })
        for participation in participations {
            guard let person = participation.person, let start = starts[participation.activity] else {
                continue
            }
            first[person] = min(first[person] ?? start, start)
            if participation.status == .attended {
                lastAttended[person] = max(lastAttended[person] ?? start, start)
            }
        }
        for index in persons.indices {
            let start = first[persons[index].id] ?? Self.dataStart.adding(days: 60)
            let given = max(Self.dataStart, start.adding(days: -rng.uniform(in: 0...14)))
            persons[index].consent = Consent(givenOn: min(given, start))
        }
        let candidates = persons.indices.filter {
            categories[$0] == .trainee && (lastAttended[persons[$0].id] ?? Self.dataEnd) < G.day(2019, 6, 1)
        }
        if let index = candidates.first, let last = lastAttended[persons[index].id] {
            persons[index].consent.withdrawnOn = last.adding(days: 200)
        }
    }

    // MARK: Jobs, products, plans

    private mutating func makeJobs() {
        var kinds =
            Array(repeating: JobKind.created, count: 15)
            + Array(repeating: JobKind.retained, count: SampleData.demoJobs - 15)
        rng.shuffle(&kinds)
        var linked: Set<Person.ID> = []
        for (index, kind) in kinds.enumerated() {
            let organisation = rng.chance(0.75) ? rng.pick(supported) : rng.pick(socialEconomy)
            let members = persons.filter { $0.organisation == organisation.id && !linked.contains($0.id) }
            let person = rng.chance(0.5) ? members.first : nil
            if let person { linked.insert(person.id) }
            let start = weekday(in: G.day(2018, 10, 1)...G.day(2020, 12, 15))
            jobs.append(
                Job(
                    id: .init(SampleID.make("j", index + 1, width: 2)), organisation: organisation.id,
                    person: person?.id, kind: kind, startDate: start,
                    fte: Quantity(hundredths: Int64(rng.pick([100, 100, 100, 100, 50, 75, 80, 60]))),
                    evidence: [Evidence(documentID: "PZ-\(index + 1)", kind: .contract, date: start)]))
        }
    }

    private mutating func makeProducts() {
        let catalogue = rng.sample(SampleData.demoProducts, from: SampleVocabulary.products)
        for (index, (name, kind)) in catalogue.enumerated() {
            let organisation = index < 14 ? rng.pick(supported) : rng.pick(socialEconomy)
            products.append(
                Product(
                    id: .init(SampleID.make("pr", index + 1, width: 2)), organisation: organisation.id,
                    name: name,
                    kind: kind, stage: rng.pick(["idea", "prototype", "pilot", "market"]),
                    supportedOn: weekday(in: G.day(2018, 11, 1)...G.day(2020, 12, 15))))
        }
    }

    private mutating func makePlans() {
        let unsupported = socialEconomy.filter { o in !supported.contains { $0.id == o.id } }
        let planned =
            rng.sample(16, from: supported) + rng.sample(SampleData.demoPlans - 16, from: unsupported)
        for (index, organisation) in planned.enumerated() {
            let diagnosed = weekday(in: G.day(2018, 10, 1)...G.day(2020, 10, 30))
            let adopted = min(diagnosed.adding(days: rng.uniform(in: 21...75)), Self.dataEnd)
            plans.append(
                DevelopmentPlan(
                    id: .init(SampleID.make("dp", index + 1, width: 2)), organisation: organisation.id,
                    partner: .init(
                        rng.pick([
                            "tkalka", "citilab", "zses", "caap", "prizma", "bistra-ptuj", "prj-halo",
                            "ra-slovenske-gorice", "ric-slovenska-bistrica",
                        ])), diagnosedOn: diagnosed, planAdoptedOn: adopted))
        }
    }
}
