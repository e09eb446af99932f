import Foundation
import SocioLabTesting

@testable import SocioLabKit

/// Three partners' stores: citilab and tkalka each train Ana Kovač (the same EMŠO, so the same token), and
/// both record the cooperative Zadruga Sonce under their own ids with the same registration number.
enum PartnerScenario {
    static let key = try! PseudonymKey(bytes: Array(repeating: 0x5a, count: 32))
    static let otherKey = try! PseudonymKey(bytes: Array(repeating: 0xa5, count: 32))
    static let day = try! Day(parsing: "2019-10-03")
    static let anaEMSO = EMSO.make(birthDate: try! Day(parsing: "1990-05-17"), registerCode: 50, serial: 512)!
    static let registration = RegistrationNumber.make(base6: 654_321)!

    /// One partner's dataset: a training `t1` with the given trainees (person id, given and family name,
    /// EMŠO, e-mail, phone, gender, birth date).
    static func store(
        _ partner: Partner.ID,
        trainees: [(String, String, String, EMSO?, String?, String?, Gender, String)],
        organisationID: Organisation.ID = "o1"
    ) -> Dataset {
        let training = try! TrainingPlugin().activity(
            id: "t1", title: "Osnove socialnega podjetništva", startDate: day,
            details: TrainingPlugin.Details(hours: 4)
        ) {
            $0.pillar = 3
            $0.partners = [partner]
        }
        var records: [EntityRecord] = [
            training.record,
            Organisation(
                id: organisationID, name: "Zadruga Sonce, z.o.o.", legalForm: .zadruga,
                registrationNumber: registration
            ).record,
        ]
        for (index, trainee) in trainees.enumerated() {
            let (id, given, family, emso, email, phone, gender, birth) = trainee
            let person = Person(
                id: Person.ID(id), gender: gender, birthDate: try! Day(parsing: birth),
                organisation: organisationID, consent: Consent(givenOn: day.adding(days: -30)))
            records.append(person.record)
            records.append(
                PersonalDetails(
                    person: person.id, givenName: given, familyName: family, email: email, phone: phone,
                    emso: emso
                ).record)
            records.append(
                Participation(id: Participation.ID("x\(index + 1)"), activity: "t1", person: person.id).record
            )
        }
        return Dataset(operation: .socioLabPodravje, records: records)
    }

    static let ana = (
        "p1", "Ana", "Kovač", Optional(anaEMSO), Optional("ana.kovac@example.org"),
        Optional("+386 41 555 123"), Gender.female, "1990-05-17"
    )

    static var citilab: Dataset {
        store(
            "citilab",
            trainees: [ana, ("p2", "Bojan", "Zupan", nil, nil, "031 222 333", .male, "1985-01-02")])
    }
    static var tkalka: Dataset {
        // Ana is p7 here, her name typed in capitals with extra spaces; the EMŠO matches her.
        store(
            "tkalka",
            trainees: [
                ("p7", "ANA ", " kovač", anaEMSO, "ana@tkalka.example", nil, .female, "1990-05-17"),
                ("p8", "Cvetka", "Horvat", nil, "cvetka@example.org", nil, .female, "1979-11-30"),
            ], organisationID: "coop-9")
    }
    static var prizma: Dataset {
        store("prizma", trainees: [("p1", "Darja", "Novak", nil, nil, nil, .female, "1995-03-04")])
    }

    static func package(
        _ dataset: Dataset, _ partner: Partner.ID, key: PseudonymKey = key, minutes: Int64 = 0
    )
        throws -> PseudonymisedPackage
    {
        try PseudonymisedPackage.make(
            from: dataset, partner: partner, key: key,
            created: Timestamp(milliseconds: 1_796_423_400_000 + minutes * 60_000))
    }

    static func workspace() async throws -> Workspace {
        try await Workspace(store: InMemoryStore(operation: .socioLabPodravje), plugins: .standard)
    }
}
