import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabStorage

/// The parallel snapshot reader reads what the sequential one reads, and leaves everything unusual to it.
struct SnapshotReaderTests {
    @Test func largeSnapshotReadsBackEqualToTheOriginal() async throws {
        let dataset = SampleData.large(persons: 20_000, personalDetails: true)
        #expect(dataset.persons.count == 20_000)
        #expect(dataset.participations.count > 50_000)
        let path = TemporaryDirectory().appending("store")
        let store = try JSONFileStore.create(at: path, dataset: dataset)
        store.close()
        let state = try await JSONFileStore.open(at: path, mode: .readOnly).load()
        #expect(state.dataset == dataset)
        let bytes = contents(path + "/snapshot.json")
        try bytes.withUnsafeBytes { raw in
            let parallel = try #require(SnapshotCodec.decodeInParallel(raw), "the fast path refused the file")
            let sequential = try SnapshotCodec.decodeSequentially(raw)
            #expect(parallel.dataset == dataset)
            #expect(sequential.dataset == dataset)
            #expect(parallel.revision == sequential.revision && parallel.storeID == sequential.storeID)
        }
    }

    @Test func everyKindWithAwkwardValuesTakesTheFastPath() throws {
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        for record in ConformanceFixtures.everyKind { dataset.upsert(record) }
        let bytes = try SnapshotCodec.encode(
            dataset, storeID: "s", revision: 3, fingerprint: DatasetFingerprint.sha256(of: dataset))
        try bytes.withUnsafeBytes { raw in
            let parallel = try #require(SnapshotCodec.decodeInParallel(raw))
            #expect(parallel.dataset == dataset)
            #expect(parallel.revision == 3)
        }
    }

    /// Damage the fast path must leave to the sequential reader (which reports it exactly).
    enum Damage: String, CaseIterable, Sendable {
        case extraRow, nullInRequiredColumn, repeatedColumn, unknownTable, badEnumeration

        func apply(to text: String) -> String? {
            switch self {
            case .extraRow: return text.replacing("\"id\":[", with: "\"id\":[\"x\",", maxReplacements: 1)
            case .nullInRequiredColumn, .badEnumeration:
                guard let table = text.range(of: "\"participation\":{"),
                    let column = text.range(of: "\"status\":[\"", range: table.upperBound..<text.endIndex),
                    let end = text.range(of: "\"", range: column.upperBound..<text.endIndex)
                else { return nil }
                let value = self == .badEnumeration ? "\"attended-ish\"" : "null"
                return text.replacingCharacters(
                    in: text.index(before: column.upperBound)..<end.upperBound, with: value)
            case .repeatedColumn:
                return text.replacing("\"person\":{", with: "\"person\":{\"id\":[],", maxReplacements: 1)
            case .unknownTable:
                return text.replacing(
                    "\"tables\":{", with: "\"tables\":{\"nonsense\":{},", maxReplacements: 1)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func damagedTablesAreLeftToTheSequentialReader(_ damage: Damage) throws {
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        for record in ConformanceFixtures.everyKind { dataset.upsert(record) }
        let good = String(
            decoding: try SnapshotCodec.encode(
                dataset, storeID: "s", revision: 3, fingerprint: DatasetFingerprint.sha256(of: dataset)),
            as: UTF8.self)
        let text = try #require(damage.apply(to: good))
        #expect(text != good)
        // Checksummed again, so that only the damage itself can send the fast path away.
        let damaged = JournalCodec.frame(
            Array(("{" + text.dropFirst(JournalCodec.prefixLength).dropLast()).utf8))
        damaged.withUnsafeBytes { raw in
            #expect(SnapshotCodec.decodeInParallel(raw)?.revision == nil)
            #expect(throws: (any Error).self) { try SnapshotCodec.decodeSequentially(raw) }
        }
    }
}
