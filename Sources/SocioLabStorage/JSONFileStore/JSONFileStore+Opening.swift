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
    // MARK: Creating and opening

    /// Creates a new, empty store for an operation and opens it for writing.
    /// - Parameters:
    ///   - path: A directory that does not exist yet (or is empty); created with mode 0700.
    ///   - operation: The operation the store records.
    ///   - configuration: Tunable behaviour.
    /// - Returns: The store, holding the writer's lock.
    /// - Throws: `store.exists` when `path` holds something; `store.io` when the files cannot be written.
    public static func create(
        at path: String, operation: ESFOperation, configuration: Configuration = Configuration()
    ) throws(SocioLabError) -> JSONFileStore {
        try create(at: path, dataset: Dataset(operation: operation), configuration: configuration)
    }

    /// Creates a new store holding a dataset at revision 0 (an import or a fixture) and opens it for writing.
    /// - Parameters:
    ///   - path: A directory that does not exist yet (or is empty).
    ///   - dataset: The initial dataset.
    ///   - configuration: Tunable behaviour.
    /// - Returns: The store, holding the writer's lock.
    /// - Throws: `store.exists`, `store.io`.
    public static func create(
        at path: String, dataset: Dataset, configuration: Configuration = Configuration()
    ) throws(SocioLabError) -> JSONFileStore {
        let directory = try DirectoryHandle.create(path)
        let lock = try StoreLock.acquire(in: directory, timeout: 0)
        let storeID = UUID().uuidString.lowercased()
        let history = JournalCodec.headerLine(
            .init(
                format: JournalCodec.historyFormat, formatVersion: SnapshotCodec.currentVersion,
                storeID: storeID))
        try directory.replace(historyName, with: history)
        let fingerprint = DatasetFingerprint.sha256(of: dataset)
        let snapshot = try SnapshotCodec.encodeFramed(
            dataset, storeID: storeID, revision: 0, fingerprint: fingerprint)
        try directory.replace(snapshotName, with: snapshot)
        let journal = JournalCodec.headerLine(
            .init(
                format: JournalCodec.journalFormat, formatVersion: SnapshotCodec.currentVersion,
                storeID: storeID,
                baseRevision: 0))
        try directory.replace(journalName, with: journal)
        var state = State(
            storeID: storeID, snapshotRevision: 0, snapshotSize: snapshot.count, revision: 0, journalBase: 0,
            journalLength: journal.count, historyLastRevision: 0, historyLength: history.count)
        state.journalDescriptor = try openJournalForAppend(directory)
        state.headDescriptor = try createHead(directory, for: state)
        state.opened = StoreState(dataset: dataset, revision: 0, fingerprint: fingerprint)
        return JSONFileStore(
            path: path, mode: .readWrite, configuration: configuration, directory: directory, state: state,
            lock: lock)
    }

    /// Opens an existing store: reads the snapshot, replays the journal and checks every line.
    ///
    /// The loaded state is kept for the first ``load()``, so opening a workspace on the store reads the
    /// files once. A writer also finishes what a crash interrupted: it removes leftover temporary files,
    /// completes an interrupted erasure, and migrates an older format version (keeping the old files in
    /// `migrated-from-vN/`).
    /// - Parameters:
    ///   - path: The store directory.
    ///   - mode: ``Mode/readWrite`` (the default) takes the writer's lock; ``Mode/readOnly`` takes none.
    ///   - lockTimeout: Seconds to wait for another writer to let go (0: fail at once).
    ///   - configuration: Tunable behaviour.
    /// - Returns: The open store.
    /// - Throws: `store.missing`, `store.locked` (naming the holder's pid), `store.corrupt` (naming the file,
    ///   line and byte offset; nothing is changed), `store.too-new`, `store.io`.
    /// - Complexity: O(*n*) in the size of the files.
    public static func open(
        at path: String, mode: Mode = .readWrite, lockTimeout: Double = 0,
        configuration: Configuration = Configuration()
    ) throws(SocioLabError) -> JSONFileStore {
        let directory = try DirectoryHandle.open(path)
        let lock = mode == .readWrite ? try StoreLock.acquire(in: directory, timeout: lockTimeout) : nil
        let loaded = try readStore(directory)
        var notices = loaded.notices
        let temporaries = try directory.names().filter { $0.contains(DirectoryHandle.temporarySuffix) }
        if !temporaries.isEmpty {
            if mode == .readWrite {
                for name in temporaries { directory.remove(name) }
                try directory.syncDirectory()
                notices.append(
                    "removed \(temporaries.count) temporary file(s) left by an interrupted compaction: "
                        + temporaries.sorted().joined(separator: ", "))
            } else {
                notices.append(
                    "ignored \(temporaries.count) temporary file(s) left by an interrupted compaction")
            }
        }
        var state = State(
            storeID: loaded.storeID, snapshotRevision: loaded.snapshotRevision,
            snapshotSize: loaded.snapshotSize,
            revision: loaded.revision, journalBase: loaded.journalBase,
            journalLength: loaded.journalValidLength,
            journalTruncateTo: loaded.journalTorn ? loaded.journalValidLength : nil,
            historyLastRevision: loaded.historyLastRevision, historyLength: loaded.historyValidLength,
            historyTruncateTo: loaded.historyTorn ? loaded.historyValidLength : nil)
        state.formatVersion = loaded.writeVersion
        state.snapshotImport = loaded.snapshotImport
        if mode == .readWrite {
            state.journalDescriptor = try openJournalForAppend(directory)
            if loaded.head != nil {
                guard let fd = try directory.openFile(StoreHead.fileName, flags: O_WRONLY) else {
                    throw SocioLabError(
                        .storeCorrupt, "the head record disappeared while the store was opened",
                        at: .init(file: directory.display(StoreHead.fileName)))
                }
                state.headDescriptor = fd
            }
        }
        let store = JSONFileStore(
            path: path, mode: mode, configuration: configuration, directory: directory, state: state,
            lock: lock)
        if mode == .readWrite {
            if loaded.formatVersion < SnapshotCodec.currentVersion {
                try directory.preserve(
                    [snapshotName, journalName, historyName], in: backupPrefix + String(loaded.formatVersion))
                try store.withState { (s) throws(SocioLabError) in
                    try store.compactLocked(
                        &s, loaded.dataset, revision: loaded.revision, redacting: [], rewriteHistory: true)
                }
                notices.append(
                    "migrated the store from format version \(loaded.formatVersion) to "
                        + "\(SnapshotCodec.currentVersion); the old files are kept in "
                        + "\(backupPrefix)\(loaded.formatVersion)/")
            } else if store.importIsUnfinished(store.state) {
                // A crash during a snapshot import, after its snapshot: finish writing the marker.
                try store.withState { (s) throws(SocioLabError) in try store.finishImport(&s) }
                notices.append(
                    "finished recording the import of revision \(loaded.snapshotRevision) in the history")
            }
            if !loaded.pendingErasures.isEmpty, loaded.formatVersion >= SnapshotCodec.currentVersion {
                try store.withState { (s) throws(SocioLabError) in
                    try store.compactLocked(
                        &s, loaded.dataset, revision: loaded.revision, redacting: loaded.pendingErasures,
                        rewriteHistory: true)
                }
                notices.append(
                    "finished erasing the personal details of \(loaded.pendingErasures.count) person(s)")
            }
            if store.state.headDescriptor < 0 {
                // A store made before the head record existed: write it from the files, checked as they are.
                store.state.headDescriptor = try createHead(directory, for: store.state)
                notices.append(
                    "wrote \(StoreHead.fileName), which records the last acknowledged revision (the store was "
                        + "made by an older version)")
            } else if let head = loaded.head, head != JSONFileStore.head(of: store.state) {
                // Behind the files (a crash before its update, or a writer of an older version): bring it up to
                // date, so that it speaks for all that the files hold.
                if let code = JSONFileStore.head(of: store.state).write(
                    to: store.state.headDescriptor, sync: true)
                {
                    throw DirectoryHandle.ioError(
                        "cannot update the head record", path: directory.display(StoreHead.fileName),
                        errno: code)
                }
            }
        }
        store.state.opened = StoreState(
            dataset: loaded.dataset, revision: loaded.revision, notices: notices,
            fingerprint: loaded.pendingErasures.isEmpty ? loaded.fingerprint : nil)
        return store
    }

    /// Writes a new head record describing `state` (temporary file, fsync, rename) and opens it for writing
    /// in place.
    static func createHead(_ directory: DirectoryHandle, for state: State) throws(SocioLabError)
        -> Int32
    {
        try directory.replace(StoreHead.fileName, with: head(of: state).encoded())
        guard let fd = try directory.openFile(StoreHead.fileName, flags: O_WRONLY) else {
            throw SocioLabError(
                .storeMissing, "the head record disappeared just after it was written",
                at: .init(file: directory.display(StoreHead.fileName)))
        }
        return fd
    }

    /// The head record of what the handle has written.
    static func head(of state: State) -> StoreHead {
        StoreHead(
            storeID: state.storeID, baseRevision: state.journalBase, revision: state.revision,
            journalLength: state.journalLength, historyLength: state.historyLength,
            formatVersion: state.formatVersion)
    }

    static func openJournalForAppend(_ directory: DirectoryHandle) throws(SocioLabError) -> Int32 {
        guard let fd = try directory.openFile(journalName, flags: O_WRONLY) else {
            throw SocioLabError(
                .storeMissing, "the journal is missing; restore the store directory from a backup",
                at: .init(file: directory.display(journalName)))
        }
        return fd
    }
}
