import Testing

@testable import SocioLabKit

/// A plugin for tests: qualifies every held activity of its kind as `qualification`, or only those whose
/// title contains `titleMarker` when one is given.
struct IndicatorTestPlugin: ActivityPlugin {
    let kind: ActivityKind
    let qualification: Qualification
    var titleMarker: String? = nil
    var displayName: LocalizedText { LocalizedText(sl: kind.rawValue, en: kind.rawValue) }
    func qualifications(of activity: Activity) -> Set<Qualification> {
        if let titleMarker, !activity.title.contains(titleMarker) { return [] }
        return [qualification]
    }
}

/// A competition plugin for tests: the title says the category.
struct CompetitionTestPlugin: ActivityPlugin {
    var kind: ActivityKind { "competition" }
    var displayName: LocalizedText { LocalizedText(sl: "natečaj", en: "competition") }
    func qualifications(of activity: Activity) -> Set<Qualification> {
        activity.title.hasPrefix("SI") ? [.socialInnovationAward] : [.ethicalInvestorAward]
    }
}

enum Fixture {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    static let plugins = PluginRegistry([
        IndicatorTestPlugin(kind: "training", qualification: .training),
        IndicatorTestPlugin(kind: "mentoring", qualification: .mentoring),
        IndicatorTestPlugin(kind: "fair", qualification: .fairWithOpenDays, titleMarker: "open"),
        IndicatorTestPlugin(kind: "conference", qualification: .internationalConference),
        IndicatorTestPlugin(kind: "campaign", qualification: .campaign),
        CompetitionTestPlugin(),
    ])

    static func activity(
        _ id: String, _ kind: ActivityKind, _ start: String, partners: [Partner.ID] = ["prizma"],
        status: ActivityStatus = .held, title: String? = nil, pillar: Int? = 1
    ) -> EntityRecord {
        .activity(
            Activity(
                id: .init(id), kind: kind, title: title ?? id, pillar: pillar, partners: partners,
                startDate: day(start),
                status: status))
    }

    static func attend(
        _ id: String, _ activity: String, person: String? = nil, organisation: String? = nil,
        role: ParticipationRole = .participant, status: ParticipationStatus = .attended
    ) -> EntityRecord {
        .participation(
            Participation(
                id: .init(id), activity: .init(activity), person: person.map { .init($0) },
                organisation: organisation.map { .init($0) }, role: role, status: status))
    }

    static let asOf = day("2019-12-31")

    /// The outputs scenario, hand-computed in IndicatorTests.
    static var outputs: Dataset {
        var records: [EntityRecord] = [
            .organisation(Organisation(id: "o1", name: "Zadruga Ena", legalForm: .zadruga)),
            .organisation(Organisation(id: "o2", name: "Podjetje d.o.o.", legalForm: .doo)),
            .organisation(
                Organisation(id: "o3", name: "Zavod SP", legalForm: .zavod, socialEnterprise: true)),
            .organisation(Organisation(id: "o4", name: "Iniciativa", legalForm: .initiative)),
            .organisation(Organisation(id: "o5", name: "Zadruga Pet", legalForm: .zadruga)),
            .person(Person(id: "p1", gender: .female, organisation: "o1")),
            .person(Person(id: "p2", gender: .male)),
            .person(Person(id: "p3")), .person(Person(id: "p4")), .person(Person(id: "p5")),
            .person(Person(id: "p6")), .person(Person(id: "p7", gender: .female)), .person(Person(id: "p8")),
            .personalDetails(PersonalDetails(person: "p1", givenName: "Ana", familyName: "Secret")),
            activity("t1", "training", "2018-05-10", partners: ["prizma"]),
            activity("t2", "training", "2018-08-01", partners: ["citilab"], pillar: 2),
            activity("t3", "training", "2019-02-01", partners: ["prizma"]),
            activity("t4", "training", "2019-03-01", status: .planned),
            activity("t5", "training", "2019-04-01", status: .cancelled),
            activity("t6", "training", "2018-06-30", partners: ["tkalka"]),
            activity("t7", "training", "2020-06-01"),
            activity("m1", "mentoring", "2018-09-01"),
            activity("m2", "mentoring", "2019-01-15"),
            activity("m3", "mentoring", "2019-01-20", status: .cancelled),
            activity("c1", "competition", "2019-05-01", title: "SI award 2019"),
            activity("c2", "competition", "2019-06-01", title: "EI award 2019"),
            activity("c3", "competition", "2019-07-01", status: .planned, title: "SI award 2019b"),
            activity("k1", "campaign", "2018-10-01"),
            activity("f1", "fair", "2019-09-01", title: "fair with open days"),
            activity("f2", "fair", "2019-09-15", title: "fair"),
            activity("x1", "conference", "2019-11-01"),
            activity("u1", "unknown-kind", "2019-01-01"),
            attend("a1", "t1", person: "p1"), attend("a2", "t2", person: "p1"),
            attend("a3", "t3", person: "p1"),
            attend("a4", "t2", person: "p2"),
            attend("a5", "t1", person: "p3", status: .noShow),
            attend("a6", "t1", person: "p3", status: .registered),
            attend("a7", "t4", person: "p4"), attend("a8", "t5", person: "p4"),
            attend("a9", "t1", person: "p5", role: .trainer),
            attend("a10", "m1", person: "p6"),
            attend("a11", "t6", person: "p7"),
            attend("a12", "t7", person: "p8"),
            attend("a13", "m1", organisation: "o1", role: .mentee),
            attend("a14", "t1", organisation: "o2"),
            attend("a15", "m1", organisation: "o3", role: .mentee),
            attend("a16", "m2", organisation: "o4"),
            attend("a17", "m3", organisation: "o5", role: .mentee),
            .infoPoint(
                InfoPoint(
                    id: "ip1", name: "Ptuj", hostPartner: "bistra-ptuj", openedOn: day("2018-06-01"),
                    closedOn: day("2019-01-01"))),
            .infoPoint(InfoPoint(id: "ip2", name: "Lenart", hostPartner: "ra-slovenske-gorice")),
            .infoPoint(
                InfoPoint(id: "ip3", name: "Maribor", hostPartner: "prizma", openedOn: day("2019-05-01"))),
            .job(Job(id: "j1", organisation: "o1", kind: .created, startDate: day("2019-01-10"), fte: 1)),
            .job(
                Job(
                    id: "j2", organisation: "o1", kind: .retained, startDate: day("2019-03-01"),
                    fte: Quantity(hundredths: 50))),
            .job(Job(id: "j3", organisation: "o2", kind: .created, startDate: day("2019-03-01"))),
            .developmentPlan(
                DevelopmentPlan(
                    id: "pl1", organisation: "o1", partner: "prizma",
                    diagnosedOn: day("2019-01-01"), planAdoptedOn: day("2019-02-01"))),
            .developmentPlan(
                DevelopmentPlan(
                    id: "pl2", organisation: "o3", partner: "prizma",
                    diagnosedOn: day("2019-01-01"))),
            .supportProgramme(
                SupportProgramme(
                    id: "sp1", title: "Program", approvedOn: day("2019-06-01"),
                    materials: ["priročnik"])),
            .supportProgramme(
                SupportProgramme(id: "sp2", title: "Brez gradiv", approvedOn: day("2019-06-01"))),
            .milestone(Milestone(id: "ms1", output: "OUT-01", title: "Lab", achievedOn: day("2018-12-01"))),
            .milestone(Milestone(id: "ms2", output: "OUT-01", title: "Lab 2")),
            .product(Product(id: "pr1", organisation: "o1", name: "Izdelek", supportedOn: day("2019-04-01"))),
            .product(Product(id: "pr2", organisation: "o1", name: "Brez datuma")),
        ]
        records.reverse()
        return Dataset(operation: .socioLabPodravje, records: records)
    }
}
