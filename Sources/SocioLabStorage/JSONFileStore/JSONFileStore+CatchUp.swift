import SocioLabKit

extension JSONFileStore {
    /// The change sets stored after `revision`, oldest first, read from the journal and, for those a
    /// compaction moved, the history: what a workspace on a store that another process wrote to (one writer
    /// at a time) needs to catch up.
    /// - Throws: `store.corrupt` when a line is damaged or the change sets after `revision` have a gap.
    /// - Complexity: O(size of the history and the journal).
    public func changeSets(after revision: Int64) async throws -> [CommittedChangeSet] {
        var found: [Int64: CommittedChangeSet] = [:]
        let journalFile = directory.display(JSONFileStore.journalName)
        let journal = try directory.read(JSONFileStore.journalName) ?? []
        var journalBase: Int64 = 0
        try journal.withBytes { (raw) throws(SocioLabError) in
            let summary = try JournalCodec.read(raw, file: journalFile, format: JournalCodec.journalFormat) {
                (line) throws(SocioLabError) in
                guard try JournalCodec.quickRevision(line, file: journalFile) > revision else { return }
                let changeSet = try JournalCodec.changeSet(line, file: journalFile)
                found[changeSet.revision] = changeSet
            }
            journalBase = summary.header.baseRevision ?? 0
        }
        if journalBase > revision, let history = try directory.read(JSONFileStore.historyName) {
            let historyFile = directory.display(JSONFileStore.historyName)
            try history.withBytes { (raw) throws(SocioLabError) in
                _ = try JournalCodec.read(raw, file: historyFile, format: JournalCodec.historyFormat) {
                    (line) throws(SocioLabError) in
                    let changeSet = try JournalCodec.changeSet(line, file: historyFile)
                    if changeSet.revision > revision, found[changeSet.revision] == nil {
                        found[changeSet.revision] = changeSet
                    }
                }
            }
        }
        let ordered = found.values.sorted { $0.revision < $1.revision }
        for (offset, changeSet) in ordered.enumerated()
        where changeSet.revision != revision + 1 + Int64(offset) {
            throw SocioLabError(
                .storeCorrupt,
                "revision \(revision + 1 + Int64(offset)) is missing from the journal and the history: "
                    + "restore the store from a backup",
                at: .init(file: journalFile))
        }
        return ordered
    }
}
