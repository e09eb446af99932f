/// A failure to read JSON: what was wrong and at which byte.
@usableFromInline package struct JSONSyntaxError: Error, Sendable {
    /// What was wrong, in a sentence.
    package var message: String
    /// The 0-based byte offset in the document where it was found.
    package var byteOffset: Int
}

/// A pull reader over the bytes of one JSON document (RFC 8259), written for speed and safety.
///
/// It never builds more than the caller asks for: a caller walks objects key by key and arrays element by
/// element, reading each value as the type it expects (a string, an integer, a day …), or as a generic
/// ``JSONValue``. Everything it accepts is strict JSON: strings must be valid UTF-8 without raw control
/// characters, numbers follow the JSON grammar and are at most ``maximumNumberLength`` characters long,
/// nesting is limited to ``depthLimit`` levels (``maximumDepth`` unless the caller asks for less) and
/// duplicate object keys are rejected when building a ``JSONValue``. Every failure is a
/// ``JSONSyntaxError`` naming the byte offset; no input makes it crash or recurse without bound.
///
/// The buffer must outlive the reader (use it inside `withUnsafeBytes`).
///
/// The reading methods are `@inlinable` so that the storage module's snapshot and journal readers, which
/// call them for every value of every row, get them inlined across the module boundary as they did when
/// the reader lived in that module (without it, opening a store took about 10 % longer).
@usableFromInline package struct JSONReader {
    /// How many arrays and objects enclose an activity's details in the store's files, at most: a journal
    /// or history line `{"records":[{"after":{"value":{"details":…}}}]}` has five (the line, `records`,
    /// the change record, the entity record, the activity); a snapshot column
    /// `{"tables":{"activity":{"details":[…]}}}` has four, and a dataset document three.
    package static let detailsEnclosingDepth = 5
    /// The deepest nesting of arrays and objects the store's files hold: details nested
    /// ``JSONValue/maximumDepth`` levels deep inside ``detailsEnclosingDepth`` levels. Whatever entry
    /// accepts, the store's readers read back.
    @usableFromInline package static let maximumDepth = JSONValue.maximumDepth + detailsEnclosingDepth
    /// The longest number text accepted, in bytes: ``JSONValue/maximumNumberLength``.
    @usableFromInline package static let maximumNumberLength = JSONValue.maximumNumberLength

    @usableFromInline package let bytes: UnsafeRawBufferPointer
    /// The position of the next unread byte.
    @usableFromInline package internal(set) var offset: Int
    @usableFromInline var depth = 0
    /// The deepest nesting accepted.
    @usableFromInline package let depthLimit: Int
    /// The position of the opening quote of the key ``nextKey(_:)`` read last.
    @usableFromInline package internal(set) var keyOffset = 0
    /// Offset added to reported positions (the reader may work on a slice of a file).
    @usableFromInline package let baseOffset: Int

    /// Creates a reader over `bytes`, starting at `offset`.
    /// - Parameters:
    ///   - bytes: The document.
    ///   - offset: Where to start reading.
    ///   - baseOffset: Added to reported positions.
    ///   - depth: How deeply the starting position is already nested (for a value inside a document).
    ///   - depthLimit: The deepest nesting accepted; ``maximumDepth`` unless given.
    @inlinable package init(
        _ bytes: UnsafeRawBufferPointer, offset: Int = 0, baseOffset: Int = 0, depth: Int = 0,
        depthLimit: Int = JSONReader.maximumDepth
    ) {
        self.bytes = bytes
        self.offset = offset
        self.baseOffset = baseOffset
        self.depth = depth
        self.depthLimit = depthLimit
    }

    // MARK: Errors and bytes

    @usableFromInline package func error(_ message: String, at position: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(message: message, byteOffset: baseOffset + (position ?? offset))
    }

    @inlinable @inline(__always) package mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset &+= 1
            default: return
            }
        }
    }

    /// The next byte that is not white space, without consuming it.
    @inlinable @inline(__always) package mutating func peek() -> UInt8? {
        skipWhitespace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    @inlinable @inline(__always) package mutating func expect(_ byte: UInt8, _ what: String)
        throws(JSONSyntaxError)
    {
        guard peek() == byte else { throw unexpected(what) }
        offset &+= 1
    }

    @usableFromInline package func unexpected(_ expected: String) -> JSONSyntaxError {
        if offset >= bytes.count { return error("the document ends where \(expected) was expected") }
        let byte = bytes[offset]
        let shown =
            (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + hex(byte)
        return error("found \(shown) where \(expected) was expected")
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }

    /// Checks that nothing but white space follows.
    @inlinable package mutating func expectEnd() throws(JSONSyntaxError) {
        if peek() != nil { throw error("unexpected text after the end of the JSON value") }
    }

    // MARK: Structure

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

    // MARK: Scalars

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

    /// Reads a string without escapes and returns the byte range of its contents, checked as
    /// ``readString()`` checks them; returns `nil`, consuming nothing, when the string holds an escape.
    @inlinable @inline(__always) package mutating func readPlainStringRange() throws(JSONSyntaxError)
        -> Range<Int>?
    {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        let open = offset
        var index = offset &+ 1
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                offset = index &+ 1
                return (open &+ 1)..<index
            }
            if byte == UInt8(ascii: "\\") {
                offset = open
                return nil
            }
            if byte < 0x20 {
                offset = index
                throw error("a string holds a raw control character; write it as an escape")
            }
            if byte < 0x80 {
                index &+= 1
            } else {
                offset = index
                try skipMultibyte()
                index = offset
            }
        }
        throw error("a string is not closed", at: open)
    }

    /// Moves to `position`, which a caller found by scanning a value this reader would accept.
    @inlinable package mutating func move(to position: Int) { offset = position }

    /// Reads a string value.
    @inlinable package mutating func readString() throws(JSONSyntaxError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        offset &+= 1
        let start = offset
        // Fast path: no escapes. Validates UTF-8 as it goes.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = String(
                    decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset &+= 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("a string holds a raw control character; write it as an escape") }
            if byte < 0x80 {
                offset &+= 1
            } else {
                try skipMultibyte()
            }
        }
        if offset >= bytes.count { throw error("a string is not closed", at: start - 1) }
        // Slow path: copy with escapes decoded.
        var buffer = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset &+= 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape(into: &buffer)
            } else if byte < 0x20 {
                throw error("a string holds a raw control character; write it as an escape")
            } else if byte < 0x80 {
                buffer.append(byte)
                offset &+= 1
            } else {
                let from = offset
                try skipMultibyte()
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[from..<offset]))
            }
        }
        throw error("a string is not closed", at: start - 1)
    }

    /// Checks one UTF-8 sequence of 2–4 bytes starting at `offset` and moves past it.
    @inlinable @inline(__always) mutating func skipMultibyte() throws(JSONSyntaxError) {
        let b0 = bytes[offset]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch b0 {
        case 0xC2...0xDF:
            length = 2
            scalar = UInt32(b0 & 0x1F)
            minimum = 0x80
        case 0xE0...0xEF:
            length = 3
            scalar = UInt32(b0 & 0x0F)
            minimum = 0x800
        case 0xF0...0xF4:
            length = 4
            scalar = UInt32(b0 & 0x07)
            minimum = 0x10000
        default: throw error("the text is not valid UTF-8")
        }
        guard offset + length <= bytes.count else { throw error("the text is not valid UTF-8") }
        for i in 1..<length {
            let b = bytes[offset + i]
            guard b & 0xC0 == 0x80 else { throw error("the text is not valid UTF-8") }
            scalar = scalar << 6 | UInt32(b & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw error("the text is not valid UTF-8")
        }
        offset &+= length
    }

    @usableFromInline mutating func readEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        guard offset + 1 < bytes.count else { throw error("a string ends inside an escape") }
        let code = bytes[offset + 1]
        offset += 2
        switch code {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                    bytes[offset + 1] == UInt8(ascii: "u")
                else { throw error("a \\u escape holds half of a surrogate pair") }
                offset += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("a \\u escape holds half of a surrogate pair")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("a \\u escape holds half of a surrogate pair")
            }
            buffer.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            throw error("'\\\(Character(Unicode.Scalar(code)))' is not a JSON escape", at: offset - 2)
        }
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[offset]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

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

    /// Reads a day written as `"YYYY-MM-DD"`.
    @inlinable @inline(__always) package mutating func readDay() throws(JSONSyntaxError) -> Day {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a date in double quotes") }
        let start = offset
        guard offset + 12 <= bytes.count, bytes[offset + 11] == UInt8(ascii: "\""),
            bytes[offset + 5] == UInt8(ascii: "-"), bytes[offset + 8] == UInt8(ascii: "-")
        else { throw error("expected a date like \"2019-10-03\"", at: start) }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                let b = bytes[i]
                guard (0x30...0x39).contains(b) else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let y = number(offset + 1, 4), let m = number(offset + 6, 2), let d = number(offset + 9, 2),
            let day = Day(year: y, month: m, day: d)
        else { throw error("expected a date like \"2019-10-03\"", at: start) }
        offset += 12
        return day
    }

    // MARK: Generic values

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
