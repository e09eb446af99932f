import Testing

@testable import SocioLabKit

/// Redacting erased personal details from a history, and what each change record did.
struct HistoryRedactionTests {
    static let moment = Timestamp(milliseconds: 1_570_090_500_000)

    static func changeSet(_ revision: Int64, _ records: [ChangeRecord]) -> CommittedChangeSet {
        CommittedChangeSet(
            revision: revision, author: "ana", timestamp: moment, reason: "r\(revision)", records: records)
    }

    static func details(_ person: String, _ name: String) -> EntityRecord {
        PersonalDetails(person: .init(person), givenName: name, familyName: "Novak").record
    }

    static let organisation = Organisation(id: "o1", name: "Zadruga Sonce", legalForm: .zadruga).record

    /// p1's details inserted, renamed and then erased; p2's details inserted, never erased.
    static let history = [
        changeSet(
            1,
            [
                ChangeRecord(
                    reference: details("p1", "Ana").reference, before: nil, after: details("p1", "Ana")),
                ChangeRecord(
                    reference: details("p2", "Eva").reference, before: nil, after: details("p2", "Eva")),
                ChangeRecord(reference: organisation.reference, before: nil, after: organisation),
            ]),
        changeSet(
            2,
            [
                ChangeRecord(
                    reference: details("p1", "Ana").reference, before: details("p1", "Ana"),
                    after: details("p1", "Anja"))
            ]),
        changeSet(
            3,
            [
                ChangeRecord(
                    reference: EntityReference(.personalDetails, "p1"), before: nil, after: nil,
                    redacted: true)
            ]),
    ]

    @Test func erasedPersonsDetailsAreRedactedInEveryChangeSet() {
        let redacted = Self.history.redactingErasedPersonalDetails()
        #expect(redacted.map(\.revision) == [1, 2, 3])
        #expect(redacted.map(\.reason) == ["r1", "r2", "r3"])
        for changeSet in redacted {
            for record in changeSet.records where record.reference == EntityReference(.personalDetails, "p1")
            {
                #expect(record.redacted)
                #expect(record.before == nil)
                #expect(record.after == nil)
            }
        }
        // Another person's details and other entities are kept as they were.
        #expect(redacted[0].records[1] == Self.history[0].records[1])
        #expect(redacted[0].records[2] == Self.history[0].records[2])
        #expect(redacted[0].records.count == 3)
    }

    @Test func historyWithoutErasureIsUnchanged() {
        let kept = Array(Self.history.prefix(2))
        #expect(kept.redactingErasedPersonalDetails() == kept)
        #expect(kept.personsWithErasedDetails.isEmpty)
        #expect(Self.history.personsWithErasedDetails == ["p1"])
    }

    @Test func redactedRecordOfAnotherKindErasesNothing() {
        let odd = [
            Self.history[0],
            Self.changeSet(
                2,
                [
                    ChangeRecord(
                        reference: EntityReference(.person, "p2"), before: nil, after: nil, redacted: true)
                ]),
        ]
        #expect(odd.personsWithErasedDetails.isEmpty)
        #expect(odd.redactingErasedPersonalDetails()[0] == Self.history[0])
    }

    @Test func actionOfEachRecord() {
        let record = Self.organisation
        let reference = record.reference
        #expect(ChangeRecord(reference: reference, before: nil, after: record).action == .insert)
        #expect(ChangeRecord(reference: reference, before: record, after: record).action == .update)
        #expect(ChangeRecord(reference: reference, before: record, after: nil).action == .delete)
        #expect(
            ChangeRecord(reference: reference, before: nil, after: nil, redacted: true).action == .redacted)
        #expect(
            ChangeRecord(reference: reference, before: record, after: nil, redacted: true).action == .redacted
        )
        #expect(ChangeRecord(reference: reference, before: nil, after: nil).action == .update)
        #expect(
            [ChangeRecord.Action.insert, .update, .delete, .redacted].map(\.rawValue)
                == ["insert", "update", "delete", "redacted"])
    }
}
