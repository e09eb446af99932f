import Foundation
import Testing

@testable import SocioLabKit

/// A committed change set's `acting_partner` (issue 17): written by the fast writer exactly as its `Codable`
/// form writes it, read back, and absent (not `null`) when there is none, so older journals keep their bytes.
struct ActingPartnerJSONTests {
    static func changeSet(_ partner: Partner.ID?) -> CommittedChangeSet {
        CommittedChangeSet(
            revision: 3, author: "ana", timestamp: Timestamp(milliseconds: 1_570_090_500_123), reason: "r",
            records: [
                ChangeRecord(
                    reference: EntityReference(.person, "p1"), before: nil,
                    after: Person(id: "p1", enrolledBy: "citilab").record)
            ], actingPartner: partner)
    }

    @Test(arguments: [Partner.ID?.none, "citilab"])
    func fastWriterMatchesCodable(partner: Partner.ID?) throws {
        let changeSet = Self.changeSet(partner)
        let bytes = try #require(changeSet.jsonBytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == String(decoding: try encoder.encode(changeSet), as: UTF8.self))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(partner == nil ? #"{"author":"# : #"{"acting_partner":"citilab","author":"#))
        #expect(try JSONDecoder().decode(CommittedChangeSet.self, from: Data(bytes)) == changeSet)
    }

    @Test func aLineWithoutTheMemberHasNoActingPartner() throws {
        let line =
            #"{"author":"a","reason":"r","records":[],"revision":1,"timestamp":"2019-10-03T08:15:00.123Z"}"#
        let changeSet = try JSONDecoder().decode(CommittedChangeSet.self, from: Data(line.utf8))
        #expect(changeSet.actingPartner == nil)
    }
}
