/// A place in a JSON text, for error messages: the line and column a person finds it at, and the byte.
package struct JSONTextPosition: Hashable, Sendable {
    /// The 1-based line (lines end with a line feed).
    package var line: Int
    /// The 1-based column, in Unicode scalars from the start of the line.
    package var column: Int
    /// The 0-based byte offset.
    package var byteOffset: Int

    /// The positions of byte offsets in a text, found in one pass over it.
    /// - Parameters:
    ///   - offsets: Byte offsets in `bytes` (an offset past the end counts as the end).
    ///   - bytes: The text, UTF-8.
    /// - Returns: The position of each offset, by offset.
    /// - Complexity: O(*n*) in the text up to the largest offset, plus sorting the offsets.
    package static func positions(of offsets: some Sequence<Int>, in bytes: UnsafeRawBufferPointer)
        -> [Int: JSONTextPosition]
    {
        var result: [Int: JSONTextPosition] = [:]
        var line = 1
        var column = 1
        var index = 0
        for offset in Set(offsets).sorted() {
            let target = max(0, min(offset, bytes.count))
            while index < target {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            result[offset] = JSONTextPosition(line: line, column: column, byteOffset: offset)
        }
        return result
    }
}

/// Why a JSON text was refused: what is wrong, at which value and where in the text.
package struct JSONTextProblem: Error, Sendable {
    /// What is wrong, in a sentence without its place.
    package var message: String
    /// The value it concerns, when known.
    package var path: JSONPath?
    /// Where in the text.
    package var position: JSONTextPosition

    /// `message at line L, column C (path)`: the sentence with its place, for a text without a file.
    package var located: String {
        var text = "\(message) at line \(position.line), column \(position.column)"
        if let path, !path.isEmpty { text += " (\(path))" }
        return text
    }
}

/// Strict reading of whole JSON texts (a dataset document, a details cell, a caller's text) with failures
/// located by line, column and JSON path.
///
/// The reading is ``JSONReader``'s: RFC 8259 exactly, valid UTF-8, no raw control characters, numbers
/// kept as their text and at most ``JSONValue/maximumNumberLength`` characters, no key twice in one
/// object, no deeper nesting than asked. Only a failure costs a second pass, which finds the JSON path
/// of the place the first one stopped at.
package enum JSONText {
    /// Parses a whole text into a value.
    /// - Parameters:
    ///   - bytes: The text, UTF-8; a leading byte-order mark is skipped.
    ///   - depthLimit: The deepest nesting of arrays and objects accepted.
    /// - Returns: The value; numbers keep their text.
    /// - Throws: ``JSONTextProblem`` naming the first fault, its line, column and JSON path.
    /// - Complexity: O(*n*) in the length of the text.
    package static func parse(_ bytes: UnsafeRawBufferPointer, depthLimit: Int) throws(JSONTextProblem)
        -> JSONValue
    {
        let start = hasByteOrderMark(bytes) ? 3 : 0
        var reader = JSONReader(bytes, offset: start, depthLimit: depthLimit)
        do throws(JSONSyntaxError) {
            let value = try reader.readValue()
            try reader.expectEnd()
            return value
        } catch {
            let path = pathOfFailure(in: bytes, from: start, depthLimit: depthLimit)
            let position = JSONTextPosition.positions(of: [error.byteOffset], in: bytes)[error.byteOffset]!
            throw JSONTextProblem(message: error.message, path: path, position: position)
        }
    }

    /// Where values are in a text that ``parse(_:depthLimit:)`` accepted.
    /// - Parameters:
    ///   - paths: The values wanted.
    ///   - bytes: The text.
    ///   - useKey: Whether to give the position of a value's key (when it is an object member) instead of
    ///     the value's own.
    /// - Returns: The position of each path found.
    /// - Complexity: O(*n*) in the length of the text: one pass that skips what leads to no path wanted.
    package static func positions(
        of paths: some Sequence<JSONPath>, in bytes: UnsafeRawBufferPointer, useKey: Bool = false
    ) -> [JSONPath: JSONTextPosition] {
        var walker = Walker(bytes: bytes, from: hasByteOrderMark(bytes) ? 3 : 0, depthLimit: .max)
        walker.targets = Set(paths.map(\.components))
        var prefixes = Set<[JSONPath.Component]>()
        for target in walker.targets {
            for count in 0...target.count { prefixes.insert(Array(target[..<count])) }
        }
        walker.prefixes = prefixes
        try? walker.walk(keyOffset: nil)
        let offsets = walker.found.mapValues { useKey ? ($0.key ?? $0.value) : $0.value }
        let positions = JSONTextPosition.positions(of: offsets.values, in: bytes)
        var result: [JSONPath: JSONTextPosition] = [:]
        for (path, offset) in offsets { result[JSONPath(path)] = positions[offset] }
        return result
    }

    /// Whether the text starts with the UTF-8 byte-order mark.
    private static func hasByteOrderMark(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// Reads the text again as ``JSONReader/readValue()`` does, following the path, and returns the path
    /// at which it fails.
    private static func pathOfFailure(in bytes: UnsafeRawBufferPointer, from start: Int, depthLimit: Int)
        -> JSONPath?
    {
        var walker = Walker(bytes: bytes, from: start, depthLimit: depthLimit)
        do throws(JSONSyntaxError) {
            try walker.walk(keyOffset: nil)
            try walker.reader.expectEnd()
        } catch {
            return JSONPath(walker.path)
        }
        return nil
    }

    /// A walk over a text that keeps the path of the value it is at.
    private struct Walker {
        var reader: JSONReader
        /// The path of the value being read.
        var path: [JSONPath.Component] = []
        /// Paths whose value's offsets are wanted.
        var targets: Set<[JSONPath.Component]> = []
        /// Every prefix of a target; values elsewhere are skipped. `nil`: walk everything.
        var prefixes: Set<[JSONPath.Component]>? = nil
        /// The offsets of the targets' values and, for object members, of their keys.
        var found: [[JSONPath.Component]: (value: Int, key: Int?)] = [:]

        init(bytes: UnsafeRawBufferPointer, from start: Int, depthLimit: Int) {
            reader = JSONReader(bytes, offset: start, depthLimit: depthLimit)
        }

        /// Walks one value, checking it as ``JSONReader/readValue()`` does (duplicate keys included).
        mutating func walk(keyOffset: Int?) throws(JSONSyntaxError) {
            reader.skipWhitespace()
            if targets.contains(path) { found[path] = (reader.offset, keyOffset) }
            if let prefixes, !prefixes.contains(path) {
                try reader.skipValue()
                return
            }
            switch reader.peek() {
            case UInt8(ascii: "{"):
                try reader.beginObject()
                var first = true
                var seen = Set<String>()
                while let key = try reader.nextKey(&first) {
                    let at = reader.keyOffset
                    path.append(.key(key))
                    try walk(keyOffset: at)
                    if !seen.insert(key).inserted {
                        throw reader.error("the key \"\(key)\" appears twice in one object", at: at)
                    }
                    path.removeLast()
                }
            case UInt8(ascii: "["):
                try reader.beginArray()
                var first = true
                var index = 0
                while try reader.nextElement(&first) {
                    path.append(.index(index))
                    try walk(keyOffset: nil)
                    path.removeLast()
                    index += 1
                }
            default:
                try reader.skipValue()
            }
        }
    }
}
