import Foundation

/// A SHA-256 fingerprint of a dataset's canonical form, so a printed report can be proven to come from a
/// given state of the data.
///
/// The canonical form (version 1) is: the line `sociolab-fingerprint/1`, the operation as JSON with sorted
/// keys, then for every entity kind in ``EntityKind`` order except personal details (which no report
/// reads) a line `kind count`, and the kind's entities sorted by identifier, each as one line of JSON with
/// sorted keys. The entities are hashed in chunks of 4,096 (in parallel); the fingerprint is the SHA-256 of
/// the header lines and the chunk digests in order. Two datasets with the same operation and the same
/// entities (personal details aside) have the same fingerprint whatever order they were built in.
public enum DatasetFingerprint {
    /// The number of entities hashed per chunk.
    public static let chunkSize = 4096

    /// The fingerprint of a dataset, as 64 lowercase hexadecimal digits.
    /// - Parameter dataset: The dataset.
    /// - Returns: The SHA-256 of its canonical form.
    /// - Complexity: O(*n* log *n*) in the entities (sorting by identifier), O(*n*) hashing.
    public static func sha256(of dataset: Dataset) -> String {
        var hasher = SHA256()
        hasher.update(Array("sociolab-fingerprint/1\n".utf8))
        hasher.update(encode(dataset.operation))
        hasher.update([0x0A])
        func add<E: Entity>(_ table: Table<E>) {
            hasher.update(Array("\(E.kind.rawValue) \(table.count)\n".utf8))
            for digest in chunkDigests(table.sortedByID) { hasher.update(digest) }
        }
        add(dataset.organisations)
        add(dataset.persons)
        add(dataset.infoPoints)
        add(dataset.activities)
        add(dataset.participations)
        add(dataset.jobs)
        add(dataset.products)
        add(dataset.developmentPlans)
        add(dataset.supportProgrammes)
        add(dataset.milestones)
        return SHA256.hex(hasher.finalize())
    }

    private static func chunkDigests<E: Entity>(_ entities: [E]) -> [[UInt8]] {
        let chunkCount = (entities.count + chunkSize - 1) / chunkSize
        let results = ChunkResults<(Int, [UInt8])>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let encoder = canonicalEncoder()
            var hasher = SHA256()
            for entity in entities[(chunk * chunkSize)..<min(entities.count, (chunk + 1) * chunkSize)] {
                hasher.update((try? encoder.encode(entity)) ?? Data())
                hasher.update([0x0A])
            }
            results.set(chunk, (chunk, hasher.finalize()))
        }
        return results.values.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private static func canonicalEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private static func encode<T: Encodable>(_ value: T) -> Data {
        (try? canonicalEncoder().encode(value)) ?? Data()
    }
}
