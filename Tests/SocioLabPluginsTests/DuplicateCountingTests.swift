import SocioLabKit
import SocioLabPlugins
import Testing

/// Records entered twice count once in every figure, by the one rule of ``DuplicateRecords``; and a held
/// mentoring's mentee organisation counts for OUT-04 without a participation.
struct DuplicateCountingTests {
    let asOf = Day(year: 2021, month: 12, day: 31)!

    func context(_ records: [EntityRecord]) -> IndicatorContext {
        IndicatorContext(dataset: PluginFixtures.dataset(records), plugins: .standard, asOf: asOf)
    }

    func value(_ indicator: any Indicator, _ records: [EntityRecord], _ scope: Scope = .wholeOperation)
        -> IndicatorValue
    {
        IndicatorEngine.evaluate(indicator, scope: scope, context: context(records), dimensions: [])
    }

    static func cooperative(_ id: Organisation.ID, tax: String? = nil, registration: String? = nil)
        -> EntityRecord
    {
        Organisation(
            id: id, name: "Zadruga \(id)", legalForm: .zadruga,
            registrationNumber: registration.map { try! RegistrationNumber($0) },
            taxNumber: tax.map { try! TaxNumber($0) }
        ).record
    }

    static let training = PluginFixtures.activity("t1", kind: .training, details: #"{"hours":10}"#).record

    /// Three persons in one training, one of them entered twice: 3 attendances, not 4.
    static var repeatedAttendance: [EntityRecord] {
        [
            training, Person(id: "p1").record, Person(id: "p2").record, Person(id: "p3").record,
            Participation(id: "x1", activity: "t1", person: "p1", completed: true).record,
            Participation(id: "x2", activity: "t1", person: "p2", completed: true).record,
            Participation(id: "x3", activity: "t1", person: "p3", completed: false).record,
            Participation(id: "x4", activity: "t1", person: "p3", completed: true).record,
        ]
    }

    @Test func trainingCompletionCountsARepeatedAttendanceOnce() {
        let v = value(TrainingCompletionIndicator(), Self.repeatedAttendance)
        #expect(v.value == 3)
        // x4 (completed) counts rather than x3 (not completed): the pair is completed.
        #expect(v.measure == 3)
        #expect(value(OutputIndicators.trainedPersons, Self.repeatedAttendance).value == 3)
    }

    @Test func attendancesHoldOneRowPerPersonAndActivity() {
        let attendances = context(Self.repeatedAttendance).attendances
        #expect(attendances.count == 3)
        let dataset = PluginFixtures.dataset(Self.repeatedAttendance)
        let kept = attendances.map { dataset.participations.slots[$0.participation]!.id.rawValue }
        #expect(kept.sorted() == ["x1", "x2", "x4"])
    }

    @Test(arguments: [
        // (completed, hours) of the first and second record; which counts.
        (Bool?.some(true), 1, Bool?.none, 10, "x1"),
        (nil, 1, false, 10, "x1"),
        (nil, 1, nil, 10, "x2"),
        (false, 10, false, 10, "x1"),
        (nil, 8, true, 0, "x2"),
    ])
    func theSameRowWinsInTheCountsAndTheWarning(
        first: Bool?, firstHours: Int, second: Bool?, secondHours: Int, winner: String
    ) throws {
        let records: [EntityRecord] = [
            Self.training, Person(id: "p1").record,
            Participation(
                id: "x1", activity: "t1", person: "p1", hours: Quantity(hundredths: Int64(firstHours) * 100),
                completed: first
            ).record,
            Participation(
                id: "x2", activity: "t1", person: "p1", hours: Quantity(hundredths: Int64(secondHours) * 100),
                completed: second
            ).record,
        ]
        let dataset = PluginFixtures.dataset(records)
        let attendances = context(records).attendances
        #expect(attendances.count == 1)
        let kept = try #require(attendances.first).participation
        #expect(dataset.participations.slots[kept]?.id.rawValue == winner)
        let warnings = Validator(rules: CoreRules.all).validate(dataset)
            .filter { $0.rule == "core.duplicate-participation" }
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { $0.fix.en.contains("counts once, as \(winner)") })
    }

    @Test func organisationEnteredTwiceCountsOnceForOut04AndMentoring() {
        let records: [EntityRecord] = [
            Self.cooperative("c1", tax: "12345679"), Self.cooperative("c2", tax: "12345679"),
            Self.cooperative("c3", registration: "5000009"), Self.training,
            PluginFixtures.activity("m1", kind: .mentoring, details: #"{"mentee_organisation":"c1"}"#).record,
            PluginFixtures.activity("m2", kind: .mentoring, details: #"{"mentee_organisation":"c2"}"#).record,
            Participation(id: "x1", activity: "t1", organisation: "c2").record,
            Participation(id: "x2", activity: "t1", organisation: "c3").record,
        ]
        #expect(value(OutputIndicators.organisations, records).value == 2)
        #expect(value(MentoredOrganisationsIndicator(), records).value == 1)
        let warnings = Validator(rules: CoreRules.all).validate(PluginFixtures.dataset(records))
            .filter { $0.rule == "core.duplicate-tax-number" }
        #expect(warnings.map(\.entity?.id) == ["c1", "c2"])
        #expect(warnings.first?.message.en.contains("c2") == true)
        #expect(warnings.last?.message.en.contains("c1") == true)
    }

    @Test func jobRecordedTwiceCountsOnce() {
        let day = PluginFixtures.day
        let records: [EntityRecord] = [
            Self.cooperative("c1"), Person(id: "p1").record,
            Job(id: "j1", organisation: "c1", person: "p1", kind: .created, startDate: day, fte: 1).record,
            Job(id: "j2", organisation: "c1", person: "p1", kind: .created, startDate: day, fte: 1).record,
            // No person recorded: two hires on one day may well be two jobs.
            Job(id: "j3", organisation: "c1", kind: .created, startDate: day, fte: 1).record,
            Job(id: "j4", organisation: "c1", kind: .created, startDate: day, fte: 1).record,
        ]
        let v = value(OutputIndicators.jobs, records)
        #expect(v.value == 3)
        #expect(v.measure == 3)
        let warnings = Validator(rules: CoreRules.all).validate(PluginFixtures.dataset(records))
            .filter { $0.rule == "core.duplicate-job" }
        #expect(warnings.map(\.entity?.id) == ["j1", "j2"])
        #expect(warnings.allSatisfy { $0.fix.en.contains("counts once, as j1") })
    }

    @Test func menteeOrganisationOfAHeldMentoringCountsForOut04OnItsFirstDay() {
        let records: [EntityRecord] = [
            Self.cooperative("c1"), Self.cooperative("c2"),
            // No participation row names the mentee.
            PluginFixtures.activity("m1", kind: .mentoring, details: #"{"mentee_organisation":"c1"}"#).record,
            PluginFixtures.activity(
                "m2", kind: .mentoring, details: #"{"mentee_organisation":"c2"}"#, status: .planned
            ).record,
            // Not of the social economy: does not count.
            PluginFixtures.activity("m3", kind: .mentoring, details: #"{"mentee_organisation":"o1"}"#).record,
        ]
        #expect(value(OutputIndicators.organisations, records).value == 1)
        // The mentoring's first day is 3 October 2019.
        #expect(value(OutputIndicators.organisations, records, Scope(period: .quarter(2019, 4))).value == 1)
        #expect(value(OutputIndicators.organisations, records, Scope(period: .quarter(2019, 3))).value == 0)
    }

    @Test func menteeWithAParticipationStillCountsOnce() {
        let records: [EntityRecord] = [
            Self.cooperative("c1"),
            PluginFixtures.activity("m1", kind: .mentoring, details: #"{"mentee_organisation":"c1"}"#).record,
            Participation(id: "x1", activity: "m1", organisation: "c1", role: .mentee).record,
        ]
        #expect(value(OutputIndicators.organisations, records).value == 1)
    }
}
