import SocioLabKit
import SocioLabStorage

extension ChangeSetSummary {
    /// The summary of a change set another backend returned whole, counted as a JSON file store's journal
    /// line is: an erased record as an erasure, a record without a value before as an insert, one without a
    /// value after as a deletion, any other as an update.
    init(_ changeSet: CommittedChangeSet) {
        var counts: [EntityKind: Counts] = [:]
        for record in changeSet.records {
            var kindCounts = counts[record.reference.kind] ?? Counts()
            switch (record.redacted, record.before, record.after) {
            case (true, _, _): kindCounts.erasures += 1
            case (false, nil, .some): kindCounts.inserts += 1
            case (false, .some, nil): kindCounts.deletions += 1
            default: kindCounts.updates += 1
            }
            counts[record.reference.kind] = kindCounts
        }
        self.init(
            revision: changeSet.revision, timestamp: changeSet.timestamp, author: changeSet.author,
            reason: changeSet.reason, actingPartner: changeSet.actingPartner?.rawValue, counts: counts)
    }
}
