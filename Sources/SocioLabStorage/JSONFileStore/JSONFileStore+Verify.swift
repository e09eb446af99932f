import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What ``JSONFileStore/verify(at:)`` found.
public struct StoreVerification: Sendable {
    /// Every damaged file, line or pairing found, each naming its place. Empty for a sound store.
    public var problems: [SocioLabError]
    /// Things worth knowing that are not damage (a torn last line, leftover temporary files, loose
    /// permissions, a store without its head record).
    public var notices: [String]
    /// The revision the store is at, when the snapshot and journal could be read.
    public var revision: Int64?
    /// Whether no problem was found.
    public var isSound: Bool { problems.isEmpty }
}

extension JSONFileStore {
    /// Checks every file and every line of a store and reports what is wrong, changing nothing.
    ///
    /// It checks everything opening the store checks — it runs the same reading of the head record, the
    /// journal, the snapshot and the history's end — and, unlike the open, does not stop at the first
    /// problem and reads everything in full:
    /// - every line of the journal and the history: frame, checksum, a decodable change set, revisions
    ///   running on without gaps from the history's first line (revision 1) through the snapshot's to the
    ///   journal's last;
    /// - a last line without its newline: a torn write (a notice) or damage (a problem);
    /// - the head record against the files (nothing acknowledged is missing);
    /// - the snapshot's fingerprint, computed again from its records;
    /// - leftover temporary files and permissions (notices).
    ///
    /// Each problem names its file, line and byte offset. It takes no lock and may run beside a writer.
    /// - Parameter path: The store directory.
    /// - Returns: The problems and notices found.
    /// - Complexity: O(size of all the files).
    public static func verify(at path: String) -> StoreVerification {
        let directory: DirectoryHandle
        do { directory = try DirectoryHandle.open(path) } catch {
            return StoreVerification(problems: [error], notices: [], revision: nil)
        }
        // A writer may change the files while they are read: what looks wrong is read again when a file
        // changed meanwhile (a few times at most), as the open does.
        var report: StoreVerification
        var attempt = 0
        repeat {
            let before = fileIdentities(directory)
            report = checkFiles(directory)
            attempt += 1
            if report.isSound || attempt == 8 || fileIdentities(directory) == before { break }
        } while true
        if let names = try? directory.names() {
            let temporaries = names.filter { $0.contains(DirectoryHandle.temporarySuffix) }
            if !temporaries.isEmpty {
                report.notices.append(
                    "temporary files from an interrupted compaction (removed by the next writer): "
                        + temporaries.sorted().joined(separator: ", "))
            }
            for name in [snapshotName, journalName, historyName, StoreHead.fileName, StoreLock.fileName]
            where names.contains(name) {
                var info = stat()
                if fstatat(directory.descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0,
                    info.st_mode & 0o077 != 0
                {
                    report.notices.append(
                        "\(directory.display(name)) is readable by others than its owner (chmod 600)")
                }
            }
            var info = stat()
            if fstat(directory.descriptor, &info) == 0, info.st_mode & 0o077 != 0 {
                report.notices.append("\(path) is open to others than its owner (chmod 700)")
            }
        }
        return report
    }

    /// The checks of ``verify(at:)`` but for temporary files and permissions, on one reading of the files.
    private static func checkFiles(_ directory: DirectoryHandle) -> StoreVerification {
        var report = StoreVerification(problems: [], notices: [], revision: nil)
        var storeID: String?
        var snapshotRevision: Int64?
        var formatVersion = SnapshotCodec.currentVersion
        var fingerprintProblem: SocioLabError?
        var snapshotImport: Int64?
        func inspect(_ snapshot: Snapshot) {
            storeID = snapshot.storeID
            snapshotImport = snapshot.importMarker?.revision
            snapshotRevision = snapshot.revision
            formatVersion = snapshot.formatVersion
            // The fingerprint kept with the data must be the data's: reports print it.
            fingerprintProblem = nil
            if let kept = snapshot.fingerprint, kept != DatasetFingerprint.sha256(of: snapshot.dataset) {
                fingerprintProblem = SocioLabError(
                    .storeCorrupt,
                    "the snapshot's fingerprint does not match its records (reports at this revision "
                        + "would print a wrong one); run 'sociolab store compact' to write it again",
                    at: .init(file: directory.display(snapshotName), field: "fingerprint"))
            }
        }
        // 1. Everything the open checks, as the open reads it.
        var openProblem: SocioLabError?
        do {
            let loaded = try readStore(directory, inspect: inspect)
            report.revision = loaded.revision
            formatVersion = loaded.formatVersion
        } catch { openProblem = error }
        if snapshotRevision == nil {
            // The open stopped before it read the snapshot: read it on its own.
            do {
                let snapshot = try directory.withMapped(snapshotName) { (raw) throws(SocioLabError) in
                    try SnapshotCodec.decode(raw, file: directory.display(snapshotName))
                }
                if let snapshot {
                    inspect(snapshot)
                } else {
                    report.problems.append(
                        SocioLabError(
                            .storeCorrupt, "the snapshot is missing",
                            at: .init(file: directory.display(snapshotName))))
                }
            } catch { report.problems.append(error) }
        }
        if let fingerprintProblem { report.problems.append(fingerprintProblem) }
        // 2. Every line, and the files against each other.
        var head: StoreHead?
        do { head = try StoreHead.read(directory) } catch { report.problems.append(error) }
        do {
            let audit = try auditLines(
                directory, snapshotRevision: snapshotRevision, storeID: storeID, formatVersion: formatVersion,
                head: head, stopAtFirst: false, snapshotImport: snapshotImport)
            report.problems += audit.problems
            report.notices += audit.notices
            if let snapshotImport, audit.historyLast == snapshotImport - 1 {
                report.notices.append(
                    "the import of revision \(snapshotImport) is in the snapshot but its line is not in the history "
                        + "yet (an interrupted import); the next writer's open appends it")
            }
            if report.revision == nil { report.revision = audit.revision }
        } catch { report.problems.append(error) }
        if head == nil,
            !report.problems.contains(where: { $0.location.file == directory.display(StoreHead.fileName) })
        {
            report.notices.append(
                "\(directory.display(StoreHead.fileName)) is missing (the store was made by an older version): "
                    + "a cut journal cannot be told from a torn write until the next writer writes it")
        }
        // The open's problem first, unless the full read found the same one.
        if let openProblem {
            let same = report.problems.contains {
                $0 == openProblem
                    || ($0.location.file == openProblem.location.file
                        && $0.location.line == openProblem.location.line
                        && $0.location.byteOffset == openProblem.location.byteOffset)
            }
            if !same { report.problems.insert(openProblem, at: 0) }
        }
        // Problems found twice (the head record read by the open and again) are listed once.
        var seen = Set<SocioLabError>()
        report.problems = report.problems.filter { seen.insert($0).inserted }
        return report
    }

    /// Checks every file and line of this store, changing nothing (see ``verify(at:)``).
    /// - Returns: The problems and notices found.
    public func verify() -> StoreVerification { JSONFileStore.verify(at: path) }
}
