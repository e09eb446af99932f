import SocioLabKit

/// The demo's organisations: the social economy, the municipalities and the other organisations.
extension DemoGenerator {
    mutating func makeOrganisations() {
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
                let title = Self.title(form, name, mark: socialEnterprise ? ", so.p." : "")
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
                // A sole trader trades under their own name.
                let name =
                    form == .sp
                    ? "\(rng.pick(SampleVocabulary.femaleGivenNames)) \(rng.pick(SampleVocabulary.familyNames))"
                    : stem()
                let title = Self.title(form, name)
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

    /// The registered name of an organisation of `form` called `name`, followed by `mark` (", so.p." for a
    /// social enterprise).
    static func title(_ form: LegalForm, _ name: String, mark: String = "") -> String {
        switch form {
        case .zavod: "Zavod \(name)\(mark)"
        case .javniZavod: "Javni zavod \(name)\(mark)"
        case .doo: "\(name) d.o.o.\(mark)"
        case .drustvo: "Društvo \(name)\(mark)"
        case .zadruga: "Zadruga \(name), z.o.o.\(mark)"
        case .sp: "\(name) s.p.\(mark)"
        default: "Iniciativa \(name)\(mark)"
        }
    }
}
