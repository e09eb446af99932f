import Foundation
import SocioLabKit

extension StoreConformance {

    /// Applies changes to a dataset and returns the committed change set a workspace would append.
    /// - Throws: ``SocioLabKit/SocioLabError`` `change.conflict` when a change does not fit the dataset.
    public static func commit(_ changes: [Change], on dataset: inout Dataset, revision: Int64) throws
        -> CommittedChangeSet
    {
        var records: [ChangeRecord] = []
        for change in changes { records.append(try dataset.apply(change)) }
        return CommittedChangeSet(
            revision: revision, author: "conformance",
            timestamp: Timestamp(milliseconds: 1_570_000_000_000 + revision),
            reason: "check \(revision): čšž \"quoted\"\nnew line", records: records)
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// Checks that the store loads `expected` at `revision`, naming the records that differ.
    static func expect(
        _ store: any Store, holds expected: Dataset, at revision: Int64, _ check: String, _ when: String
    ) async throws {
        let state = try await store.load()
        guard state.revision == revision else {
            throw ConformanceFailure(
                check: check, message: "revision is \(state.revision), not \(revision), \(when)")
        }
        guard state.dataset == expected else {
            let got = Set(state.dataset.allRecords)
            let want = Set(expected.allRecords)
            let missing = want.subtracting(got).map { "\($0.reference)" }.sorted()
            let extra = got.subtracting(want).map { "\($0.reference)" }.sorted()
            throw ConformanceFailure(
                check: check,
                message: "the dataset differs \(when): missing or changed \(missing), unexpected \(extra)"
                    + (state.dataset.operation == expected.operation ? "" : ", and the operation differs"))
        }
    }
}
