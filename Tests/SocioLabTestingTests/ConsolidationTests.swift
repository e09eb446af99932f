import Foundation
import SocioLabTesting
import Testing

@testable import SocioLabKit

/// Issue 17, part 2: merging partners' pseudonymised packages at the lead partner.
struct ConsolidationTests {
    typealias S = PartnerScenario

    static func entry(_ package: PseudonymisedPackage, _ directory: String = "pkg")
        -> (package: PseudonymisedPackage, directory: String)
    {
        (package, directory)
    }

    @Test("A person trained by two partners is one person, and OUT-05 counts her once")
    func personCountedOnce() async throws {
        let workspace = try await S.workspace()
        let outcomes = try await workspace.consolidate(
            [Self.entry(try S.package(S.citilab, "citilab")), Self.entry(try S.package(S.tkalka, "tkalka"))],
            key: S.key, author: "lead")
        #expect(outcomes.map(\.partner) == ["citilab", "tkalka"])
        #expect(outcomes.allSatisfy { $0.committed != nil })
        let dataset = await workspace.dataset
        #expect(dataset.persons.count == 3)  // Ana once, Bojan, Cvetka
        #expect(dataset.activities.contains("citilab:t1") && dataset.activities.contains("tkalka:t1"))
        #expect(dataset.participations.count == 4)
        let report = ReportBuilder(plugins: .standard).build(dataset, asOf: S.day)
        #expect(report[.trainedPersons]?.toDate == 3)
    }

    @Test("Organisations with the same registration number are one, under the first partner's namespaced id")
    func organisationsMatched() async throws {
        let workspace = try await S.workspace()
        try await workspace.consolidate(
            [Self.entry(try S.package(S.citilab, "citilab")), Self.entry(try S.package(S.tkalka, "tkalka"))],
            key: S.key, author: "lead")
        let dataset = await workspace.dataset
        #expect(dataset.organisations.all.map(\.id) == ["citilab:o1"])
        #expect(
            dataset.participations.all.allSatisfy { $0.person.map { dataset.persons.contains($0) } ?? false })
        #expect(dataset.persons.all.allSatisfy { $0.organisation == "citilab:o1" })
    }

    @Test("Different statistics for one token are a warning naming both partners and the first-entry rule")
    func conflictingStatistics() async throws {
        var tkalka = S.tkalka
        let ana = try #require(tkalka.persons["p7"])
        var changed = ana
        changed.birthDate = try Day(parsing: "1990-05-18")
        changed.gender = .undisclosed
        _ = try tkalka.apply(.update(changed.record))
        let workspace = try await S.workspace()
        let outcomes = try await workspace.consolidate(
            [
                Self.entry(try S.package(S.citilab, "citilab")),
                Self.entry(try S.package(tkalka, "tkalka"), "tk"),
            ],
            key: S.key, author: "lead")
        let warnings = outcomes.flatMap(\.warnings)
        try #require(warnings.count == 1)
        let warning = warnings[0]
        #expect(warning.code == .consolidationConflict)
        for text in ["citilab", "tkalka", "first-entry", "birth_date '1990-05-17' / '1990-05-18'", "gender"] {
            #expect(warning.message.contains(text), "\(warning)")
        }
        #expect(warning.message(in: .slovenian).contains("pravilu prvega vnosa"))
        #expect(warning.location.file == "tk/records.jsonl")
        #expect(warning.location.line != nil)
        let kept = await workspace.dataset.persons.all.first {
            $0.gender == .female && $0.birthDate?.description == "1990-05-17"
        }
        #expect(kept != nil, "the first entry's statistics are kept")
    }

    @Test("A wrong key is refused before anything is written")
    func wrongKey() async throws {
        let workspace = try await S.workspace()
        let good = try S.package(S.citilab, "citilab")
        let bad = try S.package(S.tkalka, "tkalka", key: S.otherKey)
        await #expect {
            try await workspace.consolidate(
                [Self.entry(good), Self.entry(bad, "tk")], key: S.key, author: "lead")
        } throws: { error in
            let error = error as? SocioLabError
            return error?.code == .consolidationKeyMismatch && error?.location.file == "tk/package.json"
                && error?.message(in: .slovenian).contains("drugim ključem") == true
        }
        #expect(await workspace.revision == 0)
    }

    @Test("A newer package of a partner replaces its older one; an older one given with it is skipped")
    func newerReplacesOlder() async throws {
        let workspace = try await S.workspace()
        let first = try S.package(S.citilab, "citilab", minutes: 0)
        try await workspace.consolidate([Self.entry(first)], key: S.key, author: "lead")
        var smaller = S.citilab
        _ = try smaller.apply(.delete(EntityReference(.participation, "x2")))
        let newer = try S.package(smaller, "citilab", minutes: 10)
        let outcomes = try await workspace.consolidate(
            [Self.entry(newer, "new"), Self.entry(first, "old")], key: S.key, author: "lead")
        #expect(outcomes.count == 1)
        #expect(outcomes[0].warnings.map(\.code) == [.consolidationOlderPackage])
        let dataset = await workspace.dataset
        #expect(dataset.participations.all.map(\.id) == ["citilab:x1"])
        #expect(await workspace.revision == 2)
    }

    @Test("A package that fails validation is refused whole with its file and line; nothing is written")
    func invalidPackageRefused() async throws {
        var broken = S.citilab
        _ = try broken.apply(.insert(Participation(id: "x9", activity: "t-missing", person: "p1").record))
        let package = try S.package(broken, "citilab")
        let line = try #require(package.lines[EntityReference(.participation, "x9")])
        let workspace = try await S.workspace()
        await #expect {
            try await workspace.consolidate([Self.entry(package, "cl")], key: S.key, author: "lead")
        } throws: { error in
            let error = error as? SocioLabError
            return error?.code == .consolidationPackageRejected && error?.location.file == "cl/records.jsonl"
                && error?.location.line == line
        }
        #expect(await workspace.revision == 0)
    }

    @Test("A changed records file, or a line that is no record, is refused with the file and line")
    func damagedPackage() throws {
        let files = try S.package(S.citilab, "citilab").files()
        var byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.data) })
        var records = byName["records.jsonl"]!
        records.append(contentsOf: Array("{}\n".utf8))
        byName["records.jsonl"] = records
        #expect(throws: SocioLabError.self) { try PseudonymisedPackage.read(files: byName, directory: "d") }
        // The header's hash updated to match: the bad line itself is found.
        var header = try JSONDecoder().decode(PseudonymisedPackage.Header.self, from: byName["package.json"]!)
        header.files["records.jsonl"] = SHA256Hasher.hex(SHA256Hasher.hash(records))
        byName["package.json"] = try JSONEncoder().encode(header)
        let lineCount = records.split(separator: UInt8(ascii: "\n")).count
        do {
            _ = try PseudonymisedPackage.read(files: byName, directory: "d")
            Issue.record("a line that is no record was read")
        } catch {
            #expect(error.code == .consolidationPackageInvalid)
            #expect(error.location.file == "d/records.jsonl")
            #expect(error.location.line == lineCount)
        }
    }

    @Test("A package of no partner of the operation is refused before anything is written")
    func foreignPartner() async throws {
        let workspace = try await S.workspace()
        let package = try S.package(S.citilab, "nobody")
        await #expect {
            try await workspace.consolidate([Self.entry(package, "n")], key: S.key, author: "lead")
        } throws: { error in
            (error as? SocioLabError)?.code == .consolidationPackageInvalid
        }
        #expect(await workspace.revision == 0)
    }

    @Test("A partner's newer package corrects its own entry of a person: an update, not a conflict")
    func ownCorrection() async throws {
        let workspace = try await S.workspace()
        try await workspace.consolidate(
            [Self.entry(try S.package(S.citilab, "citilab"))], key: S.key, author: "lead")
        var corrected = S.citilab
        var ana = try #require(corrected.persons["p1"])
        ana.gender = .undisclosed
        _ = try corrected.apply(.update(ana.record))
        let outcomes = try await workspace.consolidate(
            [Self.entry(try S.package(corrected, "citilab", minutes: 5))], key: S.key, author: "lead")
        #expect(outcomes.flatMap(\.warnings).isEmpty)
        #expect(outcomes.first?.changeCount == 1)
        let dataset = await workspace.dataset
        #expect(dataset.persons.count == 2)
        #expect(dataset.persons.all.filter { $0.gender == .undisclosed }.count == 1)
    }

    @Test("Two records of one person in a partner's store are one person in its package")
    func duplicateInOneStore() async throws {
        var citilab = S.citilab
        let again = Person(id: "p9", gender: .female, birthDate: try Day(parsing: "1990-05-17"))
        _ = try citilab.apply(.insert(again.record))
        _ = try citilab.apply(
            .insert(PersonalDetails(person: "p9", givenName: "Ana", emso: S.anaEMSO).record))
        let package = try S.package(citilab, "citilab")
        #expect(package.records.filter { $0.kind == .person }.count == 2)
        let files = Dictionary(uniqueKeysWithValues: try package.files().map { ($0.name, $0.data) })
        let read = try PseudonymisedPackage.read(files: files, directory: "d")
        #expect(read.records == package.records)
    }
}
