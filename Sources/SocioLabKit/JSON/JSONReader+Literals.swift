/// The literals `null`, `true` and `false`.
extension JSONReader {
    /// Consumes `null` if it comes next.
    @inlinable @inline(__always) package mutating func readNull() throws(JSONSyntaxError) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    @inlinable mutating func literal(_ text: StaticString) throws(JSONSyntaxError) {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw unexpected("'\(text)'") }
        let pointer = text.utf8Start
        for i in 0..<count where bytes[offset + i] != pointer[i] { throw unexpected("'\(text)'") }
        offset += count
    }

    /// Reads `true` or `false`.
    @inlinable package mutating func readBool() throws(JSONSyntaxError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default: throw unexpected("true or false")
        }
    }
}
