/// A writer of compact, byte-stable JSON into a growing byte buffer.
///
/// Strings are written as UTF-8 with only `"`, `\` and control characters escaped (`\n`, `\t` … or
/// `\u00XX`); object members of a ``JSONValue`` are written sorted by the UTF-8 bytes of their keys; no
/// white space is written. The same values always give the same bytes.
package struct JSONWriter {
    /// The bytes written so far.
    package var bytes: [UInt8] = []

    package init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    @inline(__always) package mutating func raw(_ byte: UInt8) { bytes.append(byte) }

    @inline(__always) package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    package mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Writes a string with the minimal escapes.
    package mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                runStart = i + 1
                switch byte {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                default:
                    let digits: [UInt8] = Array("0123456789abcdef".utf8)
                    raw("\\u00")
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 15)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a whole number.
    package mutating func integer(_ value: Int64) {
        if value >= 0 && value < 10 {
            bytes.append(0x30 &+ UInt8(value))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        while magnitude / divisor >= 10 { divisor &*= 10 }
        while divisor > 0 {
            bytes.append(0x30 &+ UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// Writes a day as `"YYYY-MM-DD"`.
    package mutating func day(_ day: Day) {
        let (y, m, d) = day.components
        bytes.append(UInt8(ascii: "\""))
        if y < 0 || y > 9999 {
            raw(String(y))
        } else {
            bytes.append(0x30 &+ UInt8(y / 1000))
            bytes.append(0x30 &+ UInt8(y / 100 % 10))
            bytes.append(0x30 &+ UInt8(y / 10 % 10))
            bytes.append(0x30 &+ UInt8(y % 10))
        }
        bytes.append(UInt8(ascii: "-"))
        bytes.append(0x30 &+ UInt8(m / 10))
        bytes.append(0x30 &+ UInt8(m % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(0x30 &+ UInt8(d / 10))
        bytes.append(0x30 &+ UInt8(d % 10))
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes a generic value; object members sorted by key bytes.
    /// - Throws: ``SocioLabError`` `value.invalid` when a number's text is not a JSON number.
    package mutating func value(_ value: JSONValue) throws(SocioLabError) {
        switch value {
        case .null: raw("null")
        case .bool(let b): b ? raw("true") : raw("false")
        case .number(let text):
            guard JSONWriter.isNumber(text) else {
                throw SocioLabError(
                    .invalidValue, "'\(text)' is not a JSON number; store it as a string or a valid number")
            }
            raw(text)
        case .string(let s): string(s)
        case .array(let elements):
            raw(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { raw(UInt8(ascii: ",")) }
                try self.value(element)
            }
            raw(UInt8(ascii: "]"))
        case .object(let members):
            raw(UInt8(ascii: "{"))
            for (i, key) in JSONWriter.sortedKeys(members.keys).enumerated() {
                if i > 0 { raw(UInt8(ascii: ",")) }
                string(key)
                raw(UInt8(ascii: ":"))
                try self.value(members[key]!)
            }
            raw(UInt8(ascii: "}"))
        }
    }

    /// Writes a generic value pretty-printed for people: one member or element a line, indented two spaces
    /// a level, `"key" : value`, members sorted by key bytes, empty arrays and objects as `[]` and `{}`.
    /// The same value always gives the same bytes.
    /// - Parameter indent: The indentation of the line the value starts on.
    /// - Throws: ``SocioLabError`` `value.invalid` when a number's text is not a JSON number.
    package mutating func prettyValue(_ value: JSONValue, indent: Int = 0) throws(SocioLabError) {
        switch value {
        case .array(let elements) where !elements.isEmpty:
            raw("[\n")
            for (i, element) in elements.enumerated() {
                if i > 0 { raw(",\n") }
                spaces(indent + 2)
                try prettyValue(element, indent: indent + 2)
            }
            raw(UInt8(ascii: "\n"))
            spaces(indent)
            raw(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            raw("{\n")
            for (i, key) in JSONWriter.sortedKeys(members.keys).enumerated() {
                if i > 0 { raw(",\n") }
                spaces(indent + 2)
                string(key)
                raw(" : ")
                try prettyValue(members[key]!, indent: indent + 2)
            }
            raw(UInt8(ascii: "\n"))
            spaces(indent)
            raw(UInt8(ascii: "}"))
        default:
            try self.value(value)
        }
    }

    private mutating func spaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// Keys in the order they are written: by their UTF-8 bytes.
    package static func sortedKeys<S: Sequence<String>>(_ keys: S) -> [String] {
        keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether a text is a JSON number that ``JSONReader`` accepts, with nothing around it.
    package static func isNumber(_ text: String) -> Bool { JSONReader.kind(ofNumber: text) == .number }
}
