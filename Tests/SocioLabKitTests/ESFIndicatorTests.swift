import Testing

@testable import SocioLabKit

struct ESFIndicatorTests {
    static var dataset: Dataset {
        let d = Fixture.day
        let records: [EntityRecord] = [
            .organisation(Organisation(id: "o1", name: "Podjetje", legalForm: .doo)),
            .organisation(Organisation(id: "o2", name: "Občina", legalForm: .obcina)),
            Fixture.activity("a1", "training", "2019-03-01"),
            Fixture.activity("a2", "conference", "2019-05-01"),
            // 25th birthday on the entry day: 25, so not below 25.
            .person(
                Person(
                    id: "e1", gender: .female, birthDate: d("1994-03-01"), employmentStatus: .unemployed,
                    isced: 3)),
            .person(
                Person(
                    id: "e2", gender: .male, birthDate: d("2000-01-01"),
                    employmentStatus: .longTermUnemployed, isced: 0)),
            .person(
                Person(
                    id: "e3", gender: .female, birthDate: d("1960-01-01"), employmentStatus: .inactive,
                    isced: 2,
                    migrantOrMinority: .refused, disability: .yes, homeless: true)),
            .person(Person(id: "e4", gender: .male, birthDate: d("1980-01-01"), employmentStatus: .employed)),
            .person(
                Person(
                    id: "e5", gender: .undisclosed, birthDate: d("1980-01-01"), employmentStatus: .employed,
                    isced: 4)),
            // Entered earlier (24 then), re-enters twice: one participant, characteristics at first entry.
            .person(
                Person(
                    id: "e6", gender: .female, birthDate: d("1993-07-01"), employmentStatus: .selfEmployed,
                    isced: 6,
                    migrantOrMinority: .yes, otherDisadvantaged: .yes, rural: true, entryDate: d("2018-06-01")
                )),
            .person(
                Person(
                    id: "e7", gender: .male, birthDate: d("1990-01-01"), employmentStatus: .employed, isced: 3
                )),
            .person(
                Person(
                    id: "e8", gender: .male, birthDate: d("1990-01-01"), employmentStatus: .employed, isced: 3
                )),
            Fixture.attend("q1", "a1", person: "e1"), Fixture.attend("q2", "a1", person: "e2"),
            Fixture.attend("q3", "a1", person: "e3"), Fixture.attend("q4", "a1", person: "e4"),
            Fixture.attend("q5", "a1", person: "e5"), Fixture.attend("q6", "a1", person: "e6"),
            Fixture.attend("q7", "a2", person: "e6"),
            Fixture.attend("q8", "a1", person: "e7", status: .noShow),
            Fixture.attend("q9", "a1", person: "e8", role: .trainer),
            Fixture.attend("q10", "a1", organisation: "o1"), Fixture.attend("q11", "a2", organisation: "o1"),
            Fixture.attend("q12", "a1", organisation: "o2"),
        ]
        return Dataset(operation: .socioLabPodravje, records: records)
    }

    let result = ESFIndicators.compute(
        context: IndicatorContext(
            dataset: ESFIndicatorTests.dataset, plugins: Fixture.plugins, asOf: Fixture.asOf),
        scope: .wholeOperation)

    func figure(_ code: String) -> ESFFigure? {
        (result.esf2014 + result.esfPlus).first { $0.definition.code == code }
    }

    @Test func grandTotalAndIncompleteRecords() {
        #expect(result.participants == 6)
        #expect(result.incompleteRecords == 2)  // e4 without education, e5 with undisclosed gender
        #expect(result.participantsByGender == ESFGenderSplit(female: 3, male: 2, nonBinary: 0))
    }

    /// Hand-computed: (code, total, women, men).
    @Test(arguments: [
        ("CO01", 2, 1, 1), ("CO02", 1, 0, 1), ("CO03", 1, 1, 0), ("CO04", 1, 1, 0), ("CO05", 1, 1, 0),
        ("CO06", 2, 1, 1), ("CO07", 1, 1, 0), ("CO08", 1, 1, 0), ("CO09", 1, 1, 0), ("CO10", 1, 1, 0),
        ("CO11", 1, 1, 0), ("CO15", 1, 1, 0), ("CO16", 1, 1, 0), ("CO17", 1, 1, 0), ("CO18", 1, 1, 0),
        ("CO19", 1, 1, 0), ("EECO01", 4, 3, 1), ("EECO02", 2, 1, 1), ("EECO03", 1, 0, 1), ("EECO04", 1, 1, 0),
        ("EECO05", 1, 1, 0), ("EECO06", 0, 0, 0), ("EECO07", 3, 2, 1), ("EECO08", 1, 1, 0),
        ("EECO09", 2, 1, 1),
        ("EECO10", 1, 1, 0), ("EECO11", 1, 1, 0), ("EECO12", 1, 1, 0), ("EECO16", 1, 1, 0),
        ("EECO17", 1, 1, 0),
    ])
    func participantIndicators(code: String, total: Int, women: Int, men: Int) throws {
        let f = try #require(figure(code))
        #expect(f.value == total)
        #expect(f.byGender?.female == women)
        #expect(f.byGender?.male == men)
    }

    @Test func isced0IsInNoneOf2014ButInEECO09() {
        // e2 has ISCED 0: CO09–CO11 hold only e3, e1, e6.
        let education = ["CO09", "CO10", "CO11"].compactMap { figure($0)?.value }.reduce(0, +)
        #expect(education == 3)
        #expect(figure("EECO09")?.value == 2)
    }

    @Test func supportedEnterprisesExcludeMunicipalities() {
        #expect(figure("CO23")?.value == 1)
        #expect(figure("EECO19")?.value == 1)
        #expect(figure("CO23")?.byGender == nil)
    }

    @Test func periodCountsByEntry() {
        let context = IndicatorContext(dataset: Self.dataset, plugins: Fixture.plugins, asOf: Fixture.asOf)
        let in2019 = ESFIndicators.compute(context: context, scope: Scope(period: .year(2019)))
        #expect(in2019.participants == 5)  // e6 entered in 2018
        let in2018 = ESFIndicators.compute(context: context, scope: Scope(period: .year(2018)))
        #expect(in2018.participants == 1)
    }

    @Test func everyCodeListedAndUnverifiedMarked() {
        #expect(
            ESFIndicators.esf2014.map(\.code)
                == [
                    "CO01", "CO02", "CO03", "CO04", "CO05", "CO06", "CO07", "CO08", "CO09", "CO10", "CO11",
                    "CO15", "CO16",
                    "CO17", "CO18", "CO19", "CO23",
                ])
        let unverified = ESFIndicators.esf2014.filter { $0.verification == .unverified }.map(\.code)
        #expect(unverified == ["CO16", "CO19", "CO23"])
        #expect(ESFIndicators.esfPlus.first { $0.code == "EECO01" }?.verification == .weak)
    }
}
