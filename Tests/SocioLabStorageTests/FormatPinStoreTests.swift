import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// Pins the JSON file store's files (format version 2) byte for byte: `snapshot.json`, `journal.jsonl`,
/// `history.jsonl` and `head.json` after each kind of write — creation from a dataset, appends, compaction
/// and an erasure of personal details — with fixed authors, reasons and timestamps.
///
/// The store's identifier is a random UUID; before hashing, it is replaced by ``StoreBytes/fixedStoreID``
/// (the same length) and each checked line's CRC-32C is recomputed, so the digests are those of a store
/// whose identifier was that one. Everything else is hashed as written.
struct FormatPinStoreTests {
    @Test(arguments: ["demo", "pin-sample"])
    func storeFilesAfterEachKindOfWrite(of name: String) async throws {
        let dataset = name == "demo" ? SampleData.demo() : PinSample.dataset()
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, dataset: dataset)
        let storeID = store.storeID
        func check(_ stage: String, _ files: [String], sourceLocation: SourceLocation = #_sourceLocation)
            throws
        {
            for file in files {
                let bytes = try StoreBytes.normalised(StoreBytes.read(path + "/" + file), storeID: storeID)
                FormatPin.check("store \(name)/\(stage)/\(file)", bytes, sourceLocation: sourceLocation)
            }
        }
        try check("created", StoreBytes.files)

        let workspace = try await Workspace(store: store, plugins: .standard, clock: FormatPin.clock)
        try await StoreSteps.appendTwo(workspace)
        try check("appended", ["journal.jsonl", "head.json"])

        try await workspace.compact()
        try check("compacted", StoreBytes.files)

        try await StoreSteps.appendAndErase(workspace)
        try check("erased", StoreBytes.files)

        try await StoreSteps.appendLast(workspace)
        store.close()
        try check("closed", StoreBytes.files)
        #expect(JSONFileStore.verify(at: path).isSound)

        let reopened = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(reopened.revision == 5)
        #expect(
            DatasetFingerprint.sha256(of: reopened.dataset) == (await workspace.fingerprint()))

        // The files with the identifier replaced are a sound store of that identifier: the digests above
        // are those of real store files, not of an approximation.
        let normalised = TemporaryDirectory().appending("normalised")
        try FileManager.default.createDirectory(atPath: normalised, withIntermediateDirectories: false)
        for file in StoreBytes.files {
            let bytes = try StoreBytes.normalised(StoreBytes.read(path + "/" + file), storeID: storeID)
            try Data(bytes).write(to: URL(fileURLWithPath: normalised + "/" + file))
        }
        let verification = JSONFileStore.verify(at: normalised)
        #expect(verification.isSound, "\(verification.problems)")
        let copy = try JSONFileStore.open(at: normalised, mode: .readOnly)
        #expect(copy.storeID == StoreBytes.fixedStoreID)
        #expect(try await copy.load().dataset == reopened.dataset)
    }
}

/// The change sets the store pins and the committed store fixture are written with: every kind of change
/// record (insert, update, delete, redacted), authors and reasons with quotes, new lines and letters
/// outside ASCII, all stamped by ``FormatPin/clock``.
enum StoreSteps {
    static let organisation = Organisation(
        id: "pin-o1", name: "Zadruga \"Pinjola\", z.o.o., so.p.", legalForm: .zadruga, socialEnterprise: true,
        registrationNumber: RegistrationNumber.make(base6: 654_321),
        taxNumber: TaxNumber.make(base7: 7_654_321), municipality: Municipality.Code(70), stage: .startup)

    static let person = Person(
        id: "pin-p1", gender: .female, birthDate: Day(year: 1984, month: 2, day: 29),
        employmentStatus: .longTermUnemployed, isced: 4, migrantOrMinority: .no, disability: .refused,
        otherDisadvantaged: .no, homeless: false, rural: true, targetGroups: ["unemployed"],
        municipality: Municipality.Code(96), organisation: "pin-o1",
        consent: Consent(givenOn: Day(year: 2019, month: 9, day: 2)))

    static let details = PersonalDetails(
        person: "pin-p1", givenName: "Špela", familyName: "Žnidarič", email: "spela@example.si",
        phone: "+386 2 555 01 02",
        emso: EMSO.make(birthYear: 1984, month: 2, day: 29, registerCode: 50, serial: 222))

    static let training = Activity(
        id: "pin-a1", kind: "training", title: "Osnove \"SP\"\nza začetnike", pillar: 3, partners: ["prizma"],
        municipality: Municipality.Code(70), startDate: Day(year: 2019, month: 10, day: 3)!,
        endDate: Day(year: 2019, month: 10, day: 3), status: .held,
        details: .object([
            "module": .string("Osnove"), "hours": .number("6.5"), "completion_threshold": .number("0.8"),
            "certificate": .bool(true),
        ]))

    static let participation = Participation(
        id: "pin-x1", activity: "pin-a1", person: "pin-p1", status: .attended,
        hours: Quantity(hundredths: 650),
        completed: true,
        evidence: [
            Evidence(
                documentID: "LIST-2019/10", kind: .attendanceSheet, date: Day(year: 2019, month: 10, day: 3))
        ])

    /// Revisions 1 and 2: inserts, then an update and a delete.
    static func appendTwo(_ workspace: Workspace) async throws {
        try await workspace.apply(
            [
                .insert(organisation.record), .insert(person.record), .insert(details.record),
                .insert(training.record), .insert(participation.record),
            ], author: "ana", reason: "vpis \"udeležencev\"; enrolment")
        var updated = person
        updated.entryDate = Day(year: 2019, month: 10, day: 3)
        updated.targetGroups = ["unemployed", "social-economy-stakeholders"]
        let job = Job(
            id: "pin-j1", organisation: "pin-o1", person: "pin-p1", kind: .created,
            startDate: Day(year: 2020, month: 2, day: 1)!, fte: Quantity(hundredths: 75))
        try await workspace.apply(
            [.update(updated.record), .insert(job.record)], author: "Špela Novak",
            reason: "popravek\nvnosa")
    }

    /// Revisions 3 and 4: a delete, then the erasure of the person's personal details.
    static func appendAndErase(_ workspace: Workspace) async throws {
        try await workspace.apply(
            [.delete(EntityReference(.job, "pin-j1"))], author: "ana", reason: "podvojen zapis")
        try await workspace.erasePersonalDetails(
            of: "pin-p1", author: "dpo", reason: "zahteva za izbris (GDPR 17)")
    }

    /// Revision 5: an update left in the journal.
    static func appendLast(_ workspace: Workspace) async throws {
        var updated = participation
        updated.completed = false
        updated.hours = Quantity(hundredths: 425)
        try await workspace.apply([.update(updated.record)], author: "ana", reason: "")
    }
}

/// Reading a store's files and making them independent of its random identifier.
enum StoreBytes {
    /// The files of a store that the format defines (the lock file holds a pid and is not pinned).
    static let files = ["snapshot.json", "journal.jsonl", "history.jsonl", "head.json"]

    /// The identifier put in place of the store's own: a UUID in the store's lower-case form.
    static let fixedStoreID = "00000000-0000-4000-8000-000000000000"

    static func read(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// `bytes` with every occurrence of `storeID` replaced by ``fixedStoreID`` and the checksum of every
    /// checked line (`{"crc32c":"XXXXXXXX",…`) recomputed over the same bytes it covered before.
    static func normalised(_ bytes: [UInt8], storeID: String) throws -> [UInt8] {
        let old = Array(storeID.utf8)
        let new = Array(fixedStoreID.utf8)
        try #require(old.count == new.count, "store identifiers are UUIDs: \(storeID)")
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        for index in lines.indices {
            var line = lines[index]
            guard line.starts(with: Array(#"{"crc32c":""#.utf8)), line.count > 21 else { continue }
            let written = String(decoding: line[11..<19], as: UTF8.self)
            // The checksum covers the line from byte 21 (the head record: without its padding spaces).
            var end = line.count
            if hex(CRC32C.checksum(Array(line[21..<end]))) != written {
                while end > 21 && line[end - 1] == 0x20 { end -= 1 }
            }
            try #require(
                hex(CRC32C.checksum(Array(line[21..<end]))) == written,
                "line \(index + 1) has a checksum that covers neither the whole line nor the line without padding"
            )
            var i = 0
            while i + old.count <= line.count {
                if line[i..<(i + old.count)].elementsEqual(old) {
                    line.replaceSubrange(i..<(i + old.count), with: new)
                    i += old.count
                } else {
                    i += 1
                }
            }
            line.replaceSubrange(11..<19, with: Array(hex(CRC32C.checksum(Array(line[21..<end]))).utf8))
            lines[index] = line
        }
        return Array(lines.joined(separator: [0x0A]))
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
