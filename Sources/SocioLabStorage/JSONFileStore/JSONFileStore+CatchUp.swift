import SocioLabKit

extension JSONFileStore {
    /// The change sets stored after `revision`, oldest first, read from the journal and, for those a
    /// compaction moved, the history: what a workspace on a store that another process wrote to (one writer
    /// at a time) needs to catch up.
    ///
    /// A snapshot import after `revision` is given as one change set inserting every entity of the dataset
    /// at the import's revision (the store's state with every later change set undone), with the marker's
    /// author, reason, time and partner.
    /// - Throws: `store.corrupt` when a line is damaged or the change sets after `revision` have a gap.
    /// - Complexity: O(size of the history and the journal); O(size of the store) when an import is among
    ///   them.
    public func changeSets(after revision: Int64) async throws -> [CommittedChangeSet] {
        var found: [Int64: JournalCodec.Entry] = [:]
        let journalFile = directory.display(JSONFileStore.journalName)
        let journal = try directory.read(JSONFileStore.journalName) ?? []
        var journalBase: Int64 = 0
        try journal.withBytes { (raw) throws(SocioLabError) in
            let summary = try JournalCodec.read(raw, file: journalFile, format: JournalCodec.journalFormat) {
                (line) throws(SocioLabError) in
                guard try JournalCodec.quickRevision(line, file: journalFile) > revision else { return }
                let changeSet = try JournalCodec.journalChangeSet(line, file: journalFile)
                found[changeSet.revision] = .changeSet(changeSet)
            }
            journalBase = summary.header.baseRevision ?? 0
        }
        if journalBase > revision, let history = try directory.read(JSONFileStore.historyName) {
            let historyFile = directory.display(JSONFileStore.historyName)
            try history.withBytes { (raw) throws(SocioLabError) in
                _ = try JournalCodec.read(raw, file: historyFile, format: JournalCodec.historyFormat) {
                    (line) throws(SocioLabError) in
                    guard try JournalCodec.quickRevision(line, file: historyFile) > revision else { return }
                    let entry = try JournalCodec.entry(line, file: historyFile)
                    if found[entry.revision] == nil { found[entry.revision] = entry }
                }
            }
        }
        // An import whose marker line is not written yet (a crash after its snapshot) is in the snapshot.
        if let marker = try directory.withMapped(
            JSONFileStore.snapshotName,
            { (raw) throws(SocioLabError) in SnapshotCodec.quickImportMarker(raw) }),
            let marker, marker.revision > revision, found[marker.revision] == nil
        {
            found[marker.revision] = .importMarker(marker)
        }
        let ordered = found.values.sorted { $0.revision < $1.revision }
        for (offset, entry) in ordered.enumerated() where entry.revision != revision + 1 + Int64(offset) {
            throw SocioLabError(
                .storeCorrupt,
                "revision \(revision + 1 + Int64(offset)) is missing from the journal and the history: "
                    + "restore the store from a backup",
                at: .init(file: journalFile))
        }
        guard ordered.contains(where: { if case .importMarker = $0 { true } else { false } }) else {
            return ordered.compactMap { if case .changeSet(let changeSet) = $0 { changeSet } else { nil } }
        }
        return try expandingImports(ordered)
    }

    /// The entries with each import marker replaced by a change set inserting every entity the import
    /// stored: the store's current dataset, with the later change sets undone from the last back.
    private func expandingImports(_ entries: [JournalCodec.Entry]) throws(SocioLabError)
        -> [CommittedChangeSet]
    {
        var state = try JSONFileStore.readStore(directory).dataset
        var out: [CommittedChangeSet] = []
        for entry in entries.reversed() {
            switch entry {
            case .changeSet(let changeSet):
                out.append(changeSet)
                // Undo it: every record back to its before value (an erased one stays erased).
                let undo = changeSet.records.reversed().map { record in
                    ChangeRecord(
                        reference: record.reference, before: nil, after: record.redacted ? nil : record.before
                    )
                }
                state.replay(
                    CommittedChangeSet(
                        revision: changeSet.revision - 1, author: "", timestamp: changeSet.timestamp,
                        reason: "",
                        records: undo))
            case .importMarker(let marker):
                let inserts = state.allRecords.map {
                    ChangeRecord(reference: $0.reference, before: nil, after: $0)
                }
                out.append(marker.changeSet(records: inserts))
                state = Dataset(operation: state.operation)
            }
        }
        return out.reversed()
    }
}
