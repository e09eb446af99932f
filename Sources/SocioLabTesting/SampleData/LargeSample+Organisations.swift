import SocioLabKit

/// The organisations.
extension LargeSample {
    func organisation(_ index: Int) -> Organisation {
        var rng = SplitMix64(seed: seed, stream: Stream.organisation + UInt64(index))
        _ = OrganisationFacts(using: &rng)
        let facts = organisations[index]
        let stems = SampleVocabulary.organisationStems
        let stem = stems[index % stems.count]
        let prefix: String
        switch facts.legalForm {
        case .zadruga: prefix = "Zadruga "
        case .zavod: prefix = "Zavod "
        case .drustvo: prefix = "Društvo "
        case .initiative: prefix = "Iniciativa "
        case .obcina: prefix = "Občina "
        case .javniZavod: prefix = "Javni zavod "
        default: prefix = ""
        }
        let name = prefix + stem + " " + String(index + 1) + (facts.socialEnterprise ? ", so.p." : "")
        var registration: RegistrationNumber?
        var tax: TaxNumber?
        if facts.legalForm != .initiative {
            let registrationStride = max(2, 899_000 / organisationCount)
            let taxStride = max(2, 8_999_000 / organisationCount)
            for offset in 0..<min(registrationStride, 40) where registration == nil {
                registration = RegistrationNumber.make(base6: 100_000 + index * registrationStride + offset)
            }
            for offset in 0..<min(taxStride, 40) where tax == nil {
                tax = TaxNumber.make(base7: 1_000_000 + index * taxStride + offset)
            }
        }
        return Organisation(
            id: organisationID(index), name: name, legalForm: facts.legalForm,
            socialEnterprise: facts.socialEnterprise, registrationNumber: registration, taxNumber: tax,
            municipality: SampleGeography.municipality(using: &rng).code,
            stage: facts.isSocialEconomy ? rng.pick(OrganisationStage.allCases) : nil)
    }
}
