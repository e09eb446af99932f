import SocioLabKit

/// The activities.
extension LargeSample {
    func activity(_ index: Int) -> Activity {
        var rng = SplitMix64(seed: seed, stream: Stream.activity + UInt64(index))
        let facts = ActivityFacts(using: &rng)
        let municipality = SampleGeography.municipality(using: &rng)
        let pointIndex = SampleGeography.infoPointIndex(for: municipality)
        let point = SampleGeography.infoPoints[pointIndex]
        let details: [String: JSONValue]
        func someOrganisation() -> JSONValue {
            .string(organisationID(socialEconomyOrganisation(using: &rng)).rawValue)
        }
        switch facts.kind {
        case "training":
            details = [
                "hours": .number(String(facts.hours)), "completion_threshold": .number("0.8"),
                "certificate": .bool(facts.hours >= 8),
            ]
        case "mentoring":
            details = ["mentee_organisation": someOrganisation(), "hours": .number(String(facts.hours))]
        case "fair":
            details = [
                "open_day_hosts": .array([someOrganisation()]), "exhibitors": .array([someOrganisation()]),
                "visitors": .number(String(rng.uniform(in: 50...800))),
            ]
        case "conference":
            details = ["international": .bool(true), "countries": .array([.string("SI"), .string("AT")])]
        case "competition":
            let entry = someOrganisation()
            details = [
                "category": .string(rng.chance(0.7) ? "social_innovation" : "ethical_investor"),
                "entries": .array([entry, someOrganisation()]), "winners": .array([entry]),
            ]
        default:
            details = [
                "channels": .array([.string("radio"), .string("facebook")]), "reach": .number("10000"),
            ]
        }
        return Activity(
            id: activityID(index), kind: facts.kind, title: facts.kind.rawValue + " " + String(index + 1),
            pillar: rng.uniform(in: 1...3), partners: [.init(point.host)],
            infoPoint: point.opened <= facts.start ? .init(point.id) : nil, municipality: municipality.code,
            startDate: facts.start, endDate: nil, status: facts.status, details: .object(details))
    }
}
