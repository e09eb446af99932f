import Foundation

/// A SHA-256 fingerprint of a dataset's canonical form, so a printed report can be proven to come from a
/// given state of the data.
///
/// The canonical form (version 2) is: the line `sociolab-fingerprint/2`, the operation as JSON with sorted
/// keys and a newline, then for every entity kind in ``EntityKind`` order except personal details (which
/// no report reads) a line `kind count`, and the kind's entities sorted by the UTF-8 bytes of their
/// identifiers, each as one line of compact JSON with sorted keys and absent values left out. The entities
/// are hashed in chunks of 4,096 (in parallel); the fingerprint is the SHA-256 of the header lines and the
/// chunk digests in order. Two datasets with the same operation and the same entities (personal details
/// aside) have the same fingerprint whatever order they were built in.
public enum DatasetFingerprint {
    /// The number of entities hashed per chunk.
    public static let chunkSize = 4096

    /// The fingerprint of a dataset, as 64 lowercase hexadecimal digits.
    /// - Parameter dataset: The dataset.
    /// - Returns: The SHA-256 of its canonical form.
    /// - Complexity: O(*n* log *n*) in the entities (ordering by identifier), O(*n*) hashing, in parallel.
    public static func sha256(of dataset: Dataset) -> String {
        var hasher = SHA256()
        hasher.update(Array("sociolab-fingerprint/2\n".utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        hasher.update((try? encoder.encode(dataset.operation)) ?? Data())
        hasher.update([0x0A])
        func add<E: Entity>(_ table: Table<E>) {
            hasher.update(Array("\(E.kind.rawValue) \(table.count)\n".utf8))
            for digest in chunkDigests(table) { hasher.update(digest) }
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

    private static func chunkDigests<E: Entity>(_ table: Table<E>) -> [[UInt8]] {
        let order = slotsInIdentifierOrder(table)
        let chunkCount = (order.count + chunkSize - 1) / chunkSize
        let results = ParallelResults<[UInt8]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var writer = CanonicalWriter()
            writer.bytes.reserveCapacity(chunkSize * 160)
            for slot in order[(chunk * chunkSize)..<min(order.count, (chunk + 1) * chunkSize)] {
                writer.write(table.slots[Int(slot)]!.record)
            }
            var hasher = SHA256()
            hasher.update(writer.bytes)
            results.set(chunk, hasher.finalize())
        }
        return results.values
    }

    /// The occupied slots of a table, ordered by the UTF-8 bytes of their identifiers.
    ///
    /// Sorts on a 16-byte prefix packed into two integers and compares whole identifiers only where the
    /// prefixes tie, which keeps ordering millions of identifiers cheap.
    static func slotsInIdentifierOrder<E: Entity>(_ table: Table<E>) -> [Int32] {
        var keys: [IdentifierSortKey] = []
        keys.reserveCapacity(table.count)
        for (slot, entity) in table.slots.enumerated() {
            guard let entity else { continue }
            var high: UInt64 = 0
            var low: UInt64 = 0
            var i = 0
            for byte in entity.id.rawValue.utf8 {
                if i < 8 {
                    high |= UInt64(byte) << UInt64(56 - 8 * i)
                } else if i < 16 {
                    low |= UInt64(byte) << UInt64(56 - 8 * (i - 8))
                } else {
                    break
                }
                i += 1
            }
            keys.append(IdentifierSortKey(high: high, low: low, slot: Int32(slot)))
        }
        keys.sort { a, b in
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            let x = table.slots[Int(a.slot)]!.id.rawValue.utf8
            let y = table.slots[Int(b.slot)]!.id.rawValue.utf8
            return x.lexicographicallyPrecedes(y)
        }
        return keys.map(\.slot)
    }
}

/// A 16-byte identifier prefix and the slot it belongs to, for ordering identifiers cheaply.
struct IdentifierSortKey {
    var high: UInt64
    var low: UInt64
    var slot: Int32
}
