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
    /// permissions).
    public var notices: [String]
    /// The revision the store is at, when the snapshot and journal could be read.
    public var revision: Int64?
    /// Whether no problem was found.
    public var isSound: Bool { problems.isEmpty }
}

extension JSONFileStore {
    /// Checks every file and every line of a store and reports what is wrong, changing nothing.
    ///
    /// Unlike ``open(at:mode:lockTimeout:configuration:)``, it does not stop at the first problem: each
    /// damaged line of the journal and the history is reported with its line and byte offset. It takes no
    /// lock and may run beside a writer.
    /// - Parameter path: The store directory.
    /// - Returns: The problems and notices found.
    /// The snapshot's fingerprint, when it has one, is computed again from its records and compared.
    /// - Complexity: O(size of all the files).
    public static func verify(at path: String) -> StoreVerification {
        var report = StoreVerification(problems: [], notices: [], revision: nil)
        let directory: DirectoryHandle
        do { directory = try DirectoryHandle.open(path) } catch {
            report.problems.append(error)
            return report
        }
        var storeID: String?
        var snapshotRevision: Int64?
        do {
            let snapshot = try directory.withMapped(snapshotName) { (raw) throws(SocioLabError) in
                try SnapshotCodec.decode(raw, file: directory.display(snapshotName))
            }
            if let snapshot {
                storeID = snapshot.storeID
                snapshotRevision = snapshot.revision
                // The fingerprint kept with the data must be the data's: reports print it.
                if let kept = snapshot.fingerprint, kept != DatasetFingerprint.sha256(of: snapshot.dataset) {
                    report.problems.append(
                        SocioLabError(
                            .storeCorrupt,
                            "the snapshot's fingerprint does not match its records (reports at this revision "
                                + "would print a wrong one); run 'sociolab store compact' to write it again",
                            at: .init(file: directory.display(snapshotName), field: "fingerprint")))
                }
            } else {
                report.problems.append(
                    SocioLabError(
                        .storeCorrupt, "the snapshot is missing",
                        at: .init(file: directory.display(snapshotName))))
            }
        } catch { report.problems.append(error) }

        func check(_ name: String, format: String) -> (last: Int64?, base: Int64?) {
            let file = directory.display(name)
            var last: Int64?
            var base: Int64?
            var problems: [SocioLabError] = []
            do {
                guard let bytes = try directory.read(name) else {
                    report.problems.append(
                        SocioLabError(.storeCorrupt, "the file is missing", at: .init(file: file)))
                    return (nil, nil)
                }
                let summary = try withUnsafeMutablePointer(to: &problems) { (pointer) throws(SocioLabError) in
                    try bytes.withBytes { (raw) throws(SocioLabError) in
                        try JournalCodec.read(raw, file: file, format: format, problems: pointer) {
                            (line) throws(SocioLabError) in
                            let changeSet = try JournalCodec.changeSet(line, file: file)
                            if let previous = last, changeSet.revision != previous + 1 {
                                last = changeSet.revision
                                throw SocioLabError(
                                    .storeCorrupt,
                                    "line \(line.number) has revision \(changeSet.revision) after \(previous)",
                                    at: .init(file: file, line: line.number, byteOffset: line.byteOffset))
                            }
                            last = changeSet.revision
                        }
                    }
                }
                base = summary.header.baseRevision
                if let storeID {
                    do { try checkHeader(summary.header, storeID: storeID, file: file) } catch {
                        problems.append(error)
                    }
                }
                if let torn = summary.tornLine {
                    report.notices.append(
                        "\(file): line \(torn.number) (byte \(torn.byteOffset)) is an incomplete last line; the next "
                            + "write cuts it off")
                }
            } catch { problems.append(error) }
            report.problems += problems
            return (last, base)
        }
        let journal = check(journalName, format: JournalCodec.journalFormat)
        _ = check(historyName, format: JournalCodec.historyFormat)
        if let snapshotRevision {
            if let base = journal.base, base > snapshotRevision {
                report.problems.append(
                    SocioLabError(
                        .storeCorrupt,
                        "the journal starts after revision \(base) but the snapshot ends at \(snapshotRevision)",
                        at: .init(file: directory.display(journalName), line: 1, byteOffset: 0)))
            }
            report.revision = max(snapshotRevision, journal.last ?? snapshotRevision)
        }
        if let names = try? directory.names() {
            let temporaries = names.filter { $0.contains(DirectoryHandle.temporarySuffix) }
            if !temporaries.isEmpty {
                report.notices.append(
                    "temporary files from an interrupted compaction (removed by the next writer): "
                        + temporaries.sorted().joined(separator: ", "))
            }
            for name in [snapshotName, journalName, historyName, StoreLock.fileName]
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

    /// Checks every file and line of this store, changing nothing (see ``verify(at:)``).
    /// - Returns: The problems and notices found.
    public func verify() -> StoreVerification { JSONFileStore.verify(at: path) }
}
