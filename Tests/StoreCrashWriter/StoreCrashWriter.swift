import Foundation
import SocioLabKit
import SocioLabStorage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child process for the storage fault tests: it writes to a JSON file store and reports on standard
/// output, one line at a time, what the store acknowledged, so that the parent can kill it at any moment
/// and check that nothing acknowledged was lost.
///
/// ```
/// StoreCrashWriter append PATH COUNT THRESHOLD   # appends COUNT change sets, prints "ack N" after each
/// StoreCrashWriter erasing PATH COUNT THRESHOLD  # the same, every fifth revision an erasure
/// StoreCrashWriter import PATH COUNT             # 2 change sets (insert, delete), then a snapshot import of
///                                                # COUNT persons as revision 3 ("ack 3"); with
///                                                # SOCIOLAB_TEST_IMPORT_CRASH_STEP=N it dies at step N
/// StoreCrashWriter write-sample PATH             # creates a store of dates, money and timestamps
/// StoreCrashWriter read-sample PATH              # prints the sample's values as text
/// StoreCrashWriter hold PATH                     # takes the writer's lock, prints "locked", waits for EOF
/// ```
/// The content of revision *r* is a function of *r* alone (``CrashWriterContent``), so the parent can
/// check every acknowledged change set field by field. Exit status 0 on success, 2 on a store error
/// (printed as "error CODE message").
@main
struct StoreCrashWriter {
    static func main() async {
        let arguments = CommandLine.arguments
        guard arguments.count >= 3 else {
            say("usage: StoreCrashWriter append|write-sample|read-sample|hold PATH …")
            exit(64)
        }
        let path = arguments[2]
        do {
            switch arguments[1] {
            case "append":
                let count = Int(arguments[3]) ?? 10
                let threshold = Int(arguments[4]) ?? 4096
                try await append(path: path, count: count, threshold: threshold, erasing: false)
            case "erasing":
                let count = Int(arguments[3]) ?? 10
                let threshold = Int(arguments[4]) ?? 4096
                try await append(path: path, count: count, threshold: threshold, erasing: true)
            case "import": try await importSnapshot(path: path, count: Int(arguments[3]) ?? 100)
            case "write-sample": try await writeSample(path: path)
            case "read-sample": try await readSample(path: path)
            case "hold":
                let store = try JSONFileStore.open(at: path)
                say("locked \(getpid())")
                _ = readLine()
                store.close()
            default:
                say("unknown command \(arguments[1])")
                exit(64)
            }
        } catch let error as SocioLabError {
            say("error \(error.code.rawValue) \(error.message)")
            exit(2)
        } catch {
            say("error other \(error)")
            exit(2)
        }
    }

    static func append(path: String, count: Int, threshold: Int, erasing: Bool) async throws {
        let store = try JSONFileStore.open(
            at: path, lockTimeout: 10, configuration: .init(compactionThreshold: threshold))
        var state = try await store.load()
        say("opened \(state.revision)")
        for _ in 0..<count {
            let revision = state.revision + 1
            var records: [ChangeRecord] = []
            let erased = erasing ? CrashWriterContent.erased(at: revision) : nil
            if let erased {
                // What a workspace does: a change set marking the details erased, then the store's erasure.
                records.append(ChangeRecord(reference: erased, before: nil, after: nil, redacted: true))
                state.dataset.remove(erased)
            } else {
                for change in CrashWriterContent.changes(for: revision) {
                    records.append(try state.dataset.apply(change))
                }
            }
            let changeSet = CommittedChangeSet(
                revision: revision, author: "crash-writer",
                timestamp: Timestamp(milliseconds: 1_550_000_000_000 + revision),
                reason: "revision \(revision)", records: records)
            try await store.append(changeSet)
            if let erased {
                try await store.erasePersonalDetails(
                    of: [Person.ID(erased.id)], dataset: state.dataset, revision: revision)
            }
            state.revision = revision
            say("ack \(revision)")
        }
        say("done")
    }

    /// Revision 1 inserts `p-1` and its details, revision 2 deletes them (earlier data, and a journal the
    /// import must first fold into the history), revision 3 imports `count` persons as a snapshot.
    static func importSnapshot(path: String, count: Int) async throws {
        let store = try JSONFileStore.open(at: path, lockTimeout: 10)
        var state = try await store.load()
        say("opened \(state.revision)")
        for revision in Int64(1)...2 {
            let changes: [Change] =
                revision == 1
                ? CrashWriterContent.changes(for: 1)
                : [
                    .delete(EntityReference(.personalDetails, "p-1")),
                    .delete(EntityReference(.person, "p-1")),
                ]
            var records: [ChangeRecord] = []
            for change in changes { records.append(try state.dataset.apply(change)) }
            try await store.append(
                CommittedChangeSet(
                    revision: revision, author: "crash-writer",
                    timestamp: Timestamp(milliseconds: 1_550_000_000_000 + revision),
                    reason: "revision \(revision)", records: records))
            say("ack \(revision)")
        }
        for change in CrashWriterContent.imported(count) { _ = try state.dataset.apply(change) }
        let marker = ImportMarker(
            revision: 3, author: "importer", timestamp: CrashWriterContent.importTimestamp,
            reason: "first import",
            actingPartner: nil,
            files: [.init(name: "persons.csv", sha256: String(repeating: "ab", count: 32))],
            records: 2 * count, tables: [.person: count, .personalDetails: count])
        say("importing")
        try await store.importSnapshot(
            state.dataset, marker: marker, fingerprint: DatasetFingerprint.sha256(of: state.dataset))
        say("ack 3")
        say("done")
    }

    static func writeSample(path: String) async throws {
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        var dataset = Dataset(operation: .socioLabPodravje)
        var records: [ChangeRecord] = []
        for change in CrashWriterContent.sample { records.append(try dataset.apply(change)) }
        try await store.append(
            CommittedChangeSet(
                revision: 1, author: "tz", timestamp: CrashWriterContent.sampleTimestamp, reason: "sample",
                records: records))
        try await store.compact(dataset, revision: 1)
        var second = records
        second = [
            try dataset.apply(
                .insert(Person(id: "after-compaction", birthDate: Day(year: 2000, month: 2, day: 29)).record))
        ]
        try await store.append(
            CommittedChangeSet(
                revision: 2, author: "tz", timestamp: CrashWriterContent.sampleTimestamp, reason: "sample",
                records: second))
        say("written")
    }

    static func readSample(path: String) async throws {
        let store = try JSONFileStore.open(at: path, mode: .readOnly)
        let state = try await store.load()
        for line in CrashWriterContent.describe(state.dataset) { say(line) }
        let history = try await store.history(of: EntityReference(.person, "p-dst"))
        say(
            "timestamp \(history.first?.timestamp.description ?? "none") \(history.first?.timestamp.milliseconds ?? 0)"
        )
    }
}

/// Writes a line to standard output with one unbuffered `write(2)`, so the parent sees it at once and a
/// kill never leaves half of it in a buffer.
func say(_ text: String) {
    let line = Array((text + "\n").utf8)
    line.withUnsafeBytes { raw in
        var done = 0
        while done < raw.count {
            let n = write(1, raw.baseAddress! + done, raw.count - done)
            if n <= 0 { return }
            done += n
        }
    }
}

/// What the crash writer writes, as a function of the revision alone.
enum CrashWriterContent {
    static func changes(for revision: Int64) -> [Change] {
        let id = "p-\(revision)"
        return [
            .insert(
                Person(
                    id: .init(id), birthDate: Day(daysSinceEpoch: Int32(revision % 20_000)),
                    isced: Int(revision % 9),
                    targetGroups: [.init("g\(revision % 5)")]
                ).record),
            .insert(
                PersonalDetails(person: .init(id), givenName: "Ime \(revision)", familyName: "Čuk").record),
        ]
    }

    /// In the erasing run, the personal details revision `revision` erases: every fifth revision erases
    /// those of the revision before it.
    static func erased(at revision: Int64) -> EntityReference? {
        revision % 5 == 0 ? EntityReference(.personalDetails, "p-\(revision - 1)") : nil
    }

    /// The persons of the snapshot import: `imp-1` … `imp-COUNT`, with details.
    static func imported(_ count: Int) -> [Change] {
        (1...count).flatMap { i -> [Change] in
            let id = Person.ID("imp-\(i)")
            return [
                .insert(
                    Person(id: id, birthDate: Day(daysSinceEpoch: Int32(i % 20_000)), isced: i % 9).record),
                .insert(PersonalDetails(person: id, givenName: "Uvoz \(i)", familyName: "Kos").record),
            ]
        }
    }

    static let importTimestamp = Timestamp(milliseconds: 1_560_000_000_000)

    static let sampleTimestamp = Timestamp(milliseconds: 1_553_995_800_123)  // 2019-03-31T01:30:00.123Z

    static var sample: [Change] {
        [
            .insert(Person(id: "p-dst", birthDate: Day(year: 1990, month: 3, day: 25)).record),
            .insert(
                Person(
                    id: "p-new-year", birthDate: Day(year: 1999, month: 12, day: 31),
                    entryDate: Day(year: 2000, month: 1, day: 1)
                ).record),
            .insert(
                Participation(id: "pa-1", activity: "a-1", person: "p-dst", hours: Quantity(hundredths: 1_99))
                    .record),
        ]
    }

    static func describe(_ dataset: Dataset) -> [String] {
        var lines = ["budget \(dataset.operation.budget) \(dataset.operation.budget.currency)"]
        lines += dataset.operation.funding.map { "funding \($0.id) \($0.amount)" }
        lines.append("period \(dataset.operation.period.start) \(dataset.operation.period.end)")
        for person in dataset.persons.sortedByID {
            lines.append(
                "person \(person.id) \(person.birthDate.map(\.description) ?? "-") \(person.entryDate.map(\.description) ?? "-")"
            )
        }
        for p in dataset.participations.sortedByID {
            lines.append("hours \(p.id) \(p.hours?.description ?? "-")")
        }
        return lines
    }
}
