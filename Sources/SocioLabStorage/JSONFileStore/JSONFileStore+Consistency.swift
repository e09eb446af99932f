import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the open, an erasure and `verify` learn about a store's files, to check them against each other.
struct StoreFacts {
    /// The lowest format version among the snapshot, journal and history.
    var formatVersion: Int
    var storeID: String
    var snapshotRevision: Int64
    /// The journal header's `base_revision`.
    var journalBase: Int64?
    /// The revisions of the journal's first and last change-set lines.
    var journalFirst: Int64?
    var journalLast: Int64?
    /// The journal's length up to the end of its last whole line.
    var journalValidLength: Int
    /// The history header's `base_revision` (0 when it has none).
    var historyBase: Int64
    /// The revision of the history's last whole line.
    var historyLast: Int64?
    /// The history's length up to the end of its last whole line.
    var historyValidLength: Int
    var head: StoreHead?
    /// The revision of the import the snapshot was written for, when it was: the history may then end one
    /// revision before the snapshot's (its marker line not appended yet; the next writer appends it).
    var snapshotImport: Int64? = nil

    /// The revision of the last change set the files hold.
    var revision: Int64 { max(snapshotRevision, journalLast ?? snapshotRevision) }
}

extension JSONFileStore {
    /// Checks the files against each other: every revision from 1 (or the history's base) to the last is
    /// held exactly once, across the history, the snapshot and the journal, and no revision the head
    /// record says was acknowledged is missing.
    ///
    /// - The journal starts at or before the snapshot's revision, and its first change set follows its
    ///   header's `base_revision`.
    /// - The history reaches at least the snapshot's revision (compaction appends to it before writing the
    ///   snapshot) and no further than the last revision (it only ever holds change sets from the journal).
    /// - The head record belongs to the store; the files reach its revision; when it describes this very
    ///   journal (same base), the journal holds at least its length of whole lines and the history at least
    ///   its `history_length`.
    /// - Returns: One error per disagreement, each naming the file that lost something.
    static func consistencyProblems(_ facts: StoreFacts, _ directory: DirectoryHandle) -> [SocioLabError] {
        let journalFile = directory.display(journalName)
        let historyFile = directory.display(historyName)
        let headFile = directory.display(StoreHead.fileName)
        let restore = "restore the store from a backup"
        var problems: [SocioLabError] = []
        if let base = facts.journalBase {
            if base > facts.snapshotRevision {
                problems.append(
                    SocioLabError(
                        .storeCorrupt,
                        "the journal starts after revision \(base) but the snapshot ends at "
                            + "\(facts.snapshotRevision); change sets are missing, \(restore)",
                        at: .init(file: journalFile, line: 1, byteOffset: 0)))
            }
            if let first = facts.journalFirst, first != base + 1 {
                problems.append(
                    SocioLabError(
                        .storeCorrupt,
                        "the journal's first change set has revision \(first), but the journal starts after "
                            + "revision \(base): "
                            + (first > base + 1 ? missing(base + 1, first - 1) : "revisions repeat")
                            + "; \(restore)",
                        at: .init(file: journalFile, line: 2)))
            }
        }
        if facts.formatVersion >= 2 {
            var reached = facts.historyLast ?? facts.historyBase
            // A snapshot import whose marker line is not in the history yet: the snapshot carries it.
            if facts.snapshotImport == facts.snapshotRevision, reached == facts.snapshotRevision - 1 {
                reached = facts.snapshotRevision
            }
            if reached < facts.snapshotRevision && facts.historyBase < facts.snapshotRevision {
                problems.append(
                    SocioLabError(
                        .storeCorrupt,
                        "the history ends at revision \(reached) but the snapshot holds everything up to "
                            + "\(facts.snapshotRevision): \(missing(reached + 1, facts.snapshotRevision)) from the "
                            + "history (it was cut); \(restore)",
                        at: .init(file: historyFile, byteOffset: facts.historyValidLength)))
            }
        }
        if let last = facts.historyLast, last > facts.revision {
            problems.append(
                SocioLabError(
                    .storeCorrupt,
                    "the history holds revision \(last) but the journal and snapshot end at \(facts.revision): "
                        + "change sets were cut from the journal; \(restore)",
                    at: .init(file: journalFile, byteOffset: facts.journalValidLength)))
        }
        guard let head = facts.head else { return problems }
        guard head.belongs(to: facts.storeID) else {
            problems.append(
                SocioLabError(
                    .storeCorrupt,
                    "the head record belongs to another store; put back this store's own \(StoreHead.fileName) "
                        + "from a backup, or remove it if `store verify` finds nothing else wrong",
                    at: .init(file: headFile)))
            return problems
        }
        if head.revision > facts.revision {
            problems.append(
                SocioLabError(
                    .storeCorrupt,
                    "revision \(head.revision) was acknowledged (\(StoreHead.fileName)) but the files end at "
                        + "revision \(facts.revision): acknowledged change sets were cut from the journal, and "
                        + "their revisions must not be given to other changes; \(restore)",
                    at: .init(file: journalFile, byteOffset: facts.journalValidLength)))
        }
        if let base = facts.journalBase {
            if base == head.baseRevision, Int64(facts.journalValidLength) < head.journalLength {
                problems.append(
                    SocioLabError(
                        .storeCorrupt,
                        "the journal holds \(facts.journalValidLength) bytes of whole lines but "
                            + "\(head.journalLength) were acknowledged (\(StoreHead.fileName)): it was cut "
                            + "inside or before its last acknowledged line; \(restore)",
                        at: .init(file: journalFile, byteOffset: facts.journalValidLength)))
            } else if base < head.baseRevision {
                problems.append(
                    SocioLabError(
                        .storeCorrupt,
                        "the journal starts after revision \(base) but the last compaction started one after "
                            + "revision \(head.baseRevision) (\(StoreHead.fileName)): it is an older copy; \(restore)",
                        at: .init(file: journalFile, line: 1, byteOffset: 0)))
            }
        }
        // Only a record of this very journal speaks for the history: a compaction appends to the history
        // before it replaces the journal and the record, and an erasure by a version that does not know the
        // record shortens the history and replaces the journal without touching it.
        if let length = head.historyLength, facts.journalBase == head.baseRevision,
            Int64(facts.historyValidLength) < length
        {
            problems.append(
                SocioLabError(
                    .storeCorrupt,
                    "the history holds \(facts.historyValidLength) bytes of whole lines but \(length) were "
                        + "written (\(StoreHead.fileName)): lines were cut or removed from it; \(restore)",
                    at: .init(file: historyFile, byteOffset: facts.historyValidLength)))
        }
        return problems
    }

    /// "change set N is missing" or "change sets N…M are missing".
    static func missing(_ first: Int64, _ last: Int64) -> String {
        first == last ? "change set \(first) is missing" : "change sets \(first)…\(last) are missing"
    }

    /// What a full read of the journal and the history found.
    struct LineAudit {
        var problems: [SocioLabError] = []
        var notices: [String] = []
        /// The store's revision, when the snapshot's is known.
        var revision: Int64?
        /// The revision of the history's last line, when it was read.
        var historyLast: Int64?
    }

    /// Reads every line of the journal and the history: checks each line's frame and checksum, decodes it
    /// as a change set, checks that revisions run on without gaps in each file and across the files
    /// (``consistencyProblems(_:_:)``), and that a last line without its newline is a torn write.
    /// - Parameters:
    ///   - snapshotRevision: The snapshot's revision, when it could be read (the checks across files need
    ///     it).
    ///   - storeID: The snapshot's store identifier, when it could be read.
    ///   - formatVersion: The snapshot's format version.
    ///   - head: The head record, if the store has one.
    ///   - stopAtFirst: Throw the first problem instead of collecting them all.
    /// - Throws: The first problem, with `stopAtFirst`; `store.io`.
    /// - Complexity: O(size of the journal and the history).
    static func auditLines(
        _ directory: DirectoryHandle, snapshotRevision: Int64?, storeID: String?, formatVersion: Int,
        head: StoreHead?, stopAtFirst: Bool, snapshotImport: Int64? = nil
    ) throws(SocioLabError) -> LineAudit {
        var audit = LineAudit()
        struct FileFacts {
            var header: JournalCodec.Header?
            var run = JournalCodec.RevisionRun()
            var validLength = 0
            var torn: (number: Int, byteOffset: Int)?
            /// The line number of the first change set read, and of the last.
            var firstLine: Int?
            var lastLine: Int?
        }
        func read(_ name: String, format: String) throws(SocioLabError) -> FileFacts? {
            let file = directory.display(name)
            guard let bytes = try directory.read(name) else {
                throw SocioLabError(
                    .storeCorrupt, "the file is missing; restore the store directory from a backup",
                    at: .init(file: file))
            }
            var facts = FileFacts()
            var problems: [SocioLabError] = []
            let summary = try withUnsafeMutablePointer(to: &problems) { (pointer) throws(SocioLabError) in
                try bytes.withBytes { (raw) throws(SocioLabError) in
                    try JournalCodec.read(
                        raw, file: file, format: format, problems: stopAtFirst ? nil : pointer
                    ) {
                        (line) throws(SocioLabError) in
                        // A damaged line (reported already) hides its revision: count on after it.
                        if let previous = facts.lastLine, line.number != previous + 1 { facts.run.last = nil }
                        if facts.firstLine == nil { facts.firstLine = line.number }
                        facts.lastLine = line.number
                        // The history may hold import markers; the journal only change sets.
                        let lineRevision =
                            format == JournalCodec.historyFormat
                            ? try JournalCodec.entry(line, file: file).revision
                            : try JournalCodec.journalChangeSet(line, file: file).revision
                        // A break is reported once; counting goes on from this line.
                        try facts.run.add(lineRevision, line: line, file: file)
                    }
                }
            }
            facts.header = summary.header
            facts.validLength = summary.validLength
            facts.torn = summary.tornLine
            if let storeID {
                do { try checkHeader(summary.header, storeID: storeID, file: file) } catch {
                    if stopAtFirst { throw error }
                    problems.append(error)
                }
            }
            audit.problems += problems
            return facts
        }
        func collect(_ body: () throws(SocioLabError) -> FileFacts?) throws(SocioLabError) -> FileFacts? {
            do { return try body() } catch {
                if stopAtFirst || error.code == .storeIO { throw error }
                audit.problems.append(error)
                return nil
            }
        }
        let journal = try collect { () throws(SocioLabError) in
            try read(journalName, format: JournalCodec.journalFormat)
        }
        let history = try collect { () throws(SocioLabError) in
            try read(historyName, format: JournalCodec.historyFormat)
        }
        if let history, let header = history.header, let first = history.run.first, history.firstLine == 2,
            first != (header.baseRevision ?? 0) + 1, formatVersion >= 2
        {
            let problem = SocioLabError(
                .storeCorrupt,
                "the history's first change set has revision \(first), not \((header.baseRevision ?? 0) + 1): "
                    + "change sets are missing from it; restore the store from a backup",
                at: .init(file: directory.display(historyName), line: 2))
            if stopAtFirst { throw problem }
            audit.problems.append(problem)
        }
        var crossProblems: [SocioLabError] = []
        if let snapshotRevision, let storeID, let journal, let history {
            let facts = StoreFacts(
                formatVersion: formatVersion, storeID: storeID, snapshotRevision: snapshotRevision,
                journalBase: journal.header?.baseRevision, journalFirst: journal.run.first,
                journalLast: journal.run.last, journalValidLength: journal.validLength,
                historyBase: history.header?.baseRevision ?? 0, historyLast: history.run.last,
                historyValidLength: history.validLength, head: head, snapshotImport: snapshotImport)
            crossProblems = consistencyProblems(facts, directory)
            if stopAtFirst, let first = crossProblems.first { throw first }
            audit.problems += crossProblems
            audit.revision = facts.revision
            audit.historyLast = history.run.last ?? history.header?.baseRevision ?? 0
        }
        // A torn last line is worth a notice only where nothing says the file lost acknowledged lines.
        for (name, facts) in [(journalName, journal), (historyName, history)] {
            let file = directory.display(name)
            guard let torn = facts?.torn, !crossProblems.contains(where: { $0.location.file == file }) else {
                continue
            }
            audit.notices.append(
                "\(file): line \(torn.number) (byte \(torn.byteOffset)) is an incomplete last line left by an "
                    + "interrupted write; the next write cuts it off")
        }
        return audit
    }

    /// The identity of the store's files (inode, size, modification time), to tell whether a writer
    /// changed any of them while a reader was reading.
    static func fileIdentities(_ directory: DirectoryHandle) -> [[Int64]] {
        [StoreHead.fileName, journalName, snapshotName, historyName].map { name in
            var info = stat()
            guard fstatat(directory.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return [] }
            #if canImport(Darwin)
                let modified = [Int64(info.st_mtimespec.tv_sec), Int64(info.st_mtimespec.tv_nsec)]
            #else
                let modified = [Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
            #endif
            return [Int64(info.st_ino), Int64(info.st_size)] + modified
        }
    }
}
