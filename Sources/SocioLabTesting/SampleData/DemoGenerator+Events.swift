import SocioLabKit

/// The demo's fairs, conferences, competitions and campaign.
extension DemoGenerator {
    private func organisationList(_ organisations: [Organisation]) -> JSONValue {
        .array(organisations.map { .string($0.id.rawValue) })
    }

    mutating func makeEvents() -> [Activity] {
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
}
