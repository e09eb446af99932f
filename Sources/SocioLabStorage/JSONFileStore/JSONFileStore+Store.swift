import Foundation
import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONFileStore {
    /// The dataset and revision: the state read at open the first time, re-read from the files afterwards.
    /// - Throws: `store.corrupt`, `store.io` … as ``open(at:mode:lockTimeout:configuration:)``.
    public func load() async throws -> StoreState {
        if let opened = mutex.withLock({ () -> StoreState? in
            defer { state.opened = nil }
            return state.opened
        }) {
            return opened
        }
        let loaded = try JSONFileStore.readStore(directory)
        return StoreState(
            dataset: loaded.dataset, revision: loaded.revision, notices: loaded.notices,
            fingerprint: loaded.pendingErasures.isEmpty ? loaded.fingerprint : nil)
    }

    /// Appends a change set as one line and fsyncs it before returning.
    ///
    /// When the journal has grown larger than the snapshot (and than the configured threshold), the store
    /// then compacts itself from its files; a failure there poisons the handle but does not undo the append.
    ///
    /// A change set that marks personal details as erased (``ChangeRecord/redacted``) starts an erasure,
    /// which ``erasePersonalDetails(of:dataset:revision:)`` finishes (or, after a crash, the next writer's
    /// open): before it is written, every line of the journal and the history is read and checked as the
    /// erasure will need it, so that damage stops the erasure before anything is written.
    /// - Throws: `store.read-only`, `store.poisoned`, `change.conflict` (a revision that does not follow),
    ///   `store.corrupt` (before an erasure; nothing written), `store.io` (the handle is then poisoned).
    /// - Complexity: O(size of the change set), plus an occasional compaction, O(*n*), amortised over at
    ///   least as many bytes of appends as the snapshot holds; O(size of the journal and the history)
    ///   before an erasure.
    public func append(_ changeSet: CommittedChangeSet) async throws {
        try withState { (s) throws(SocioLabError) in
            try checkWritable(&s)
            if s.compactionDue {
                // Nobody compacted since the journal outgrew the snapshot: do it from the files.
                do throws(SocioLabError) {
                    let loaded = try JSONFileStore.readStore(directory)
                    try compactLocked(
                        &s, loaded.dataset, revision: loaded.revision, redacting: [], rewriteHistory: false)
                    s.compactionDue = false
                } catch {
                    s.poisoned = error
                    throw error
                }
            }
            guard changeSet.revision == s.revision + 1 else {
                throw SocioLabError(
                    .changeConflict,
                    "revision \(changeSet.revision) does not follow \(s.revision); reopen the workspace and try again"
                )
            }
            let line = try JournalCodec.framedLine(for: changeSet)
            let startsErasure = changeSet.records.contains { $0.redacted }
            if startsErasure { try checkBeforeErasure(s) }
            do throws(SocioLabError) {
                if let length = s.journalTruncateTo {
                    try truncate(s.journalDescriptor, to: length, name: JSONFileStore.journalName)
                    s.journalTruncateTo = nil
                }
                if let code = line.write(to: s.journalDescriptor, at: s.journalLength) {
                    throw DirectoryHandle.ioError(
                        "cannot append to the journal", path: directory.display(JSONFileStore.journalName),
                        errno: code)
                }
                if let code = DirectoryHandle.sync(s.journalDescriptor) {
                    throw DirectoryHandle.ioError(
                        "cannot flush the journal to disk",
                        path: directory.display(JSONFileStore.journalName),
                        errno: code)
                }
            } catch {
                s.poisoned = error
                throw error
            }
            s.journalLength += line.count
            s.revision = changeSet.revision
            s.checkedForErasure = startsErasure ? changeSet.revision : nil
            // The head record follows the durable line, without an fsync of its own: it may lag the
            // journal after a power loss, never lead it.
            if s.headDescriptor >= 0,
                let code = JSONFileStore.head(of: s).write(to: s.headDescriptor, sync: false)
            {
                let error = DirectoryHandle.ioError(
                    "cannot update the head record (the change set itself is stored)",
                    path: directory.display(StoreHead.fileName), errno: code)
                s.poisoned = error
                throw error
            }
            s.compactionDue = s.journalLength > max(s.snapshotSize, configuration.compactionThreshold)
        }
    }

    /// Reads and checks every line of the journal and the history, and the head record, as an erasure
    /// will need them — before it writes anything.
    /// - Throws: The first problem found (`store.corrupt`, naming the place), or `store.io`.
    private func checkBeforeErasure(_ s: State) throws(SocioLabError) {
        let head = try StoreHead.read(directory)
        _ = try JSONFileStore.auditLines(
            directory, snapshotRevision: s.snapshotRevision, storeID: s.storeID,
            formatVersion: SnapshotCodec.currentVersion, head: head, stopAtFirst: true,
            snapshotImport: s.snapshotImport?.revision)
    }

    /// Whether the journal has outgrown the snapshot, so that a compaction is due. A ``Workspace`` then
    /// compacts from its dataset, which spares re-reading the files.
    public func wantsCompaction() async -> Bool {
        (try? withState { (s) throws(SocioLabError) in s.compactionDue && s.poisoned == nil }) ?? false
    }

    /// Writes `dataset` as the new snapshot at `revision`, moves the change sets it covers to the history
    /// and starts a new journal.
    /// - Throws: `store.read-only`, `store.poisoned`, `change.conflict` (a revision outside what is stored),
    ///   `store.io` (the handle is then poisoned; the files on disk are still a valid store).
    /// - Complexity: O(*n* log *n*) in the number of entities, plus O(size of the journal).
    public func compact(_ dataset: Dataset, revision: Int64) async throws {
        try compacting(dataset, revision: revision, fingerprint: nil)
    }

    /// Compacts at `revision`, writing `fingerprint` into the snapshot (computed when `nil`).
    func compacting(_ dataset: Dataset, revision: Int64, fingerprint: String?) throws {
        try withState { (s) throws(SocioLabError) in
            try checkWritable(&s)
            guard revision >= s.snapshotRevision, revision <= s.revision else {
                throw SocioLabError(
                    .changeConflict,
                    "cannot compact at revision \(revision): the store holds \(s.snapshotRevision)…\(s.revision)"
                )
            }
            do throws(SocioLabError) {
                try compactLocked(
                    &s, dataset, revision: revision, redacting: [], rewriteHistory: false,
                    fingerprint: fingerprint)
            } catch {
                s.poisoned = error
                throw error
            }
        }
    }

    /// Erases the personal details of `persons` from every file: the history and the journal are rewritten
    /// with those records redacted, a new snapshot of `dataset` is written, and copies kept by a migration
    /// are deleted.
    ///
    /// Every line of the journal and the history, and the head record, is checked before anything is
    /// written: a damaged store is refused with `store.corrupt` and left as it was.
    /// - Throws: `store.read-only`, `store.poisoned`, `change.conflict` when `revision` is not the store's,
    ///   `store.corrupt` (nothing written), `store.io` (the handle is then poisoned; reopening the store
    ///   finishes the erasure).
    /// - Complexity: O(size of all the files).
    public func erasePersonalDetails(of persons: Set<Person.ID>, dataset: Dataset, revision: Int64)
        async throws
    {
        try withState { (s) throws(SocioLabError) in
            try checkWritable(&s)
            guard revision == s.revision else {
                throw SocioLabError(
                    .changeConflict,
                    "the erasure is at revision \(revision) but the store is at \(s.revision); reopen and try again"
                )
            }
            // Damage stops the erasure before anything is written (already checked when its marker was
            // appended through this handle).
            if s.checkedForErasure != revision { try checkBeforeErasure(s) }
            s.checkedForErasure = nil
            do throws(SocioLabError) {
                try compactLocked(
                    &s, dataset, revision: revision, redacting: Set(persons.map(\.rawValue)),
                    rewriteHistory: true)
            } catch {
                s.poisoned = error
                throw error
            }
        }
    }

    /// Checks that the handle may write, and forgets the state kept from the open (it is about to change).
    func checkWritable(_ s: inout State) throws(SocioLabError) {
        s.opened = nil
        guard mode == .readWrite else {
            throw SocioLabError(
                .storeReadOnly, "the store was opened read-only; open it for writing to change it",
                at: .init(file: path))
        }
        if let cause = s.poisoned {
            throw SocioLabError(
                .storePoisoned,
                "an earlier write failed (\(cause.message)); nothing more is written through this handle: open the "
                    + "store again",
                at: cause.location)
        }
    }

    /// Cuts a file back to `length` (a torn last line) and flushes it.
    func truncate(_ fd: Int32, to length: Int, name: String) throws(SocioLabError) {
        if ftruncate(fd, off_t(length)) != 0 {
            throw DirectoryHandle.ioError(
                "cannot cut off the torn last line", path: directory.display(name), errno: errno)
        }
        if let code = DirectoryHandle.sync(fd) {
            throw DirectoryHandle.ioError(
                "cannot flush the file to disk", path: directory.display(name), errno: code)
        }
    }
}
