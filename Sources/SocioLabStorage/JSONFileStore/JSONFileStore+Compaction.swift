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
    /// The compaction: history first, then the snapshot, then the new journal, then the head record, each
    /// step leaving a valid store behind if the process dies right after it. Everything is read and checked
    /// before the first write.
    func compactLocked(
        _ s: inout State, _ dataset: Dataset, revision: Int64, redacting persons: Set<String>,
        rewriteHistory: Bool, fingerprint: String? = nil
    ) throws(SocioLabError) {
        defer { s.compactionDue = s.journalLength > max(s.snapshotSize, configuration.compactionThreshold) }
        let journalFile = directory.display(JSONFileStore.journalName)
        let historyFile = directory.display(JSONFileStore.historyName)
        func redacted(_ line: JournalCodec.Line, file: String) throws(SocioLabError) -> [UInt8] {
            // An import marker holds no personal data: kept as it is.
            if persons.isEmpty || JournalCodec.isImportMarker(line.bytes) {
                return Array(line.bytes) + [UInt8(ascii: "\n")]
            }
            return try JournalCodec.line(
                for: JournalCodec.changeSet(line, file: file).redactingPersonalDetails(of: persons))
        }
        // 1. The journal's lines: those folded into the snapshot go to the history, the rest stay. Folded
        //    lines that keep every byte (nothing redacted) are one run of the journal's bytes, written to the
        //    history from the journal as read (`foldedRange`): a first import's change set is one line of
        //    hundreds of megabytes, and copying it would hold it in memory twice or three times more.
        var folded: [UInt8] = []
        var foldedRange: Range<Int>?
        var firstFolded: Int64?
        var kept: [UInt8] = []
        let historyLast = s.historyLastRevision
        var journal = try directory.read(JSONFileStore.journalName) ?? []
        try journal.withBytes { (raw) throws(SocioLabError) in
            var run = JournalCodec.RevisionRun()
            _ = try JournalCodec.read(raw, file: journalFile, format: JournalCodec.journalFormat) {
                (line) throws(SocioLabError) in
                // Read from the line's end where it has the usual shape (its checksum is already checked):
                // a first import's line is hundreds of megabytes of records before its revision.
                let lineRevision = try JournalCodec.quickRevision(line, file: journalFile)
                try run.add(lineRevision, line: line, file: journalFile)
                if lineRevision > revision {
                    kept += try redacted(line, file: journalFile)
                } else if lineRevision > historyLast {
                    if firstFolded == nil { firstFolded = lineRevision }
                    if persons.isEmpty {
                        // A visited line always ends with its newline (a torn last line is not visited).
                        let end = line.byteOffset + line.bytes.count + 1
                        foldedRange = (foldedRange?.lowerBound ?? line.byteOffset)..<end
                    } else {
                        folded += try redacted(line, file: journalFile)
                    }
                }
            }
        }
        if let range = foldedRange, rewriteHistory {
            folded = Array(journal[range])
            foldedRange = nil
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
                        format: JournalCodec.historyFormat, formatVersion: s.formatVersion,
                        storeID: s.storeID, baseRevision: newBase > 0 ? newBase : nil)) + lines + folded
        }
        let newJournal =
            JournalCodec.headerLine(
                .init(
                    format: JournalCodec.journalFormat, formatVersion: s.formatVersion,
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
        } else if !folded.isEmpty || foldedRange != nil {
            guard let fd = try directory.openFile(JSONFileStore.historyName, flags: O_WRONLY) else {
                throw SocioLabError(
                    .storeCorrupt, "the history file is missing", at: .init(file: historyFile))
            }
            defer { _ = closeDescriptor(fd) }
            if let length = s.historyTruncateTo {
                try truncate(fd, to: length, name: JSONFileStore.historyName)
                s.historyTruncateTo = nil
            }
            let appended = foldedRange?.count ?? folded.count
            let failure =
                if let range = foldedRange {
                    journal.withUnsafeBytes {
                        DirectoryHandle.write(
                            fd, UnsafeRawBufferPointer(rebasing: $0[range]), at: s.historyLength)
                    }
                } else {
                    folded.withUnsafeBytes { DirectoryHandle.write(fd, $0, at: s.historyLength) }
                }
            if let code = failure {
                throw DirectoryHandle.ioError("cannot append to the history", path: historyFile, errno: code)
            }
            if let code = DirectoryHandle.sync(fd) {
                throw DirectoryHandle.ioError(
                    "cannot flush the history to disk", path: historyFile, errno: code)
            }
            s.historyLength += appended
        }
        s.historyLastRevision = max(historyLast, revision)
        // What was folded is on disk: give its memory back before the snapshot is encoded.
        journal = []
        folded = []
        // 5. The snapshot.
        let snapshot = try SnapshotCodec.encodeFramed(
            dataset, storeID: s.storeID, revision: revision,
            fingerprint: fingerprint ?? DatasetFingerprint.sha256(of: dataset),
            formatVersion: s.formatVersion,
            importMarker: s.snapshotImport?.revision == revision ? s.snapshotImport : nil)
        try directory.replace(JSONFileStore.snapshotName, with: snapshot)
        if s.snapshotImport?.revision != revision { s.snapshotImport = nil }
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
