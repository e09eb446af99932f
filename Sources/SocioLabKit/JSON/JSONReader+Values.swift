/// Values of any kind: built as a ``JSONValue`` or skipped.
extension JSONReader {
    /// Reads any value as a ``JSONValue``; numbers keep their text, duplicate keys are an error.
    package mutating func readValue() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = peek() else { throw unexpected("a value") }
        switch byte {
        case UInt8(ascii: "{"):
            try beginObject()
            var members: [String: JSONValue] = [:]
            var first = true
            while let key = try nextKey(&first) {
                let at = keyOffset
                let value = try readValue()
                if members.updateValue(value, forKey: key) != nil {
                    throw error("the key \"\(key)\" appears twice in one object", at: at)
                }
            }
            return .object(members)
        case UInt8(ascii: "["):
            try beginArray()
            var elements: [JSONValue] = []
            var first = true
            while try nextElement(&first) { elements.append(try readValue()) }
            return .array(elements)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try readBool())
        case UInt8(ascii: "n"):
            _ = try readNull()
            return .null
        default: return .number(try readNumberText())
        }
    }

    /// Moves past any value, checking it as fully as ``readValue()`` does, without building it.
    @inlinable package mutating func skipValue() throws(JSONSyntaxError) {
        guard let byte = peek() else { throw unexpected("a value") }
        switch byte {
        case UInt8(ascii: "{"):
            try beginObject()
            var first = true
            while try nextKey(&first) != nil { try skipValue() }
        case UInt8(ascii: "["):
            try beginArray()
            var first = true
            while try nextElement(&first) { try skipValue() }
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): _ = try readNull()
        default: _ = try scanNumber()
        }
    }
}
