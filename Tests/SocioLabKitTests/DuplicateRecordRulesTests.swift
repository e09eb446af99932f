import Testing

@testable import SocioLabKit

/// `core.duplicate-participation`, `core.duplicate-job` and `core.duplicate-tax-number`.
struct DuplicateRecordRulesTests {
    typealias F = CoreFixtures

    static var repeated: Participation {
        Participation(id: "x2", activity: "a1", person: "p1", status: .attended, hours: 2)
    }

    @Test func repeatedAttendanceWarnsOnBothRowsNamingTheOther() throws {
        let issues = F.issues("core.duplicate-participation", in: F.dataset(with: Self.repeated.record))
        #expect(issues.map(\.entity?.id) == ["x1", "x2"])
        #expect(issues.allSatisfy { $0.severity == .warning && $0.field == "person_id" })
        let first = try #require(issues.first)
        #expect(first.message.en.contains("participation x2"))
        #expect(first.message.sl.contains("z udeležbo x2"))
        // x1 has more hours (4 against 2): it counts.
        #expect(first.fix.en.contains("counts once, as x1"))
        #expect(first.fix.sl.contains("šteje enkrat, kot x1"))
        #expect(issues.last?.message.en.contains("participation x1") == true)
    }

    @Test(arguments: [
        Participation(id: "x2", activity: "a1", person: "p1", role: .trainer, status: .attended),
        Participation(id: "x2", activity: "a1", person: "p1", status: .noShow),
        Participation(id: "x2", activity: "a1", organisation: "o1", status: .attended),
    ])
    func notADuplicateWhenOneRowCannotCount(other: Participation) {
        #expect(F.issues("core.duplicate-participation", in: F.dataset(with: other.record)).isEmpty)
    }

    @Test func theCleanFixtureHasNoDuplicates() {
        let rules: Set<RuleID> = [
            "core.duplicate-participation", "core.duplicate-job", "core.duplicate-tax-number",
        ]
        #expect(F.validator.validate(F.dataset).filter { rules.contains($0.rule) }.isEmpty)
    }

    @Test func repeatedJobWarnsOnBoth() {
        let job = Job(id: "j0", organisation: "o1", person: "p1", kind: .retained, startDate: F.day, fte: 1)
        let issues = F.issues("core.duplicate-job", in: F.dataset(with: job.record))
        #expect(issues.map(\.entity?.id) == ["j0", "j1"])
        #expect(issues.allSatisfy { $0.fix.en.contains("counts once, as j0") })
        #expect(issues.last?.message.en.contains("also recorded as j0") == true)
        var otherDay = job
        otherDay.startDate = Day(year: 2019, month: 10, day: 4)!
        #expect(F.issues("core.duplicate-job", in: F.dataset(with: otherDay.record)).isEmpty)
    }

    @Test func sharedTaxNumberWarnsOnEach() throws {
        let twin = Organisation(
            id: "o0", name: "Zadruga Dobrina (2)", legalForm: .zadruga, taxNumber: try TaxNumber("12345679"))
        let issues = F.issues("core.duplicate-tax-number", in: F.dataset(with: twin.record))
        #expect(issues.map(\.entity?.id) == ["o0", "o1"])
        #expect(issues.allSatisfy { $0.severity == .warning && $0.field == "tax_number" })
        #expect(issues.first?.message.en.contains("o1") == true)
        #expect(issues.first?.message.sl.contains("davčno številko") == true)
        #expect(issues.allSatisfy { $0.fix.en.contains("count once, as o0") })
    }

    @Test func incrementalValidationOfTheNewRowReportsIt() {
        let dataset = F.dataset(with: Self.repeated.record)
        let issues = F.validator.validate(changed: [Self.repeated.reference], in: dataset)
        #expect(issues.contains { $0.rule == "core.duplicate-participation" && $0.entity?.id == "x2" })
    }

    @Test func organisationsSharingEitherNumberStandForTheLowestId() throws {
        let tax = try TaxNumber("12345679")
        let registration = try RegistrationNumber("5000009")
        let organisations: [Organisation?] = [
            Organisation(id: "b", name: "B", legalForm: .zadruga, taxNumber: tax),
            nil,
            Organisation(id: "c", name: "C", legalForm: .zadruga, registrationNumber: registration),
            Organisation(
                id: "a", name: "A", legalForm: .zadruga, registrationNumber: registration, taxNumber: tax),
            Organisation(id: "d", name: "D", legalForm: .zadruga),
        ]
        #expect(DuplicateRecords.organisationRepresentatives(organisations) == [3, -1, 3, 3, 4])
    }

    @Test func aSocialEnterpriseStandsForItsGroupBeforeALowerId() throws {
        let tax = try TaxNumber("12345679")
        let organisations: [Organisation?] = [
            Organisation(id: "a", name: "A", legalForm: .doo, taxNumber: tax),
            Organisation(id: "b", name: "B", legalForm: .zadruga, taxNumber: tax),
            Organisation(id: "c", name: "C", legalForm: .doo, socialEnterprise: true, taxNumber: tax),
        ]
        #expect(DuplicateRecords.organisationRepresentatives(organisations) == [1, 1, 1])
        let dataset = F.dataset(with: organisations[0]!.record, organisations[2]!.record)
        let issues = F.issues("core.duplicate-tax-number", in: dataset)
        // With the fixture's o1 (a cooperative): c and o1 are of the social economy; c has the lower id.
        #expect(issues.map(\.entity?.id) == ["a", "c", "o1"])
        #expect(issues.allSatisfy { $0.fix.en.contains("count once, as c ") })
    }

    @Test func countingJobsKeepTheLowestId() {
        let day = F.day
        let jobs: [Job?] = [
            Job(id: "j2", organisation: "o1", person: "p1", kind: .created, startDate: day),
            Job(id: "j1", organisation: "o1", person: "p1", kind: .retained, startDate: day),
            nil,
            Job(id: "j3", organisation: "o1", kind: .created, startDate: day),
            Job(id: "j4", organisation: "o1", kind: .created, startDate: day),
        ]
        #expect(DuplicateRecords.countingJobs(jobs) == [false, true, false, true, true])
    }
}
