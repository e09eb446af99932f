import SocioLabKit

/// Builds the demo dataset of ``SampleData/demo(seed:)``: the SocioLab Podravje operation from April 2018
/// to 31 December 2020, with counts fixed by construction (see ``SampleData/demoOutputs``) and every
/// other detail drawn from one seeded generator, in one fixed order.
struct DemoGenerator {
    typealias G = SampleGeography

    var rng: SplitMix64
    private let operation = ESFOperation.socioLabPodravje

    var organisations: [Organisation] = []
    /// Organisations of the social economy.
    var socialEconomy: [Organisation] = []
    /// The social-economy organisations trained or mentored (OUT-04).
    var supported: [Organisation] = []
    /// Other organisations (municipalities, public institutes, companies …).
    var others: [Organisation] = []
    /// The social-economy organisations neither trained nor mentored.
    var unsupportedSocialEconomy: [Organisation] {
        socialEconomy.filter { o in !supported.contains { $0.id == o.id } }
    }

    var persons: [Person] = []
    var details: [PersonalDetails] = []
    var categories: [Category] = []

    var activities: [Activity] = []
    var participations: [Participation] = []
    var taken: Set<String> = []

    var jobs: [Job] = []
    var products: [Product] = []
    var plans: [DevelopmentPlan] = []

    /// The role a sample person plays, which decides what they take part in.
    enum Category {
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
        for record in makeFinance() { dataset.upsert(record) }
        return dataset
    }
}
