import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A first import written straight as the snapshot (format version 3).
///
/// The order of writes, each leaving a store that opens either as before the import or with all of it:
/// 1. (only when the journal holds change sets the history lacks) a compaction at the current revision,
///    whose dataset holds no entities;
/// 2. the snapshot at the import's revision, carrying the marker (`"import"`), written atomically — the
///    commit point: before its rename the store is as it was, after it the store holds the import;
/// 3. a new, empty journal after the import's revision;
/// 4. the marker line appended to the history and fsynced;
/// 5. the head record.
/// A crash after step 2 leaves a snapshot whose marker the history may lack, and a journal that may end
/// before the import: readers take the marker from the snapshot, and the next writer's open does steps 3–5
/// (``finishImport(_:)``).
extension JSONFileStore: SnapshotImportingStore {
    /// Writes `dataset` as the snapshot at `marker.revision` and records the import in the history as one
    /// marker line.
    /// - Throws: `store.read-only`, `store.poisoned`, `change.conflict` (a revision that does not follow),
    ///   `store.io` (the handle is then poisoned; reopening gives the store before or after the import).
    /// - Complexity: O(*n* log *n*) in the dataset's entities (the snapshot), plus O(size of the journal).
    package func importSnapshot(_ dataset: Dataset, marker: ImportMarker, fingerprint: String) async throws {
        try withState { (s) throws(SocioLabError) in
            try checkWritable(&s)
            guard marker.revision == s.revision + 1 else {
                throw SocioLabError(
                    .changeConflict,
                    "revision \(marker.revision) does not follow \(s.revision); reopen the workspace and try again"
                )
            }
            do throws(SocioLabError) {
                if s.historyLastRevision < s.revision || s.snapshotRevision < s.revision {
                    // Change sets in the journal only: fold them first (the state holds no entities).
                    try compactLocked(
                        &s, Dataset(operation: dataset.operation), revision: s.revision, redacting: [],
                        rewriteHistory: false)
                }
                let snapshot = try SnapshotCodec.encodeFramed(
                    dataset, storeID: s.storeID, revision: marker.revision, fingerprint: fingerprint,
                    formatVersion: SnapshotCodec.importVersion, importMarker: marker)
                if JSONFileStore.importCrashStep == 1 {
                    // What a kill inside the snapshot's replacement leaves: its temporary file, part written.
                    let part = Array(snapshot.prefix + snapshot.object.prefix(snapshot.count / 2))
                    try directory.replace(
                        DirectoryHandle.temporaryName(for: JSONFileStore.snapshotName), with: part)
                    JSONFileStore.crash(at: 1)
                }
                try directory.replace(JSONFileStore.snapshotName, with: snapshot)
                JSONFileStore.crash(at: 2)
                s.formatVersion = SnapshotCodec.importVersion
                s.snapshotRevision = marker.revision
                s.snapshotSize = snapshot.count
                s.snapshotImport = marker
                s.revision = marker.revision
                s.checkedForErasure = nil
                try finishImport(&s)
            } catch {
                s.poisoned = error
                throw error
            }
            s.compactionDue = false
        }
    }

    /// Whether the snapshot was written by an import whose journal or history line is still to be written
    /// (a crash between the snapshot and them).
    func importIsUnfinished(_ s: State) -> Bool {
        guard let marker = s.snapshotImport, marker.revision == s.snapshotRevision else { return false }
        return s.journalBase < marker.revision || s.historyLastRevision < marker.revision
    }

    /// Steps 3–5 of a snapshot import: a new journal after its revision (unless the journal already starts
    /// there), the marker line in the history (unless it is there), and the head record.
    func finishImport(_ s: inout State) throws(SocioLabError) {
        guard let marker = s.snapshotImport, marker.revision == s.snapshotRevision else { return }
        if s.journalBase < marker.revision {
            let journal = JournalCodec.headerLine(
                .init(
                    format: JournalCodec.journalFormat, formatVersion: s.formatVersion, storeID: s.storeID,
                    baseRevision: marker.revision))
            try directory.replace(JSONFileStore.journalName, with: journal)
            if s.journalDescriptor >= 0 { _ = closeDescriptor(s.journalDescriptor) }
            s.journalDescriptor = -1
            s.journalDescriptor = try JSONFileStore.openJournalForAppend(directory)
            s.journalBase = marker.revision
            s.journalLength = journal.count
            s.journalTruncateTo = nil
            JSONFileStore.crash(at: 3)
        }
        if s.historyLastRevision < marker.revision {
            let historyFile = directory.display(JSONFileStore.historyName)
            let line = try JournalCodec.markerLine(marker)
            guard let fd = try directory.openFile(JSONFileStore.historyName, flags: O_WRONLY) else {
                throw SocioLabError(
                    .storeCorrupt, "the history file is missing", at: .init(file: historyFile))
            }
            defer { _ = closeDescriptor(fd) }
            if let length = s.historyTruncateTo {
                try truncate(fd, to: length, name: JSONFileStore.historyName)
                s.historyTruncateTo = nil
            }
            if JSONFileStore.importCrashStep == 4 {
                // A write of the marker line cut short: its first half.
                _ = line.prefix(line.count / 2).withUnsafeBytes {
                    DirectoryHandle.write(fd, $0, at: s.historyLength)
                }
                JSONFileStore.crash(at: 4)
            }
            if let code = line.withUnsafeBytes({ DirectoryHandle.write(fd, $0, at: s.historyLength) }) {
                throw DirectoryHandle.ioError("cannot append to the history", path: historyFile, errno: code)
            }
            if let code = DirectoryHandle.sync(fd) {
                throw DirectoryHandle.ioError(
                    "cannot flush the history to disk", path: historyFile, errno: code)
            }
            s.historyLength += line.count
            s.historyLastRevision = marker.revision
            JSONFileStore.crash(at: 5)
        }
        if s.headDescriptor >= 0 {
            if let code = JSONFileStore.head(of: s).write(to: s.headDescriptor, sync: true) {
                throw DirectoryHandle.ioError(
                    "cannot update the head record", path: directory.display(StoreHead.fileName), errno: code)
            }
        } else {
            s.headDescriptor = try JSONFileStore.createHead(directory, for: s)
        }
        JSONFileStore.crash(at: 6)
    }

    /// For the kill tests (`CrashTests`) only: the step of a snapshot import at which the writing process
    /// kills itself with SIGKILL, from the environment variable `SOCIOLAB_TEST_IMPORT_CRASH_STEP` — 1: with
    /// the snapshot's temporary file half written; 2: after the snapshot; 3: after the new journal; 4: with
    /// half of the marker line in the history; 5: after the marker line; 6: after the head record. `nil`
    /// (always, outside those tests): never.
    static let importCrashStep: Int? = getenv("SOCIOLAB_TEST_IMPORT_CRASH_STEP").flatMap {
        Int(String(cString: $0))
    }

    /// Kills the process when ``importCrashStep`` is `step`.
    static func crash(at step: Int) {
        if importCrashStep == step { kill(getpid(), SIGKILL) }
    }
}
