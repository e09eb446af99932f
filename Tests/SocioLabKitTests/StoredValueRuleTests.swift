import Foundation
import Testing

@testable import SocioLabKit

/// `core.stored-value` refuses, in `Workspace.apply`, the values a store could not keep and give back
/// exactly, naming the entity and the field; nothing is written (issue 12, items 1 and 11).
struct StoredValueRuleTests {
    typealias F = CoreFixtures
    static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_570_090_500_000))

    /// Nested arrays and objects `depth` levels deep.
    static func nested(_ depth: Int) -> JSONValue {
        var value = JSONValue.number("1")
        for level in 0..<depth { value = level % 2 == 0 ? .array([value]) : .object(["a": value]) }
        return value
    }

    static func activity(details: JSONValue, title: String = "T") -> Activity {
        Activity(
            id: "a9", kind: "hackathon", title: title, startDate: F.day, status: .planned, details: details)
    }

    /// The case's change, and the field and words its one issue must have.
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var record: EntityRecord
        var field: String
        var says: String
    }

    static let beyond: [Case] = [
        Case(
            description: "a NUL in a title", record: activity(details: .emptyObject, title: "a\u{0}b").record,
            field: "title", says: "control character U+0000"),
        Case(
            description: "an escape sequence in a name",
            record: PersonalDetails(person: "p1", givenName: "Ana\u{1B}[2J").record, field: "given_name",
            says: "U+001B"),
        Case(
            description: "a bell in a list item",
            record: SupportProgramme(id: "sp", title: "S", materials: ["ok", "\u{7}"]).record,
            field: "materials[1]",
            says: "U+0007"),
        Case(
            description: "a control character in evidence",
            record: Participation(
                id: "x9", activity: "a1", person: "p1", status: .registered,
                evidence: [
                    Evidence(documentID: "ok", kind: .photo), Evidence(documentID: "a\u{1F}", kind: .photo),
                ]
            ).record, field: "evidence[1].document_id", says: "U+001F"),
        Case(
            description: "details one level too deep",
            record: activity(details: .object(["deep": nested(JSONValue.maximumDepth)])).record,
            field: "details.deep" + String(repeating: ".a[0]", count: 31) + ".a",
            says: "more than 64 levels deep"),
        Case(
            description: "a number that is not JSON",
            record: activity(details: .object(["n": .number("+1")])).record,
            field: "details.n", says: "'+1' is not a JSON number"),
        Case(
            description: "a number one character too long",
            record: activity(details: .array([.number(String(repeating: "7", count: 65))])).record,
            field: "details[0]", says: "65 characters"),
        Case(
            description: "a control character in a details key",
            record: activity(details: .object(["k\u{0}": .null])).record, field: #"details["k\u0000"]"#,
            says: "U+0000"),
        Case(
            description: "a day after 9999-12-31",
            record: Person(id: "p9", birthDate: Day(daysSinceEpoch: Int32.max)).record, field: "birth_date",
            says: "outside 0001-01-01"),
        Case(
            description: "a day before 0001-01-01",
            record: Person(id: "p9", consent: Consent(givenOn: Day(daysSinceEpoch: -800_000))).record,
            field: "consent.given_on", says: "outside 0001-01-01"),
        Case(
            description: "hours of 16 digits",
            record: Participation(
                id: "x9", activity: "a1", person: "p1", status: .registered,
                hours: Quantity(hundredths: 1_000_000_000_000_000)
            ).record, field: "hours", says: "larger in magnitude"),
    ]

    @Test(arguments: beyond)
    func aValueBeyondTheLimitsIsRefusedAndNothingIsWritten(_ c: Case) async throws {
        let store = RecordingStore(F.dataset)
        let workspace = try await Workspace(store: store, clock: Self.clock)
        let change: Change = F.dataset.contains(c.record.reference) ? .update(c.record) : .insert(c.record)
        do {
            try await workspace.apply([change], author: "ana", reason: "test")
            Issue.record("the change set was accepted")
        } catch let rejected as ChangeRejected {
            let issues = rejected.errors.filter { $0.rule == "core.stored-value" }
            #expect(issues.count == 1, "\(rejected.issues)")
            #expect(issues.first?.entity == c.record.reference)
            #expect(issues.first?.field == c.field)
            #expect(issues.first?.message.en.contains(c.says) == true, "\(issues)")
        }
        #expect(store.appendedCount == 0)
        #expect(await workspace.revision == 0)
    }

    @Test func theMostExtremeAcceptedValuesPass() {
        let extremes: [EntityRecord] = [
            Activity(
                id: "a\t9", kind: "hackathon", title: "tab\tLF\nCR\r DEL\u{7F} NEL\u{85} 😀 e\u{301}",
                startDate: StoredValueLimits.earliestDay, endDate: StoredValueLimits.latestDay,
                status: .planned,
                details: .object([
                    "deep": Self.nested(JSONValue.maximumDepth - 1),
                    "long": .number("-" + String(repeating: "9", count: 63)),
                    "tiny": .number("1e-400"), "one": .number("1.0"), "\t": .string("\r\n"),
                ])
            ).record,
            Participation(
                id: "x", activity: "a1", hours: Quantity.validRange.upperBound,
                evidence: [Evidence(documentID: "d", kind: .photo, date: StoredValueLimits.latestDay)]
            ).record,
            Job(
                id: "j", organisation: "o", kind: .created, startDate: StoredValueLimits.earliestDay,
                fte: Quantity(hundredths: -Quantity.validRange.upperBound.hundredths)
            ).record,
        ]
        for record in extremes {
            #expect(StoredValueLimits.violations(of: record) == [], "\(record.reference)")
        }
        #expect(Self.nested(JSONValue.maximumDepth).firstLimitViolation() == nil)
    }

    @Test func issuesAlreadyInTheDataDoNotBlockAnUnrelatedChange() async throws {
        var dataset = F.dataset
        dataset.upsert(Organisation(id: "o9", name: "old\u{0}", legalForm: .zadruga).record)
        let store = RecordingStore(dataset)
        let workspace = try await Workspace(store: store, clock: Self.clock)
        try await workspace.apply([.insert(Person(id: "p2").record)], author: "ana", reason: "test")
        #expect(store.appendedCount == 1)
        let full = CoreFixtures.validator.validate(dataset).filter { $0.rule == "core.stored-value" }
        #expect(full.map(\.field) == ["name"])
    }
}
