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
/// - **The dataset's fingerprint** is written into every snapshot (handed over by a workspace's compaction,
///   or computed), and given back to a workspace opened at the snapshot's revision, which then reports
///   without hashing every record (see `FingerprintKeepingStore`).
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
    /// Guards ``state``: held by ``withState(_:)``, ``close()`` and the getters.
    let mutex = NSLock()
    /// What the handle knows of its files; read and written only while holding ``mutex`` (or in `open`
    /// and `create`, before the handle is shared).
    var state: State
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
        /// The format version every file is written in: ``SnapshotCodec/currentVersion``, or
        /// ``SnapshotCodec/importVersion`` once the store holds a snapshot import.
        var formatVersion = SnapshotCodec.currentVersion
        /// The import the snapshot was written for, when it was (its revision is the snapshot's).
        var snapshotImport: ImportMarker?
    }

    init(
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

    /// Runs `body` on the state while holding the mutex.
    func withState<R>(_ body: (inout State) throws(SocioLabError) -> R) throws(SocioLabError) -> R {
        mutex.lock()
        defer { mutex.unlock() }
        return try body(&state)
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
