import SocioLabKit

/// What the operation achieves with the social economy: jobs, supported products and development plans.
extension DemoGenerator {
    mutating func makeJobs() {
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

    mutating func makeProducts() {
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

    mutating func makePlans() {
        let unsupported = unsupportedSocialEconomy
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
