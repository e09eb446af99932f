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
}
