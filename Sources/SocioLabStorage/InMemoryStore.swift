import Foundation
import SocioLabKit

/// A store that keeps everything in memory: for tests and harnesses. Nothing touches the disk.
///
/// It behaves as the disk stores do — whole change sets, gap-free revisions, history, erasure — so code
/// tested against it behaves the same on a real store. Reopening is opening a workspace on the same
/// instance.
///
/// It implements exactly what the ``SocioLabKit/Store`` protocol asks — load, append, compact, history and
/// erasure — and is the shortest example of a backend.
public final class InMemoryStore: Store, @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: the mutable properties (`snapshot`, `snapshotRevision`, `journal`,
    // `archive`) are Sendable values, set in `init` and after it read and written only inside
    // `lock.withLock`, so no two threads touch them at once; `lock` itself is a `let`.
    private let lock = NSLock()
    private var snapshot: Dataset
    private var snapshotRevision: Int64 = 0
    private var journal: [CommittedChangeSet] = []
    private var archive: [CommittedChangeSet] = []

    /// Creates an empty store for an operation.
    public init(operation: ESFOperation) { snapshot = Dataset(operation: operation) }

    /// Creates a store holding a dataset at revision 0 (a fixture).
    public init(dataset: Dataset) { snapshot = dataset }

    /// The snapshot with the journal replayed over it.
    public func load() async throws -> StoreState {
        lock.withLock {
            var dataset = snapshot
            for changeSet in journal { dataset.replay(changeSet) }
            return StoreState(dataset: dataset, revision: journal.last?.revision ?? snapshotRevision)
        }
    }

    /// Appends a change set whose revision follows the last one.
    public func append(_ changeSet: CommittedChangeSet) async throws {
        try lock.withLock {
            let last = journal.last?.revision ?? snapshotRevision
            guard changeSet.revision == last + 1 else {
                throw SocioLabError(
                    .changeConflict,
                    "revision \(changeSet.revision) does not follow \(last); reopen the workspace and try again"
                )
            }
            journal.append(changeSet)
        }
    }

    /// Keeps `dataset` as the snapshot and moves the journal to the history archive.
    public func compact(_ dataset: Dataset, revision: Int64) async throws {
        lock.withLock {
            archive += journal.filter { $0.revision <= revision }
            journal.removeAll { $0.revision <= revision }
            snapshot = dataset
            snapshotRevision = revision
        }
    }

    /// Every change set, archived or in the journal, that touched the entity.
    public func history(of reference: EntityReference) async throws -> [CommittedChangeSet] {
        lock.withLock { (archive + journal).filter { $0.touches(reference) } }
    }

    /// Redacts the persons' details from the journal and archive and compacts.
    public func erasePersonalDetails(of persons: Set<Person.ID>, dataset: Dataset, revision: Int64)
        async throws
    {
        let ids = Set(persons.map(\.rawValue))
        lock.withLock {
            journal = journal.map { $0.redactingPersonalDetails(of: ids) }
            archive = archive.map { $0.redactingPersonalDetails(of: ids) }
        }
        try await compact(dataset, revision: revision)
    }
}
