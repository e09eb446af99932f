/// Numbers: checked against the JSON grammar, kept as text or read as integers.
extension JSONReader {
    /// Reads a number and returns its text exactly as written, after checking it against the JSON grammar.
    @inlinable package mutating func readNumberText() throws(JSONSyntaxError) -> String {
        let (start, end) = try scanNumber()
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Checks the number at the current position against the JSON grammar and its length against
    /// ``maximumNumberLength``, and returns its byte range.
    @inlinable package mutating func scanNumber() throws(JSONSyntaxError) -> (Int, Int) {
        let (start, end) = try scanNumberGrammar()
        guard end - start <= JSONReader.maximumNumberLength else {
            throw error("a number is longer than \(JSONReader.maximumNumberLength) characters", at: start)
        }
        return (start, end)
    }

    /// What a text is as a stored number.
    package enum NumberTextKind: Sendable {
        /// A JSON number of at most ``maximumNumberLength`` characters.
        case number
        /// A JSON number, but longer than ``maximumNumberLength`` characters.
        case tooLong
        /// Not a JSON number (white space around it included).
        case notANumber
    }

    /// Whether a text is a JSON number this reader accepts, one too long, or no number at all.
    /// - Parameter text: The number's text, as a ``JSONValue/number(_:)`` holds it.
    package static func kind(ofNumber text: String) -> NumberTextKind {
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else {
                return .notANumber
            }
            var reader = JSONReader(UnsafeRawBufferPointer(utf8))
            guard (try? reader.scanNumberGrammar()) != nil, reader.offset == utf8.count else {
                return .notANumber
            }
            return utf8.count > maximumNumberLength ? .tooLong : .number
        }
    }

    /// Checks the number at the current position against the JSON grammar and returns its byte range.
    @inlinable mutating func scanNumberGrammar() throws(JSONSyntaxError) -> (Int, Int) {
        guard let first = peek(), first == UInt8(ascii: "-") || (0x30...0x39).contains(first) else {
            throw unexpected("a number")
        }
        let start = offset
        if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        func digits(_ reader: inout JSONReader) -> Int {
            let from = reader.offset
            while reader.offset < reader.bytes.count, (0x30...0x39).contains(reader.bytes[reader.offset]) {
                reader.offset += 1
            }
            return reader.offset - from
        }
        let whole = offset
        let wholeDigits = digits(&self)
        guard wholeDigits > 0 else { throw error("a number needs a digit", at: whole) }
        if wholeDigits > 1 && bytes[whole] == UInt8(ascii: "0") {
            throw error("a number starts with a superfluous zero", at: whole)
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits(&self) > 0 else { throw error("a number needs digits after its decimal point") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")
            {
                offset += 1
            }
            guard digits(&self) > 0 else { throw error("a number needs digits in its exponent") }
        }
        return (start, offset)
    }

    /// Reads an integer that fits in `Int64`.
    @inlinable @inline(__always) package mutating func readInt64() throws(JSONSyntaxError) -> Int64 {
        let (start, end) = try scanNumber()
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value: Int64 = 0
        while index < end {
            let byte = bytes[index]
            guard (0x30...0x39).contains(byte) else { throw error("expected a whole number", at: start) }
            let digit = Int64(byte &- 0x30)
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
            guard !o1, !o2 else { throw error("a number is too large for a 64-bit integer", at: start) }
            value = s
            index += 1
        }
        return value
    }

    /// Reads an integer that fits in `Int`.
    @inlinable package mutating func readInt() throws(JSONSyntaxError) -> Int { Int(try readInt64()) }
}
