import Foundation
import Testing

@testable import SocioLabKit

/// The public surface an embedder holds in their head: few public top-level types, core rules reached
/// through ``CoreRules``, imports planned through ``ImportBatch/changes(against:)``.
struct PublicSurfaceTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The public top-level type declarations of SocioLabKit's sources, as `File.swift: declaration`.
    static func publicTopLevelTypes() throws -> [String] {
        let sources = root.appending(path: "Sources/SocioLabKit")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let declaration = try Regex(#"^public (final )?(class|struct|enum|protocol|actor|typealias) "#)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains(declaration) {
                found.append(file.lastPathComponent + ": " + line)
            }
        }
        return found.sorted()
    }

    /// 110, and 6 for the finance model of issue 16 that embedders need: the entities `BudgetLine`,
    /// `CostItem`, `PaymentClaim`, `PaymentClaimItem` and the operation's settings `CostCategory`, `FlatRate`.
    @Test func atMostOneHundredAndSixteenPublicTopLevelTypes() throws {
        let types = try Self.publicTopLevelTypes()
        #expect(types.count > 50, "the sources were not found")
        #expect(
            types.count <= 116, "\(types.count) public top-level types:\n\(types.joined(separator: "\n"))")
    }

    @Test func everyCoreRuleIdentifierIsDocumented() throws {
        let guide = try String(
            contentsOf: Self.root.appending(path: "Documentation/Validation.md"), encoding: .utf8)
        let ids = Set(CoreRules.all.map(\.id.rawValue))
        #expect(ids.count == 28 + 15)  // 15 finance rules (issue 16)
        for id in ids.sorted() {
            #expect(guide.contains("| `\(id)` |"), "\(id) is not in Documentation/Validation.md")
        }
    }

    @Test func importBatchChangesAreThePlannersChanges() throws {
        let persons = "id,gender\np1,f\np2,m\n"
        let first = try CSVImport.read(Data(persons.utf8), file: "persons.csv")
        let empty = Dataset(operation: .socioLabPodravje)
        #expect(first.changes(against: empty) == ImportPlanner.changes(for: first, against: empty))
        #expect(first.changes(against: empty).map(\.reference.description) == ["person/p1", "person/p2"])
        let stored = try ExchangeFixtures.applying(first.changes(against: empty), to: empty)
        #expect(first.changes(against: stored).isEmpty)
        let changed = try CSVImport.read(Data("id,gender\np1,f\np2,f\n".utf8), file: "persons.csv")
        #expect(changed.changes(against: stored).map(\.reference.description) == ["person/p2"])
    }
}
