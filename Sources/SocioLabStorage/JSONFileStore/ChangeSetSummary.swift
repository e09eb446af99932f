import SocioLabKit

/// What a log of a store shows of one committed change set: who, when, why, and how many records of
/// each kind it inserted, updated, deleted or had erased — without the records' values.
///
/// Read by ``JSONFileStore/changeSetSummaries(atPath:limit:including:)``, which never decodes a before or
/// after record, so listing the history of a store of a million persons costs a scan of its files, not
/// the decoding of every record.
package struct ChangeSetSummary: Hashable, Sendable {
    /// How many records of one kind a change set inserted, updated, deleted, or holds erased.
    package struct Counts: Hashable, Sendable {
        /// Records added (no value before).
        package var inserts = 0
        /// Records replaced.
        package var updates = 0
        /// Records removed (no value after).
        package var deletions = 0
        /// Records whose values were erased from the history (personal details of an erased person).
        package var erasures = 0

        /// Creates counts.
        package init(inserts: Int = 0, updates: Int = 0, deletions: Int = 0, erasures: Int = 0) {
            self.inserts = inserts
            self.updates = updates
            self.deletions = deletions
            self.erasures = erasures
        }

        /// All the records counted.
        package var total: Int { inserts + updates + deletions + erasures }
    }

    /// The revision the change set produced.
    package var revision: Int64
    /// When it was committed.
    package var timestamp: Timestamp
    /// Who made it.
    package var author: String
    /// Why.
    package var reason: String
    /// The partner the writer acted as, when the change set records one (member `acting_partner`).
    package var actingPartner: String?
    /// The counts of each kind the change set touched.
    package var counts: [EntityKind: Counts]

    /// Creates a summary.
    package init(
        revision: Int64, timestamp: Timestamp, author: String, reason: String, actingPartner: String? = nil,
        counts: [EntityKind: Counts]
    ) {
        self.revision = revision
        self.timestamp = timestamp
        self.author = author
        self.reason = reason
        self.actingPartner = actingPartner
        self.counts = counts
    }

    /// The summary of a snapshot import: its marker's counts, all inserts.
    init(importMarker marker: ImportMarker) {
        self.init(
            revision: marker.revision, timestamp: marker.timestamp, author: marker.author,
            reason: marker.reason,
            actingPartner: marker.actingPartner?.rawValue,
            counts: marker.tables.mapValues { Counts(inserts: $0) })
    }

    /// The counts of every kind added up.
    package var totals: Counts {
        counts.values.reduce(into: Counts()) { sum, counts in
            sum.inserts += counts.inserts
            sum.updates += counts.updates
            sum.deletions += counts.deletions
            sum.erasures += counts.erasures
        }
    }
}
