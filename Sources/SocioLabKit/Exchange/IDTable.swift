/// A 64-bit hash of an identifier's UTF-8 bytes, computed where the rows are read (in parallel) so that
/// the duplicate check does not hash again.
enum IDHash {
    /// The hash of a string's UTF-8 bytes.
    static func of(_ id: String) -> UInt64 {
        if let hash = id.utf8.withContiguousStorageIfAvailable(of) { return hash }
        return Array(id.utf8).withUnsafeBufferPointer { of($0) }
    }

    /// The hash of bytes: 8 bytes at a time, multiplied and folded.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 29
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 32)
    }
}

/// An open-addressing set of identifiers, each known by its hash and by where it is (part, index); the
/// identifiers themselves stay where they are and are compared only when hashes are equal.
struct IDTable {
    private var hashes: [UInt64]
    /// `part << 32 | index` of the identifier in each slot, or -1 for an empty slot.
    private var places: [Int64]
    private let mask: Int

    /// A table for `capacity` identifiers (at most half full).
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        hashes = Array(repeating: 0, count: size)
        places = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Adds an identifier, unless an equal one is in the table.
    /// - Parameters:
    ///   - hash: The identifier's ``IDHash``.
    ///   - part: Where the identifier is: its part …
    ///   - index: … and its index there.
    ///   - isEqual: Whether the identifier at (part, index) of the table equals the new one.
    /// - Returns: Where the equal identifier is, or `nil` when the identifier was added.
    mutating func insert(
        hash: UInt64, part: Int32, index: Int32, isEqual: (Int32, Int32) -> Bool
    ) -> (Int32, Int32)? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let place = places[slot]
            if place < 0 {
                hashes[slot] = hash
                places[slot] = Int64(part) << 32 | Int64(UInt32(bitPattern: index))
                return nil
            }
            if hashes[slot] == hash {
                let earlier = (Int32(truncatingIfNeeded: place >> 32), Int32(truncatingIfNeeded: place))
                if isEqual(earlier.0, earlier.1) { return earlier }
            }
            slot = (slot + 1) & mask
        }
    }
}
