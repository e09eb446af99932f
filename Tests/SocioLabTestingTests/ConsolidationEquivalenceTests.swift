import Foundation
import SocioLabTesting
import Testing

@testable import SocioLabKit

/// Issue 17, part 2: the demo split across the operation's eleven partners, each part exported as a
/// pseudonymised package and consolidated, reports exactly what one store holding every record reports.
struct ConsolidationEquivalenceTests {
    static let key = try! PseudonymKey(bytes: Array(0..<32))
    static let created = Timestamp(milliseconds: 1_796_423_400_000)

    /// The demo split among every partner of the operation.
    static func split() -> PartnerSplit {
        let demo = SampleData.demo()
        return PartnerSplit(demo, among: demo.operation.partners.map(\.id))
    }

    /// Exports every part and merges the packages into an empty store, one change set each.
    static func consolidate(_ split: PartnerSplit) async throws -> (
        Workspace, [Workspace.ConsolidationOutcome]
    ) {
        let workspace = try await Workspace(
            store: InMemoryStore(operation: split.whole.operation), plugins: .standard)
        var packages: [(package: PseudonymisedPackage, directory: String)] = []
        for (partner, dataset) in split.parts {
            let made = try PseudonymisedPackage.make(
                from: dataset, partner: partner, key: key, created: created)
            let files = Dictionary(uniqueKeysWithValues: try made.files().map { ($0.name, $0.data) })
            packages.append(
                (try PseudonymisedPackage.read(files: files, directory: partner.rawValue), partner.rawValue))
        }
        let outcomes = try await workspace.consolidate(packages, key: key, author: "lead")
        return (workspace, outcomes)
    }

    static func report(_ dataset: Dataset) -> IndicatorReport {
        var report = ReportBuilder(plugins: .standard).build(dataset, asOf: SampleData.demoAsOf)
        report.fingerprint = ""  // the records' ids differ (namespaces, tokens); the figures must not
        return report
    }

    @Test("The split has eleven partners and persons trained by more than one of them")
    func splitOverlaps() {
        let split = Self.split()
        #expect(split.parts.count == 11)
        var seen: [Person.ID: Int] = [:]
        for (_, dataset) in split.parts {
            for person in dataset.persons.all { seen[person.id, default: 0] += 1 }
        }
        #expect(seen.values.filter { $0 > 1 }.count >= 20, "too little overlap to test counting once")
        #expect(Set(seen.keys) == Set(split.whole.persons.all.map(\.id)))
    }

    @Test("Eleven consolidated packages report what one store with all partners' records reports")
    func sameReport() async throws {
        let split = Self.split()
        let (workspace, outcomes) = try await Self.consolidate(split)
        #expect(outcomes.count == 11)
        #expect(outcomes.allSatisfy { $0.warnings.isEmpty }, "\(outcomes.flatMap(\.warnings))")
        let consolidated = await workspace.dataset
        #expect(consolidated.persons.count == split.whole.persons.count)
        #expect(consolidated.personalDetails.count == 0)
        let expected = Self.report(split.whole)
        let actual = Self.report(consolidated)
        #expect(actual.indicators == expected.indicators)
        #expect(actual.esf == expected.esf)
        #expect(actual.esfPlus == expected.esfPlus)
        #expect(actual.participants == expected.participants)
        #expect(actual == expected)
        let trained = try #require(actual[.trainedPersons]?.toDate)
        #expect(trained == expected[.trainedPersons]?.toDate)
    }

    @Test("Merging every package again changes nothing")
    func idempotent() async throws {
        let split = Self.split()
        let (workspace, _) = try await Self.consolidate(split)
        let before = await workspace.dataset
        let revision = await workspace.revision
        var packages: [(package: PseudonymisedPackage, directory: String)] = []
        for (partner, dataset) in split.parts {
            packages.append(
                (
                    try PseudonymisedPackage.make(
                        from: dataset, partner: partner, key: Self.key, created: Self.created), "x"
                ))
        }
        let again = try await workspace.consolidate(packages, key: Self.key, author: "lead")
        #expect(again.allSatisfy { $0.committed == nil && $0.changeCount == 0 })
        #expect(await workspace.revision == revision)
        #expect(await workspace.dataset == before)
    }
}
