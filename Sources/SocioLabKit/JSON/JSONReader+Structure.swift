/// Objects and arrays: entering them, walking their keys and elements, leaving them.
extension JSONReader {
    /// Consumes `{`.
    @inlinable package mutating func beginObject() throws(JSONSyntaxError) {
        try expect(UInt8(ascii: "{"), "'{'")
        try enter()
    }

    /// Consumes `[`.
    @inlinable package mutating func beginArray() throws(JSONSyntaxError) {
        try expect(UInt8(ascii: "["), "'['")
        try enter()
    }

    @inlinable mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > depthLimit {
            throw error("arrays and objects are nested more than \(depthLimit) levels deep", at: offset - 1)
        }
    }

    /// Reads the next key of an object begun with ``beginObject()``, or `nil` (consuming `}`) at its end.
    /// - Parameter first: `true` before the first key; set to `false` by the call.
    @inlinable package mutating func nextKey(_ first: inout Bool) throws(JSONSyntaxError) -> String? {
        guard let byte = peek() else { throw unexpected("a key or '}'") }
        if byte == UInt8(ascii: "}") {
            offset &+= 1
            depth -= 1
            return nil
        }
        if !first { try expect(UInt8(ascii: ","), "',' or '}'") }
        first = false
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a key in double quotes") }
        keyOffset = offset
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':'")
        return key
    }

    /// Whether another element follows in an array begun with ``beginArray()``; consumes `]` at its end.
    /// - Parameter first: `true` before the first element; set to `false` by the call.
    @inlinable @inline(__always) package mutating func nextElement(_ first: inout Bool)
        throws(JSONSyntaxError) -> Bool
    {
        guard let byte = peek() else { throw unexpected("a value or ']'") }
        if byte == UInt8(ascii: "]") {
            offset &+= 1
            depth -= 1
            return false
        }
        if !first { try expect(UInt8(ascii: ","), "',' or ']'") }
        first = false
        return true
    }
}
