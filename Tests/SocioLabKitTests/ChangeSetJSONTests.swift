import Foundation
import Testing

@testable import SocioLabKit

struct ChangeSetJSONTests {
    static var everyKind: [EntityRecord] {
        let day = CoreFixtures.day
        let evidence = [
            Evidence(documentID: "AS-1", kind: .attendanceSheet, date: day),
            Evidence(documentID: "C", kind: .contract),
        ]
        var details = CoreFixtures.details
        details.emso = try? EMSO(validEMSO(year: 1990, month: 5, day: 17))
        details.phone = "+386 2 333 1 330"
        var activity = CoreFixtures.activity
        activity.details = .object([
            "hours": .number("12"), "threshold": .number("0.75"), "hosts": .array([.string("o1"), .null]),
            "note": .string("\"quoted\" \\ and\nnew line — č"), "flag": .bool(true),
        ])
        activity.infoPoint = "ip1"
        var participation = CoreFixtures.participation
        participation.evidence = evidence
        participation.completed = true
        participation.hours = Quantity(hundredths: 150)
        var person = CoreFixtures.person
        person.consent = Consent(givenOn: day, withdrawnOn: day.adding(days: 400))
        person.detailsErasedOn = day.adding(days: 500)
        person.migrantOrMinority = .refused
        return [
            CoreFixtures.organisation.record, person.record, Person(id: "bare").record, details.record,
            InfoPoint(
                id: "ip1", name: "Ptuj", municipality: Municipality.Code(rawValue: "096"),
                hostPartner: "prizma", openedOn: day
            ).record,
            activity.record, participation.record,
            Job(
                id: "j1", organisation: "o1", person: "p1", kind: .retained, startDate: day,
                fte: Quantity(hundredths: 50), evidence: evidence
            ).record,
            Product(
                id: "pr1", organisation: "o1", name: "Zeliščni čaj", kind: .service, stage: "pilot",
                supportedOn: day
            ).record,
            DevelopmentPlan(
                id: "d1", organisation: "o1", partner: "tkalka", diagnosedOn: day, planAdoptedOn: day
            ).record,
            SupportProgramme(
                id: "s1", title: "Pospeševalnik", approvedOn: day, materials: ["priročnik", "=formula"]
            ).record,
            Milestone(id: "m1", output: "OUT-01", title: "Lab", achievedOn: day, evidence: evidence).record,
        ]
    }

    @Test func directJSONDecodesToTheSameChangeSet() throws {
        let records =
            Self.everyKind.enumerated().map { i, record in
                ChangeRecord(reference: record.reference, before: i % 2 == 0 ? record : nil, after: record)
            } + [
                ChangeRecord(
                    reference: EntityReference(.personalDetails, "p9"), before: nil, after: nil,
                    redacted: true)
            ]
        let changeSet = CommittedChangeSet(
            revision: 42, author: "Ana \"A\" Novak", timestamp: Timestamp(milliseconds: 1_570_090_500_123),
            reason: "import\tmarch", records: records)
        let bytes = try #require(changeSet.jsonBytes)
        let decoded = try JSONDecoder().decode(CommittedChangeSet.self, from: Data(bytes))
        #expect(decoded == changeSet)
        // The same document as Codable's, key order aside.
        let viaCodable =
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(changeSet)) as? NSDictionary
        let direct = try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary
        #expect(viaCodable == direct)
    }

    @Test func aNumberThatIsNotJSONFallsBackToCodable() {
        var activity = CoreFixtures.activity
        activity.details = .object(["hours": .number("twelve")])
        let changeSet = CommittedChangeSet(
            revision: 1, author: "a", timestamp: Timestamp(milliseconds: 0), reason: "r",
            records: [ChangeRecord(reference: activity.reference, before: nil, after: activity.record)])
        #expect(changeSet.jsonBytes == nil)
    }
}
