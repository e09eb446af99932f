/// Reads a value spelled as a string (an enumeration, a code, a municipality) and keeps the values it has
/// already read by their bytes, so that each distinct value of a column is built and checked once.
///
/// A direct-mapped table of 256 entries keyed by the value's bytes (values of up to 15 bytes): a hit costs
/// a few integer operations, a miss (or a collision) builds the value the ordinary way and keeps it.
package struct RawValueReader<Value: RawRepresentable>: StoredValueReader where Value.RawValue == String {
    private struct Key: Equatable {
        var low: UInt64
        var high: UInt64
    }
    private var keys = [Key](repeating: Key(low: 0, high: 0), count: 256)
    private var values = [Value?](repeating: nil, count: 256)

    package init() {}

    /// Reads one value without a table (one value by itself is built either way).
    package static func readOne(_ r: inout JSONReader) throws(JSONSyntaxError) -> Value {
        try ColumnValue.readRaw(&r)
    }

    /// Reads a string naming a value; one longer than 15 bytes, or with escapes, is read the slow way.
    /// - Throws: A syntax error, or "not a valid …" as ``ColumnValue/readRaw(_:)`` does.
    @inline(__always) package mutating func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Value {
        let start = r.offset
        guard let range = try r.readPlainStringRange() else { return try ColumnValue.readRaw(&r) }
        let bytes = UnsafeRawBufferPointer(rebasing: r.bytes[range])
        guard bytes.count <= 15 else { return try make(bytes, r, start) }
        // The length plus one in the top byte: no key is all zeros, which marks an empty entry.
        var key = Key(low: 0, high: UInt64(bytes.count + 1) << 56)
        for (i, byte) in bytes.enumerated() {
            if i < 8 {
                key.low |= UInt64(byte) << (8 * UInt64(i))
            } else {
                key.high |= UInt64(byte) << (8 * UInt64(i - 8))
            }
        }
        var mixed = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 31
        let slot = Int(truncatingIfNeeded: mixed >> 56)
        if keys[slot] == key, let value = values[slot] { return value }
        let value = try make(bytes, r, start)
        keys[slot] = key
        values[slot] = value
        return value
    }

    private func make(_ bytes: UnsafeRawBufferPointer, _ r: JSONReader, _ start: Int) throws(JSONSyntaxError)
        -> Value
    {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let value = Value(rawValue: text) else {
            throw r.error("\"\(text)\" is not a valid \(Value.self)", at: start)
        }
        return value
    }
}
