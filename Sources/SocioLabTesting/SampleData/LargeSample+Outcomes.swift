import SocioLabKit

/// What the social economy achieves: jobs, supported products and development plans.
extension LargeSample {
    func job(_ index: Int) -> Job {
        var rng = SplitMix64(seed: seed, stream: Stream.job + UInt64(index))
        let organisation = socialEconomyOrganisation(using: &rng)
        let person = rng.chance(0.3) && personCount > 0 ? personID(rng.uniform(personCount)) : nil
        return Job(
            id: .init(SampleID.make("j", index + 1, width: 6)), organisation: organisationID(organisation),
            person: person, kind: rng.chance(0.7) ? .created : .retained,
            startDate: LargeSample.heldFrom.adding(days: rng.uniform(LargeSample.heldDays)),
            fte: Quantity(hundredths: Int64(rng.pick([100, 100, 100, 50, 75, 80]))))
    }

    func product(_ index: Int) -> Product {
        var rng = SplitMix64(seed: seed, stream: Stream.product + UInt64(index))
        let organisation = socialEconomyOrganisation(using: &rng)
        let (name, kind) = rng.pick(SampleVocabulary.products)
        return Product(
            id: .init(SampleID.make("pr", index + 1, width: 6)), organisation: organisationID(organisation),
            name: name, kind: kind, stage: rng.pick(["idea", "prototype", "pilot", "market"]),
            supportedOn: LargeSample.heldFrom.adding(days: rng.uniform(LargeSample.heldDays)))
    }

    func plan(_ index: Int) -> DevelopmentPlan {
        var rng = SplitMix64(seed: seed, stream: Stream.plan + UInt64(index))
        let organisation = socialEconomyOrganisation(using: &rng)
        let diagnosed = LargeSample.heldFrom.adding(days: rng.uniform(LargeSample.heldDays - 80))
        return DevelopmentPlan(
            id: .init(SampleID.make("dp", index + 1, width: 6)), organisation: organisationID(organisation),
            partner: LargeSample.partnerIDs[rng.uniform(LargeSample.partnerIDs.count)],
            diagnosedOn: diagnosed,
            planAdoptedOn: diagnosed.adding(days: rng.uniform(in: 21...75)))
    }
}
