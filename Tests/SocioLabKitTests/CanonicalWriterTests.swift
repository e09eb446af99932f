import Foundation
import Testing

@testable import SocioLabKit

/// The writer also writes committed change sets (journal lines); their bytes are pinned here so a faster
/// writer keeps writing the same journal.
struct CanonicalWriterTests {
    static var changeSet: CommittedChangeSet {
        let records: [ChangeRecord] =
            StabilitySample.allKindsRecords.enumerated().map { i, pair in
                ChangeRecord(reference: pair.0.reference, before: i % 3 == 0 ? pair.0 : nil, after: pair.0)
            } + [
                ChangeRecord(
                    reference: EntityReference(.personalDetails, "p9"), before: nil, after: nil,
                    redacted: true),
                ChangeRecord(
                    reference: EntityReference(.person, "gone"), before: Person(id: "gone").record, after: nil
                ),
            ]
        return CommittedChangeSet(
            revision: -7, author: "Ana \"A\" Novak", timestamp: Timestamp(milliseconds: 1_570_090_500_123),
            reason: "import\tmarch\u{1}", records: records)
    }

    @Test func changeSetBytesArePinned() throws {
        let bytes = try #require(Self.changeSet.jsonBytes)
        #expect(
            SHA256Hasher.hex(SHA256Hasher.hash(bytes))
                // Issue 17: the sample person p1 now sets enrolled_by (How to add a field, step 7).
                == "4b0c8d1eee7412661fd904304286ecb996fbb1c52a5cfdba0448125e17c2d6df")
        #expect(bytes.count == 4146)
    }

    @Test func emptyChangeSet() throws {
        let changeSet = CommittedChangeSet(
            revision: 0, author: "", timestamp: Timestamp(milliseconds: 0), reason: "", records: [])
        let bytes = try #require(changeSet.jsonBytes)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == #"{"author":"","reason":"","records":[],"revision":0,"timestamp":"1970-01-01T00:00:00.000Z"}"#
        )
    }
}
