import SocioLabKit

extension JSONFileStore {
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
        var markers: [ImportMarker] = []
        var historyLast: Int64 = 0
        var historyVersion = SnapshotCodec.currentVersion
        let historyFile = directory.display(JSONFileStore.historyName)
        let journalFile = directory.display(JSONFileStore.journalName)
        // The journal first (a compaction in between then at worst repeats change sets, never loses them),
        // and the snapshot's import marker before both (an import writes the snapshot, then the journal and
        // the history).
        let pending = try directory.withMapped(JSONFileStore.snapshotName) { (raw) throws(SocioLabError) in
            SnapshotCodec.quickImportMarker(raw)
        }
        let journal = try directory.read(JSONFileStore.journalName) ?? []
        if let history = try directory.read(JSONFileStore.historyName) {
            try history.withBytes { (raw) throws(SocioLabError) in
                var run = JournalCodec.RevisionRun()
                let summary = try JournalCodec.read(
                    raw, file: historyFile, format: JournalCodec.historyFormat
                ) {
                    (line) throws(SocioLabError) in
                    if JournalCodec.isImportMarker(line.bytes) {
                        let marker = try JournalCodec.importMarker(line, file: historyFile)
                        try run.add(marker.revision, line: line, file: historyFile)
                        historyLast = marker.revision
                        markers.append(marker)
                        return
                    }
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
                if let marker = pending ?? nil, historyLast == marker.revision - 1 {
                    // The marker line is not written yet (a crash after the import's snapshot).
                    markers.append(marker)
                    historyLast = marker.revision
                }
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
                let changeSet = try JournalCodec.journalChangeSet(line, file: journalFile)
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
        if markers.isEmpty { return out }
        return try withImports(out, markers: markers, of: reference)
    }

    /// The history of `reference` with the change sets of the snapshot imports that inserted it.
    ///
    /// An import inserted the entity exactly when it existed at the import's revision (the store held no
    /// entities before it). Its state then is the `before` of the first later change set that touched it (a
    /// redacted record if that change set is an erasure of its personal details); when none did, the snapshot
    /// still holds it as imported. A later import first touching it means it was not there (an import fills
    /// a store without entities, so everything was deleted before it).
    /// - Complexity: O(size of the snapshot) when an imported entity was never changed since, else O(1) per
    ///   import.
    private func withImports(
        _ changeSets: [CommittedChangeSet], markers: [ImportMarker], of reference: EntityReference
    ) throws(SocioLabError) -> [CommittedChangeSet] {
        var out = changeSets
        var snapshot: Dataset?
        for (index, marker) in markers.enumerated() {
            let nextImport = index + 1 < markers.count ? markers[index + 1].revision : Int64.max
            let later = changeSets.first { $0.revision > marker.revision }
            let record: ChangeRecord?
            if let later, later.revision < nextImport {
                let touched = later.records.first { $0.reference == reference }
                if let touched, touched.redacted {
                    record =
                        (marker.tables[reference.kind] ?? 0) > 0
                        ? ChangeRecord(reference: reference, before: nil, after: nil, redacted: true) : nil
                } else {
                    record = touched?.before.map {
                        ChangeRecord(reference: reference, before: nil, after: $0)
                    }
                }
            } else if nextImport == Int64.max {
                if snapshot == nil {
                    snapshot = try directory.withMapped(JSONFileStore.snapshotName) {
                        (raw) throws(SocioLabError) in
                        try SnapshotCodec.decode(raw, file: directory.display(JSONFileStore.snapshotName))
                            .dataset
                    }
                }
                record = snapshot?[reference].map {
                    ChangeRecord(reference: reference, before: nil, after: $0)
                }
            } else {
                record = nil
            }
            if let record { out.append(marker.changeSet(records: [record])) }
        }
        return out.sorted { $0.revision < $1.revision }
    }
}
