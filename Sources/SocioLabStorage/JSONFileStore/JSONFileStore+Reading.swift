import SocioLabKit

extension JSONFileStore {
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
        /// The version the store writes: the highest of its files' (and at least 2).
        var writeVersion: Int
        /// The import the snapshot was written for, if any.
        var snapshotImport: ImportMarker?
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
                let changeSet = try JournalCodec.journalChangeSet(line, file: journalFile)
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
            historyLast: history.lastRevision, historyValidLength: history.validLength, head: head,
            snapshotImport: snapshot.importMarker?.revision)
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
            fingerprint: revision == snapshot.revision ? snapshot.fingerprint : nil,
            writeVersion: max(
                SnapshotCodec.currentVersion, snapshot.formatVersion, summary.header.formatVersion,
                history.header.formatVersion, head?.formatVersion ?? 0),
            snapshotImport: snapshot.importMarker)
    }

    static func checkHeader(_ header: JournalCodec.Header, storeID: String, file: String)
        throws(SocioLabError)
    {
        guard header.formatVersion <= SnapshotCodec.newestVersion else {
            throw SocioLabError(
                .storeTooNew,
                "the file was written in format version \(header.formatVersion), newer than this SocioLabKit reads "
                    + "(\(SnapshotCodec.newestVersion)); open the store with a newer version of SocioLabKit",
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
}
