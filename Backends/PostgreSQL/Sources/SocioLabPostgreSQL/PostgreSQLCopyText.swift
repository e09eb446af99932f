import NIOCore
import SocioLabKit

/// Writes rows in the text format of `COPY … FROM STDIN`: fields separated by a tab, rows ended by a newline,
/// `\N` for `NULL`, and a backslash, tab, newline or carriage return inside a field escaped with a backslash.
///
/// A field's text follows from the member's value in the entity's stored form the way
/// `json_populate_recordset` reads it (the path of small appends), so both paths store the same rows: a
/// string as itself (as JSON text in a `json` column), a number as its text, a Boolean as `true`/`false`, a
/// list of strings in a `text[]` column as an array literal, anything else as its JSON text, and a missing
/// member or a JSON `null` as `NULL`.
struct PostgreSQLCopyText {
    /// The rows written so far.
    private(set) var buffer: ByteBuffer
    private var fieldsInRow = 0

    /// A writer with an empty buffer of some capacity.
    init(capacity: Int = 1 << 18) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    /// Hands back the rows written so far and starts an empty buffer.
    mutating func take() -> ByteBuffer {
        let full = buffer
        buffer = ByteBufferAllocator().buffer(capacity: full.capacity)
        return full
    }

    /// Ends the current row.
    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        fieldsInRow = 0
    }

    /// Writes a field from a member's value for a column of an SQL type (as ``PostgreSQLTable/Column/type``
    /// spells it).
    mutating func field(_ value: JSONValue?, type: String) {
        separate()
        switch value {
        case nil, .null?:
            buffer.writeStaticString("\\N")
        case .string(let text)?:
            escaped(type == "json" ? JSONValue.string(text).jsonText : text)
        case .number(let text)?:
            escaped(text)
        case .bool(let flag)?:
            buffer.writeStaticString(flag ? "true" : "false")
        case .array(let elements)? where type == "text[]":
            escaped(Self.arrayLiteral(elements))
        case let other?:
            escaped(other.jsonText)
        }
    }

    /// Writes a field of plain text.
    mutating func field(_ text: String) {
        separate()
        escaped(text)
    }

    /// Writes a field of an integer.
    mutating func field(_ number: Int64) {
        separate()
        buffer.writeString(String(number))
    }

    private mutating func separate() {
        if fieldsInRow > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
        fieldsInRow += 1
    }

    /// Text with the four bytes `COPY` treats specially escaped.
    private mutating func escaped(_ text: String) {
        let special = text.utf8.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard special else {
            buffer.writeString(text)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x5C: buffer.writeStaticString("\\\\")
            case 0x09: buffer.writeStaticString("\\t")
            case 0x0A: buffer.writeStaticString("\\n")
            case 0x0D: buffer.writeStaticString("\\r")
            default: buffer.writeInteger(byte)
            }
        }
    }

    /// `{"a","b \"c\""}`: every element quoted, a quote or backslash inside escaped; an element that is not
    /// a string as its JSON text.
    static func arrayLiteral(_ elements: [JSONValue]) -> String {
        var literal = "{"
        for (index, element) in elements.enumerated() {
            if index > 0 { literal += "," }
            let text = element.stringValue ?? element.jsonText
            literal += "\""
            for character in text.unicodeScalars {
                if character == "\"" || character == "\\" { literal += "\\" }
                literal.unicodeScalars.append(character)
            }
            literal += "\""
        }
        return literal + "}"
    }
}
