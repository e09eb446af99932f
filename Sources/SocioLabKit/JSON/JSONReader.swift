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

    /// Moves to `position`, which a caller found by scanning a value this reader would accept.
    @inlinable package mutating func move(to position: Int) { offset = position }

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
        if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}"), let comma = commaBefore(offset) {
            let closing = byte == UInt8(ascii: "]") ? "']'" : "'}'"
            return error(
                "a comma stands before \(closing) with no value after it; JSON allows no trailing comma, so remove it",
                at: comma)
        }
        let shown =
            (0x21...0x7E).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x" + hex(byte)
        return error("found \(shown) where \(expected) was expected")
    }

    /// The position of a comma that is the last thing before `position` but white space, if there is one.
    /// Only an error looks: it costs nothing while the reading goes well.
    private func commaBefore(_ position: Int) -> Int? {
        var index = position - 1
        while index >= 0 {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index -= 1
            case UInt8(ascii: ","): return index
            default: return nil
            }
        }
        return nil
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }

    /// Checks that nothing but white space follows.
    @inlinable package mutating func expectEnd() throws(JSONSyntaxError) {
        if peek() != nil { throw error("unexpected text after the end of the JSON value") }
    }
}
