import Foundation

/// A SHA-256 fingerprint of a dataset's canonical form, so a printed report can be proven to come from a
/// given state of the data.
///
/// The canonical form (version 2) is: the line `sociolab-fingerprint/2`, the operation as JSON with sorted
/// keys and a newline, then for every entity kind in ``EntityKind`` order except personal details (which
/// no report reads) a line `kind count` — for a finance kind (``EntityKind/isFinance``) only when it holds
/// entities, so that a dataset without finance keeps the fingerprint it had before those kinds existed (a
/// store's snapshot records it) — and the kind's entities sorted by the UTF-8 bytes of their
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
        var hasher = SHA256Hasher()
        hasher.update(Array("sociolab-fingerprint/2\n".utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        hasher.update((try? encoder.encode(dataset.operation)) ?? Data())
        hasher.update([0x0A])
        var tables = TableHasher(hasher: hasher)
        dataset.visitTables(&tables)
        return SHA256Hasher.hex(tables.hasher.finalize())
    }

    /// Hashes each table's count line and chunk digests; personal details are left out (no report reads them).
    private struct TableHasher: DatasetTableVisitor {
        var hasher: SHA256Hasher

        mutating func visit<E: Entity & CanonicalObject>(_ table: EntityTable<E>) {
            guard E.kind != .personalDetails, table.count > 0 || !E.kind.isFinance else { return }
            hasher.update(Array("\(E.kind.rawValue) \(table.count)\n".utf8))
            for digest in DatasetFingerprint.chunkDigests(table) { hasher.update(digest) }
        }
    }

    /// The number of chunks hashed side by side, one in each lane of ``SHA256Hasher/digests(of:)``.
    static let chunksPerGroup = 4

    /// The SHA-256 of every chunk of a table's canonical lines, in identifier order.
    ///
    /// The chunks are taken four at a time: a worker writes the four chunks' lines into one buffer, then
    /// hashes the four side by side; a table of only a few chunks is taken a chunk at a time, so that
    /// every worker has one. Each worker keeps its buffer from group to group.
    private static func chunkDigests<E: Entity & CanonicalObject>(_ table: EntityTable<E>) -> [[UInt8]] {
        let order = slotsInIdentifierOrder(table)
        let chunkCount = (order.count + chunkSize - 1) / chunkSize
        let processors = ProcessInfo.processInfo.activeProcessorCount
        let perGroup = chunkCount >= processors * chunksPerGroup ? chunksPerGroup : 1
        let groupCount = (chunkCount + perGroup - 1) / perGroup
        let results = ParallelResults<[[UInt8]]>(count: groupCount)
        let groups = WorkQueue(count: groupCount)
        DispatchQueue.concurrentPerform(iterations: min(groupCount, processors)) { _ in
            var writer = CanonicalWriter()
            writer.bytes.reserveCapacity(perGroup * chunkSize * 192)
            while let group = groups.next() {
                writer.reset()
                var ends: [Int] = []
                table.slots.withUnsafeBufferPointer { slots in
                    for chunk in (group * perGroup)..<min(chunkCount, (group + 1) * perGroup) {
                        let entities = order[(chunk * chunkSize)..<min(order.count, (chunk + 1) * chunkSize)]
                        let first = entities.startIndex
                        writer.writeEach(entities.count) { cursor, i in
                            slots[Int(order[first + i])]!.writeCanonicalObject(to: &cursor)
                            cursor.endLine()
                        }
                        ends.append(writer.bytes.count)
                    }
                }
                let digests = writer.bytes.withUnsafeBytes { bytes in
                    SHA256Hasher.digests(
                        of: ends.indices.map { i in
                            UnsafeRawBufferPointer(rebasing: bytes[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
                        })
                }
                results.set(group, digests)
            }
        }
        return results.values.flatMap { $0 }
    }

    /// The occupied slots of a table, ordered by the UTF-8 bytes of their identifiers.
    ///
    /// Sorts on a 16-byte prefix packed into two integers and compares whole identifiers only where the
    /// prefixes tie, which keeps ordering millions of identifiers cheap. The prefixes of a large table are
    /// read in parallel parts.
    static func slotsInIdentifierOrder<E: Entity>(_ table: EntityTable<E>) -> [Int32] {
        let slots = table.slots
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, slots.count / 65_536))
        let partKeys = ParallelResults<[IdentifierSortKey]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var keys: [IdentifierSortKey] = []
            keys.reserveCapacity(slots.count / parts + 1)
            for slot in (slots.count * part / parts)..<(slots.count * (part + 1) / parts) {
                guard let id = slots[slot]?.id.rawValue else { continue }
                keys.append(IdentifierSortKey(id, slot: Int32(slot)))
            }
            partKeys.set(part, keys)
        }
        var keys = partKeys.values.flatMap { $0 }
        keys.sort { a, b in
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            return slots[Int(a.slot)]!.id.rawValue.utf8.lexicographicallyPrecedes(
                slots[Int(b.slot)]!.id.rawValue.utf8)
        }
        return keys.map(\.slot)
    }
}

/// A 16-byte identifier prefix and the slot it belongs to, for ordering identifiers cheaply.
struct IdentifierSortKey {
    var high: UInt64
    var low: UInt64
    var slot: Int32

    /// The key of `id` at `slot`: its first 16 UTF-8 bytes, big-endian, zero-padded.
    init(_ id: String, slot: Int32) {
        let (high, low) =
            id.utf8.withContiguousStorageIfAvailable { Self.prefix(of: UnsafeRawBufferPointer($0)) }
            ?? Array(id.utf8.prefix(16)).withUnsafeBytes { Self.prefix(of: $0) }
        self.high = high
        self.low = low
        self.slot = slot
    }

    /// The first 16 bytes as two big-endian numbers, zero-padded.
    private static func prefix(of bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes.prefix(16)))
        }
        return (UInt64(bigEndian: words.0), UInt64(bigEndian: words.1))
    }
}

/// Hands out the numbers `0 ..< count` to the workers of a parallel loop, each exactly once, so a worker
/// that finishes early takes more work.
///
/// Why `@unchecked Sendable` is safe: `nextNumber` is the only mutable property, and it is read and written
/// only inside `lock.withLock`; `count` and `lock` are `let`s.
private final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextNumber = 0
    private let count: Int

    init(count: Int) { self.count = count }

    /// The next number not yet handed out, or `nil` when all have been.
    func next() -> Int? {
        lock.withLock {
            guard nextNumber < count else { return nil }
            defer { nextNumber += 1 }
            return nextNumber
        }
    }
}
