import SocioLabKit

/// Entities with awkward values — every kind, every optional field set, Slovenian letters, quotes and new
/// lines in text, extreme dates, fractional quantities, exact numbers in plugin details — for round-trip
/// checks of stores and codecs.
public enum ConformanceFixtures {
    /// The operation the checks use: the SocioLab Podravje preset.
    public static let operation = ESFOperation.socioLabPodravje

    private static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// One entity of every kind, with every field set.
    public static var everyKind: [EntityRecord] {
        let evidence = [
            Evidence(documentID: "LIST-2019/07 \"A\"", kind: .attendanceSheet, date: day(2019, 7, 1)),
            Evidence(documentID: "pogodba\u{1}", kind: Evidence.Kind(rawValue: "custom_kind")),
        ]
        return [
            Organisation(
                id: "org-1", name: "Zadruga Čebelica, z.o.o. \"so.p.\"", legalForm: .zadruga,
                socialEnterprise: true,
                registrationNumber: RegistrationNumber.make(base6: 123_456, unit: "001"),
                taxNumber: TaxNumber.make(base7: 1_234_567), municipality: Municipality.Code(70),
                stage: .growth
            ).record,
            Person(
                id: "p-1", gender: .nonBinary, birthDate: day(1900, 1, 1),
                employmentStatus: .longTermUnemployed,
                isced: 3, migrantOrMinority: .refused, disability: .yes, otherDisadvantaged: .no,
                homeless: false,
                rural: true, targetGroups: ["unemployed", "youth"], municipality: Municipality.Code(70),
                organisation: "org-1", entryDate: day(2019, 12, 31),
                consent: Consent(givenOn: day(2019, 1, 1), withdrawnOn: day(2021, 2, 28))
            ).record,
            PersonalDetails(
                person: "p-1", givenName: "Ana-Đurđa", familyName: "Šuštaršič 😀", email: "ana@example.si",
                phone: "+386 2 123 45 67",
                emso: EMSO.make(birthDate: day(1990, 5, 17), registerCode: 50, serial: 512)
            ).record,
            InfoPoint(
                id: "ip-1", name: "Info točka Ptuj\ttab", municipality: Municipality.Code(96),
                hostPartner: "prizma",
                openedOn: day(2018, 4, 1), closedOn: day(2099, 12, 31)
            ).record,
            Activity(
                id: "a-1", kind: "training", title: "Usposabljanje \\ backslash / slash", pillar: 2,
                partners: ["prizma", "other"], infoPoint: "ip-1", municipality: Municipality.Code(70),
                startDate: day(2019, 10, 3), endDate: day(2019, 10, 4), status: .held,
                details: .object([
                    "hours": .number("1.50"), "big": .number("12345678901234567890"),
                    "exp": .number("-1.5e-7"),
                    "module": .string("M1 – uvod"), "certificate": .bool(true), "trainer": .null,
                    "nested": .array([.object(["a": .array([])]), .number("0")]),
                ])
            ).record,
            Participation(
                id: "pa-1", activity: "a-1", person: "p-1", organisation: "org-1", role: .mentee,
                status: .noShow,
                hours: Quantity(hundredths: 107), completed: false, evidence: evidence
            ).record,
            Job(
                id: "j-1", organisation: "org-1", person: "p-1", kind: .retained, startDate: day(2020, 2, 29),
                fte: Quantity(hundredths: 25), evidence: evidence
            ).record,
            Product(
                id: "pr-1", organisation: "org-1", name: "Izdelek «novo»", kind: .service, stage: "pilot",
                supportedOn: day(2020, 6, 30), evidence: evidence
            ).record,
            DevelopmentPlan(
                id: "dp-1", organisation: "org-1", partner: "prizma", diagnosedOn: day(2019, 3, 1),
                planAdoptedOn: day(2019, 4, 1), evidence: evidence
            ).record,
            SupportProgramme(
                id: "sp-1", title: "Program podpore", approvedOn: day(2020, 1, 15),
                materials: ["priročnik", ""],
                evidence: evidence
            ).record,
            Milestone(
                id: "m-1", output: "OUT-01", title: "Mreža vzpostavljena", achievedOn: day(2018, 12, 31),
                evidence: evidence
            ).record,
        ]
    }

    /// A second version of every entity in ``everyKind``, with optional fields cleared where possible.
    public static var updates: [EntityRecord] {
        [
            Organisation(id: "org-1", name: "Zadruga", legalForm: .drustvo).record,
            Person(id: "p-1").record,
            PersonalDetails(person: "p-1").record,
            InfoPoint(id: "ip-1", name: "Info", hostPartner: "prizma").record,
            Activity(
                id: "a-1", kind: "fair", title: "Sejem", startDate: day(2021, 12, 31), status: .cancelled
            )
            .record,
            Participation(id: "pa-1", activity: "a-1", status: .attended, hours: 8).record,
            Job(id: "j-1", organisation: "org-1", kind: .created, startDate: day(2021, 1, 1)).record,
            Product(id: "pr-1", organisation: "org-1", name: "Izdelek").record,
            DevelopmentPlan(id: "dp-1", organisation: "org-1", partner: "prizma").record,
            SupportProgramme(id: "sp-1", title: "Program").record,
            Milestone(id: "m-1", output: "OUT-02", title: "Točke").record,
        ]
    }
}
