import SocioLabKit

/// The demo's persons and their personal details, each with a category that decides what they take part in.
extension DemoGenerator {
    mutating func makePersons() {
        var plan: [Category] =
            Array(repeating: .trainee, count: SampleData.demoTrainedPersons)
            + Array(repeating: .mentee, count: 25) + Array(repeating: .visitor, count: 35)
            + Array(repeating: .dropout, count: 15) + Array(repeating: .speaker, count: 15)
        rng.shuffle(&plan)
        categories = plan
        var usedEMSO: Set<String> = []
        let middle = G.day(2019, 6, 30)
        let nonSupportedSocialEconomy = unsupportedSocialEconomy
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
}
