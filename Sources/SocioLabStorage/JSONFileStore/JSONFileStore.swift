import Foundation
import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A durable store in a directory of JSON files: a snapshot, an append-only journal, a history file and a
/// lock file.
///
/// ```swift
/// let store = try JSONFileStore.create(at: "data/podravje", operation: .socioLabPodravje)
/// let workspace = try await Workspace(store: store)
/// // later, in another run:
/// let reopened = try JSONFileStore.open(at: "data/podravje")
/// ```
///
/// - **Writes** append one checked line to `journal.jsonl` and `fsync` it before returning; their cost
///   does not depend on the size of the store.
/// - **Compaction** writes `snapshot.json` atomically (temporary file, fsync, rename, fsync of the
///   directory), moves the compacted change sets to `history.jsonl` and starts a new journal. It runs when
///   asked (``compact(_:revision:)``) and by itself when the journal grows larger than the snapshot (and
///   than ``Configuration/compactionThreshold``).
/// - **Opening** replays the journal over the snapshot. A torn last line (a crash during an append) is left
///   out with a notice and cut off before the next append; any other damage stops the open with
///   `store.corrupt` naming the file, line and byte offset, and nothing is changed on disk.
/// - **One writer** at a time across processes (an exclusive `flock` on `store.lock`); read-only handles
///   work beside it.
/// - **A failed write or fsync poisons the handle**: every later write throws `store.poisoned`; reopen the
///   store, which is still valid on disk.
///
/// See `Documentation/Storage.md` for the file format and the guarantees in full.
public final class JSONFileStore: Store, @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: the mutable properties are `state` and `fileLock` (a `StoreLock`,
    // which is not Sendable and never leaves this object). After `init`, both are read and written only
    // while holding `mutex` (`withState`, `close()`, the `storeID` and `revision` getters); `deinit` touches
    // them when no other reference exists. Every other stored property is a `let` of a Sendable type.

    /// How a store is opened.
    public enum Mode: Sendable, Hashable {
        /// The single writer: takes the lock, may append, compact and erase.
        case readWrite
        /// A reader: takes no lock, changes nothing on disk, refuses writes with `store.read-only`.
        case readOnly
    }

    /// Tunable behaviour.
    public struct Configuration: Sendable, Hashable {
        /// The journal size in bytes below which the store never compacts by itself (default 1 MiB).
        public var compactionThreshold: Int
        /// Creates a configuration.
        /// - Parameter compactionThreshold: The journal size below which automatic compaction never runs.
        public init(compactionThreshold: Int = 1 << 20) { self.compactionThreshold = compactionThreshold }
    }

    static let snapshotName = "snapshot.json"
    static let journalName = "journal.jsonl"
    static let historyName = "history.jsonl"
    static let backupPrefix = "migrated-from-v"

    /// The store directory's path, as given.
    public let path: String
    /// How the store was opened.
    public let mode: Mode
    /// The configuration it was opened with.
    public let configuration: Configuration

    let directory: DirectoryHandle
    private let mutex = NSLock()
    private var state: State
    private var fileLock: StoreLock?

    struct State {
        var storeID: String
        var snapshotRevision: Int64
        var snapshotSize: Int
        var revision: Int64
        var journalDescriptor: Int32 = -1
        /// The `base_revision` of the journal's header.
        var journalBase: Int64
        var journalLength: Int
        var journalTruncateTo: Int?
        var historyLastRevision: Int64
        var historyLength: Int
        var historyTruncateTo: Int?
        /// The head record's file, open for writing in place (-1 when the store has none yet).
        var headDescriptor: Int32 = -1
        /// The revision of an erasure marker appended after every line of the journal and the history was
        /// checked, so that the erasure that follows need not read them all again.
        var checkedForErasure: Int64?
        var poisoned: SocioLabError?
        var opened: StoreState?
        /// The journal has outgrown the snapshot: the owner is asked to compact from its dataset; if the
        /// next append finds it still due, the store compacts from its own files.
        var compactionDue = false
    }

    private init(
        path: String, mode: Mode, configuration: Configuration, directory: DirectoryHandle, state: State,
        lock: StoreLock?
    ) {
        self.path = path
        self.mode = mode
        self.configuration = configuration
        self.directory = directory
        self.state = state
        self.fileLock = lock
    }

    deinit {
        if state.journalDescriptor >= 0 { _ = closeDescriptor(state.journalDescriptor) }
        if state.headDescriptor >= 0 { _ = closeDescriptor(state.headDescriptor) }
        fileLock?.release()
    }

    /// The store's identifier, written into every file so that files of different stores are never mixed.
    public var storeID: String { mutex.withLock { state.storeID } }

    /// The revision of the last change set stored.
    public var revision: Int64 { mutex.withLock { state.revision } }

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
        let snapshot = try SnapshotCodec.encode(
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
            } else if !loaded.pendingErasures.isEmpty {
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
    private static func createHead(_ directory: DirectoryHandle, for state: State) throws(SocioLabError)
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
            journalLength: state.journalLength, historyLength: state.historyLength)
    }

    private static func openJournalForAppend(_ directory: DirectoryHandle) throws(SocioLabError) -> Int32 {
        guard let fd = try directory.openFile(journalName, flags: O_WRONLY) else {
            throw SocioLabError(
                .storeMissing, "the journal is missing; restore the store directory from a backup",
                at: .init(file: directory.display(journalName)))
        }
        return fd
    }

    private func withState<R>(_ body: (inout State) throws(SocioLabError) -> R) throws(SocioLabError) -> R {
        mutex.lock()
        defer { mutex.unlock() }
        return try body(&state)
    }

    // MARK: Reading the files

    /// Everything read from the files at open.
    struct Loaded {
        var formatVersion: Int
        var storeID: String
        var dataset: Dataset
        var snapshotRevision: Int64
        var snapshotSize: Int
        var revision: Int64
        var journalBase: Int64
        var journalValidLength: Int
        var journalTorn: Bool
        var historyLastRevision: Int64
        var historyValidLength: Int
        var historyTorn: Bool
        var head: StoreHead?
        var pendingErasures: Set<String>
        var notices: [String]
        /// The snapshot's fingerprint when the journal adds nothing to it (so it is the dataset's).
        var fingerprint: String?
    }

    /// Reads the store: the head record first, then the journal's bytes, then the snapshot, then the
    /// history's ends, so that a writer appending or compacting in another process meanwhile is seen
    /// consistently (the head never leads the journal; the journal's lines reach the snapshot).
    ///
    /// A reader takes no lock, so the files may also change between two of those reads in a way that
    /// makes them look inconsistent (a compaction between reading the snapshot and the history's end, an
    /// erasure rewriting the history). When a check fails and any of the files changed while they were
    /// read, they are read again (a few times at most); damage stays damage.
    /// - Parameter inspect: Called with the decoded snapshot, before the journal is replayed over it.
    static func readStore(_ directory: DirectoryHandle, inspect: ((Snapshot) -> Void)? = nil)
        throws(SocioLabError) -> Loaded
    {
        var attempt = 0
        while true {
            let before = fileIdentities(directory)
            do { return try readStoreOnce(directory, inspect: inspect) } catch {
                attempt += 1
                guard attempt < 8, error.code == .storeCorrupt, fileIdentities(directory) != before else {
                    throw error
                }
            }
        }
    }

    private static func readStoreOnce(_ directory: DirectoryHandle, inspect: ((Snapshot) -> Void)?)
        throws(SocioLabError) -> Loaded
    {
        let journalFile = directory.display(journalName)
        let snapshotFile = directory.display(snapshotName)
        let head = try StoreHead.read(directory)
        guard let journal = try directory.read(journalName) else {
            if try directory.read(snapshotName) == nil {
                throw SocioLabError(
                    .storeMissing,
                    "\(directory.path) is not a SocioLab store (it has no snapshot.json); check the path, or "
                        + "create a store there",
                    at: .init(file: directory.path))
            }
            throw SocioLabError(
                .storeCorrupt, "the journal is missing; restore the store directory from a backup",
                at: .init(file: journalFile))
        }
        let snapshotSize = try directory.withMapped(snapshotName) { (raw) throws(SocioLabError) in raw.count }
        guard
            let decoded = try directory.withMapped(
                snapshotName,
                { (raw, releasePages) throws(SocioLabError) -> Snapshot in
                    try SnapshotCodec.decode(raw, file: snapshotFile, releasePages: releasePages)
                }), let snapshotSize
        else {
            throw SocioLabError(
                .storeMissing,
                "\(directory.path) has no snapshot.json; restore the store directory from a backup",
                at: .init(file: snapshotFile))
        }
        inspect?(decoded)
        // Move the dataset out of the snapshot value, so that replaying the journal mutates the only copy
        // instead of copying every table it touches.
        var snapshot = decoded
        var dataset = snapshot.dataset
        snapshot.dataset = Dataset(operation: dataset.operation)
        var revision = snapshot.revision
        var pending = Set<String>()
        var notices: [String] = []
        var run = JournalCodec.RevisionRun()
        let summary = try journal.withBytes { (raw) throws(SocioLabError) -> JournalCodec.Summary in
            try JournalCodec.read(raw, file: journalFile, format: JournalCodec.journalFormat) {
                (line) throws(SocioLabError) in
                let lineRevision = try JournalCodec.revision(line, file: journalFile)
                try run.add(lineRevision, line: line, file: journalFile)
                guard lineRevision > snapshot.revision else { return }
                guard lineRevision == revision + 1 else {
                    throw SocioLabError(
                        .storeCorrupt,
                        "the journal continues at revision \(lineRevision) but the snapshot ends at \(revision); "
                            + "change sets are missing, restore the store from a backup",
                        at: .init(file: journalFile, line: line.number, byteOffset: line.byteOffset))
                }
                let changeSet = try JournalCodec.changeSet(line, file: journalFile)
                for record in changeSet.records
                where record.redacted && record.reference.kind == .personalDetails {
                    pending.insert(record.reference.id)
                }
                dataset.replay(changeSet)
                revision = lineRevision
            }
        }
        try checkHeader(summary.header, storeID: snapshot.storeID, file: journalFile)
        let history = try readHistoryTail(
            directory, storeID: snapshot.storeID,
            plausible: snapshot.revision...max(snapshot.revision, revision))
        let facts = StoreFacts(
            formatVersion: min(
                snapshot.formatVersion, summary.header.formatVersion, history.header.formatVersion),
            storeID: snapshot.storeID, snapshotRevision: snapshot.revision,
            journalBase: summary.header.baseRevision, journalFirst: run.first, journalLast: run.last,
            journalValidLength: summary.validLength, historyBase: history.header.baseRevision ?? 0,
            historyLast: history.lastRevision, historyValidLength: history.validLength, head: head)
        if let problem = consistencyProblems(facts, directory).first { throw problem }
        if let torn = summary.tornLine {
            notices.append(
                "dropped an incomplete last line of the journal (line \(torn.number), byte \(torn.byteOffset)), "
                    + "left by a write that was interrupted before it was acknowledged")
        }
        if let torn = history.tornOffset {
            notices.append("dropped an incomplete last line of the history (at byte \(torn))")
        }
        return Loaded(
            formatVersion: facts.formatVersion,
            storeID: snapshot.storeID,
            dataset: dataset, snapshotRevision: snapshot.revision, snapshotSize: snapshotSize,
            revision: revision, journalBase: summary.header.baseRevision ?? snapshot.revision,
            journalValidLength: summary.validLength, journalTorn: summary.tornLine != nil,
            historyLastRevision: max(history.lastRevision ?? 0, 0), historyValidLength: history.validLength,
            historyTorn: history.tornOffset != nil, head: head, pendingErasures: pending, notices: notices,
            fingerprint: revision == snapshot.revision ? snapshot.fingerprint : nil)
    }

    static func checkHeader(_ header: JournalCodec.Header, storeID: String, file: String)
        throws(SocioLabError)
    {
        guard header.formatVersion <= SnapshotCodec.currentVersion else {
            throw SocioLabError(
                .storeTooNew,
                "the file was written in format version \(header.formatVersion), newer than this SocioLabKit reads "
                    + "(\(SnapshotCodec.currentVersion)); open the store with a newer version of SocioLabKit",
                at: .init(file: file, line: 1))
        }
        guard header.storeID == storeID else {
            throw SocioLabError(
                .storeCorrupt,
                "the file belongs to another store (\(header.storeID), not \(storeID)); put back this store's "
                    + "own file from a backup",
                at: .init(file: file, line: 1, byteOffset: 0))
        }
    }

    /// The history's header and the revision of its last line, read through a mapping: the history keeps
    /// every change set ever folded into a snapshot, so opening reads only its ends — the last line's
    /// revision from its last bytes, when it lies where a sound store puts it (from the snapshot's revision
    /// to the journal's last); otherwise the whole last line is read and checked, which reports damage. A
    /// last line without its newline must be a torn write (``TornTail``). The older lines are checked by
    /// `history(of:)` and `verify`; that they are all there, by the head record's `history_length`.
    private static func readHistoryTail(
        _ directory: DirectoryHandle, storeID: String, plausible: ClosedRange<Int64>
    ) throws(SocioLabError) -> (
        header: JournalCodec.Header, lastRevision: Int64?, validLength: Int, tornOffset: Int?
    ) {
        let file = directory.display(historyName)
        let tail = try directory.withMapped(historyName) { (raw, releasePages) throws(SocioLabError) in
            defer { releasePages() }
            let quick = try JournalCodec.readTail(
                raw, file: file, format: JournalCodec.historyFormat, verifyingLastLine: false)
            if quick.lastRevision.map(plausible.contains) ?? (quick.validLength == headerLength(raw)) {
                return quick
            }
            return try JournalCodec.readTail(
                raw, file: file, format: JournalCodec.historyFormat, verifyingLastLine: true)
        }
        guard let tail else {
            throw SocioLabError(
                .storeCorrupt, "the history file is missing; restore the store directory from a backup",
                at: .init(file: file))
        }
        try checkHeader(tail.header, storeID: storeID, file: file)
        return (tail.header, tail.lastRevision, tail.validLength, tail.tornOffset)
    }

    /// The length of a file's header line with its newline (0 without one).
    private static func headerLength(_ raw: UnsafeRawBufferPointer) -> Int {
        raw.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    }

    // MARK: Store

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
            let line = try JournalCodec.line(for: changeSet)
            let startsErasure = changeSet.records.contains { $0.redacted }
            if startsErasure { try checkBeforeErasure(s) }
            do throws(SocioLabError) {
                if let length = s.journalTruncateTo {
                    try truncate(s.journalDescriptor, to: length, name: JSONFileStore.journalName)
                    s.journalTruncateTo = nil
                }
                if let code = line.withUnsafeBytes({
                    DirectoryHandle.write(s.journalDescriptor, $0, at: s.journalLength)
                }) {
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
            formatVersion: SnapshotCodec.currentVersion, head: head, stopAtFirst: true)
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

    /// Compacts as ``compact(_:revision:)`` does, keeping the given fingerprint in the snapshot instead of
    /// computing it (it must be `DatasetFingerprint.sha256(of: dataset)`; `verify` checks).
    public func compact(_ dataset: Dataset, revision: Int64, fingerprint: String) async throws {
        try compacting(dataset, revision: revision, fingerprint: fingerprint)
    }

    private func compacting(_ dataset: Dataset, revision: Int64, fingerprint: String?) throws {
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

    /// Every change set that touched an entity, oldest first, from the history and the journal.
    /// - Throws: `store.corrupt` when a line of either file is damaged, or when revisions are missing (the
    ///   history must hold every revision from its first up to where the journal starts, each file without
    ///   gaps).
    /// - Complexity: O(size of the history and the journal).
    public func history(of reference: EntityReference) async throws -> [CommittedChangeSet] {
        var needle = JSONWriter()
        needle.raw("\"ref\":")
        try needle.value(.object(["kind": .string(reference.kind.rawValue), "id": .string(reference.id)]))
        var out: [CommittedChangeSet] = []
        var historyLast: Int64 = 0
        var historyVersion = SnapshotCodec.currentVersion
        let historyFile = directory.display(JSONFileStore.historyName)
        let journalFile = directory.display(JSONFileStore.journalName)
        // The journal first (a compaction in between then at worst repeats change sets, never loses them).
        let journal = try directory.read(JSONFileStore.journalName) ?? []
        if let history = try directory.read(JSONFileStore.historyName) {
            try history.withBytes { (raw) throws(SocioLabError) in
                var run = JournalCodec.RevisionRun()
                let summary = try JournalCodec.read(
                    raw, file: historyFile, format: JournalCodec.historyFormat
                ) {
                    (line) throws(SocioLabError) in
                    let changeSet = try JournalCodec.changeSet(line, file: historyFile)
                    try run.add(changeSet.revision, line: line, file: historyFile)
                    historyLast = changeSet.revision
                    if JournalCodec.mentions(line, needle.bytes), changeSet.touches(reference) {
                        out.append(changeSet)
                    }
                }
                let base = summary.header.baseRevision ?? 0
                historyLast = max(historyLast, base)
                historyVersion = summary.header.formatVersion
                if let first = run.first, first != base + 1, historyVersion >= 2 {
                    throw SocioLabError(
                        .storeCorrupt,
                        "the history's first change set has revision \(first), not \(base + 1): change sets are "
                            + "missing from it; restore the store from a backup",
                        at: .init(file: historyFile, line: 2))
                }
            }
        }
        try journal.withBytes { (raw) throws(SocioLabError) in
            var run = JournalCodec.RevisionRun()
            let summary = try JournalCodec.read(raw, file: journalFile, format: JournalCodec.journalFormat) {
                (line) throws(SocioLabError) in
                try run.add(
                    try JournalCodec.quickRevision(line, file: journalFile), line: line, file: journalFile)
                guard JournalCodec.mentions(line, needle.bytes) else { return }
                let changeSet = try JournalCodec.changeSet(line, file: journalFile)
                if changeSet.revision > historyLast, changeSet.touches(reference) { out.append(changeSet) }
            }
            // The journal starts where a compaction left off, so the history reaches its base.
            if let base = summary.header.baseRevision, historyLast < base,
                min(historyVersion, summary.header.formatVersion) >= 2
            {
                throw SocioLabError(
                    .storeCorrupt,
                    "the history ends at revision \(historyLast) but the journal starts after \(base): "
                        + JSONFileStore.missing(historyLast + 1, base)
                        + " from the history; restore the store from "
                        + "a backup",
                    at: .init(file: historyFile))
            }
        }
        return out
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

    /// Lets go of the writer's lock and closes the journal; the handle accepts no more writes.
    public func close() {
        mutex.withLock {
            if state.journalDescriptor >= 0 { _ = closeDescriptor(state.journalDescriptor) }
            state.journalDescriptor = -1
            if state.headDescriptor >= 0 {
                _ = DirectoryHandle.sync(state.headDescriptor)
                _ = closeDescriptor(state.headDescriptor)
            }
            state.headDescriptor = -1
            state.poisoned = SocioLabError(.storePoisoned, "the store was closed; open it again to write")
            fileLock?.release()
            fileLock = nil
        }
    }

    // MARK: Writing

    /// Checks that the handle may write, and forgets the state kept from the open (it is about to change).
    private func checkWritable(_ s: inout State) throws(SocioLabError) {
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

    private func truncate(_ fd: Int32, to length: Int, name: String) throws(SocioLabError) {
        if ftruncate(fd, off_t(length)) != 0 {
            throw DirectoryHandle.ioError(
                "cannot cut off the torn last line", path: directory.display(name), errno: errno)
        }
        if let code = DirectoryHandle.sync(fd) {
            throw DirectoryHandle.ioError(
                "cannot flush the file to disk", path: directory.display(name), errno: code)
        }
    }

    /// The compaction: history first, then the snapshot, then the new journal, then the head record, each
    /// step leaving a valid store behind if the process dies right after it. Everything is read and checked
    /// before the first write.
    private func compactLocked(
        _ s: inout State, _ dataset: Dataset, revision: Int64, redacting persons: Set<String>,
        rewriteHistory: Bool, fingerprint: String? = nil
    ) throws(SocioLabError) {
        defer { s.compactionDue = s.journalLength > max(s.snapshotSize, configuration.compactionThreshold) }
        let journalFile = directory.display(JSONFileStore.journalName)
        let historyFile = directory.display(JSONFileStore.historyName)
        func redacted(_ line: JournalCodec.Line, file: String) throws(SocioLabError) -> [UInt8] {
            if persons.isEmpty { return Array(line.bytes) + [UInt8(ascii: "\n")] }
            return try JournalCodec.line(
                for: JournalCodec.changeSet(line, file: file).redactingPersonalDetails(of: persons))
        }
        // 1. The journal's lines: those folded into the snapshot go to the history, the rest stay.
        var folded: [UInt8] = []
        var firstFolded: Int64?
        var kept: [UInt8] = []
        let historyLast = s.historyLastRevision
        let journal = try directory.read(JSONFileStore.journalName) ?? []
        try journal.withBytes { (raw) throws(SocioLabError) in
            var run = JournalCodec.RevisionRun()
            _ = try JournalCodec.read(raw, file: journalFile, format: JournalCodec.journalFormat) {
                (line) throws(SocioLabError) in
                let lineRevision = try JournalCodec.revision(line, file: journalFile)
                try run.add(lineRevision, line: line, file: journalFile)
                if lineRevision > revision {
                    kept += try redacted(line, file: journalFile)
                } else if lineRevision > historyLast {
                    if firstFolded == nil { firstFolded = lineRevision }
                    folded += try redacted(line, file: journalFile)
                }
            }
        }
        // 2. A rewritten history: its old lines (redacted), then the folded ones.
        var rewritten: [UInt8]?
        if rewriteHistory {
            var lines: [UInt8] = []
            var first: Int64?
            var base: Int64?
            if let old = try directory.read(JSONFileStore.historyName) {
                try old.withBytes { (raw) throws(SocioLabError) in
                    var run = JournalCodec.RevisionRun()
                    let summary = try JournalCodec.read(
                        raw, file: historyFile, format: JournalCodec.historyFormat
                    ) { (line) throws(SocioLabError) in
                        try run.add(
                            try JournalCodec.quickRevision(line, file: historyFile), line: line,
                            file: historyFile)
                        lines += try redacted(line, file: historyFile)
                    }
                    first = run.first
                    base = summary.header.baseRevision
                }
            }
            // The history holds every revision after its base; only a store migrated from version 1 can
            // start after 0.
            let newBase = base ?? (first ?? firstFolded).map { $0 - 1 } ?? revision
            rewritten =
                JournalCodec.headerLine(
                    .init(
                        format: JournalCodec.historyFormat, formatVersion: SnapshotCodec.currentVersion,
                        storeID: s.storeID, baseRevision: newBase > 0 ? newBase : nil)) + lines + folded
        }
        let newJournal =
            JournalCodec.headerLine(
                .init(
                    format: JournalCodec.journalFormat, formatVersion: SnapshotCodec.currentVersion,
                    storeID: s.storeID, baseRevision: revision)) + kept
        // 3. The head record, weakened first where a step below shortens what it records, so that it never
        //    claims more than the files hold.
        if s.headDescriptor >= 0 {
            var head = JSONFileStore.head(of: s)
            if rewriteHistory { head.historyLength = nil }
            if head.baseRevision == revision {
                head.journalLength = min(head.journalLength, Int64(newJournal.count))
            }
            if head != JSONFileStore.head(of: s), let code = head.write(to: s.headDescriptor, sync: true) {
                throw DirectoryHandle.ioError(
                    "cannot update the head record", path: directory.display(StoreHead.fileName), errno: code)
            }
        }
        // 4. The history.
        if let rewritten {
            try directory.replace(JSONFileStore.historyName, with: rewritten)
            s.historyLength = rewritten.count
            s.historyTruncateTo = nil
        } else if !folded.isEmpty {
            guard let fd = try directory.openFile(JSONFileStore.historyName, flags: O_WRONLY) else {
                throw SocioLabError(
                    .storeCorrupt, "the history file is missing", at: .init(file: historyFile))
            }
            defer { _ = closeDescriptor(fd) }
            if let length = s.historyTruncateTo {
                try truncate(fd, to: length, name: JSONFileStore.historyName)
                s.historyTruncateTo = nil
            }
            if let code = folded.withUnsafeBytes({ DirectoryHandle.write(fd, $0, at: s.historyLength) }) {
                throw DirectoryHandle.ioError("cannot append to the history", path: historyFile, errno: code)
            }
            if let code = DirectoryHandle.sync(fd) {
                throw DirectoryHandle.ioError(
                    "cannot flush the history to disk", path: historyFile, errno: code)
            }
            s.historyLength += folded.count
        }
        s.historyLastRevision = max(historyLast, revision)
        // 5. The snapshot.
        let snapshot = try SnapshotCodec.encode(
            dataset, storeID: s.storeID, revision: revision,
            fingerprint: fingerprint ?? DatasetFingerprint.sha256(of: dataset))
        try directory.replace(JSONFileStore.snapshotName, with: snapshot)
        s.snapshotRevision = revision
        s.snapshotSize = snapshot.count
        // 6. The new journal.
        try directory.replace(JSONFileStore.journalName, with: newJournal)
        if s.journalDescriptor >= 0 { _ = closeDescriptor(s.journalDescriptor) }
        s.journalDescriptor = -1
        s.journalDescriptor = try JSONFileStore.openJournalForAppend(directory)
        s.journalBase = revision
        s.journalLength = newJournal.count
        s.journalTruncateTo = nil
        // 7. The head record, describing the new journal and history (written new if the store had none).
        if s.headDescriptor >= 0 {
            if let code = JSONFileStore.head(of: s).write(to: s.headDescriptor, sync: true) {
                throw DirectoryHandle.ioError(
                    "cannot update the head record", path: directory.display(StoreHead.fileName), errno: code)
            }
        } else {
            s.headDescriptor = try JSONFileStore.createHead(directory, for: s)
        }
        // 8. Copies kept by a migration hold the erased details too.
        if !persons.isEmpty {
            for name in try directory.names() where name.hasPrefix(JSONFileStore.backupPrefix) {
                try directory.removeSubdirectory(name)
            }
            try directory.syncDirectory()
        }
    }
}

/// `close(2)`, named apart from ``JSONFileStore/close()``.
@inline(__always) func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }

extension Array where Element == UInt8 {
    /// `withUnsafeBytes` with a typed error.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(SocioLabError) -> R) throws(SocioLabError) -> R
    {
        let result: Result<R, SocioLabError> = withUnsafeBytes { raw in
            do throws(SocioLabError) { return .success(try body(raw)) } catch { return .failure(error) }
        }
        return try result.get()
    }
}
