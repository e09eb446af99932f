import SocioLabKit

/// Reading a change-set line: its revision (quickly, from its end, or by its members), whether it mentions
/// an entity, and the change set itself.
extension JournalCodec {
    /// The revision of a change-set line read from its end — `…],"revision":N,"timestamp":"…"}`, as the
    /// line's sorted keys place it — without reading its records; `nil` when the end is not that shape.
    /// `line` may be just the line's last bytes.
    static func trailingRevision(_ line: UnsafeRawBufferPointer) -> Int64? {
        let key = Array(",\"revision\":".utf8)
        let window = max(0, line.count - 128)
        var i = line.count - key.count
        while i >= window {
            if line[i] == key[0], zip(line[i..<(i + key.count)], key).allSatisfy({ $0 == $1 }) {
                var value: Int64 = 0
                var j = i + key.count
                let digitsStart = j
                while j < line.count, (0x30...0x39).contains(line[j]), j - digitsStart < 18 {
                    value = value * 10 + Int64(line[j] - 0x30)
                    j += 1
                }
                let rest = Array(",\"timestamp\":\"".utf8)
                guard j > digitsStart, line.count - j > rest.count,
                    zip(line[j..<(j + rest.count)], rest).allSatisfy({ $0 == $1 }),
                    line.last == UInt8(ascii: "}"),
                    !line[(j + rest.count)...].dropLast(2).contains(UInt8(ascii: "\""))
                else { return nil }
                return value
            }
            i -= 1
        }
        return nil
    }

    static func changeSet(_ line: Line, file: String) throws(SocioLabError) -> CommittedChangeSet {
        try decode(CommittedChangeSet.self, line, file: file, what: "a change set")
    }

    /// Decodes one JSON line of a journal or history as `type`.
    /// - Throws: `store.corrupt` naming the file, line and byte offset, when the line is not JSON or not
    ///   `what` (e.g. "a change set").
    static func decode<T: Decodable>(_ type: T.Type, _ line: Line, file: String, what: String)
        throws(SocioLabError) -> T
    {
        var r = JSONReader(line.bytes, baseOffset: line.byteOffset)
        let value: JSONValue
        do throws(JSONSyntaxError) {
            value = try r.readValue()
            try r.expectEnd()
        } catch {
            throw SocioLabError(
                .storeCorrupt, "line \(line.number) is not valid JSON: \(error.message)",
                at: .init(file: file, line: line.number, byteOffset: error.byteOffset))
        }
        do {
            return try JSONValueDecoding.decode(type, from: value)
        } catch {
            throw SocioLabError(
                .storeCorrupt, "line \(line.number) is not \(what): \(describe(error))",
                at: .init(file: file, line: line.number, byteOffset: line.byteOffset))
        }
    }

    /// The revision of a change-set line, read without decoding the rest.
    static func revision(_ line: Line, file: String) throws(SocioLabError) -> Int64 {
        var r = JSONReader(line.bytes, baseOffset: line.byteOffset)
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                if key == "revision" { return try r.readInt64() }
                try r.skipValue()
            }
        } catch {
            throw SocioLabError(
                .storeCorrupt, "line \(line.number) is not valid JSON: \(error.message)",
                at: .init(file: file, line: line.number, byteOffset: error.byteOffset))
        }
        throw SocioLabError(
            .storeCorrupt, "line \(line.number) has no revision",
            at: .init(file: file, line: line.number, byteOffset: line.byteOffset))
    }

    /// The revisions of a file's change-set lines, which must run on by exactly one from line to line.
    struct RevisionRun {
        /// The first line's revision.
        var first: Int64?
        /// The last line's revision.
        var last: Int64?

        /// Takes the next line's revision.
        /// - Throws: `store.corrupt` naming the line when the revision does not follow the previous one.
        mutating func add(_ revision: Int64, line: Line, file: String) throws(SocioLabError) {
            defer {
                if first == nil { first = revision }
                last = revision
            }
            if let last, revision != last + 1 {
                throw SocioLabError(
                    .storeCorrupt,
                    "line \(line.number) has revision \(revision) where \(last + 1) was expected; "
                        + (revision > last + 1 ? "change sets are missing, " : "")
                        + "restore the store from a backup",
                    at: .init(file: file, line: line.number, byteOffset: line.byteOffset))
            }
        }
    }

    /// The revision of a change-set line, from its end when it has the usual shape, else by reading its
    /// members in order.
    static func quickRevision(_ line: Line, file: String) throws(SocioLabError) -> Int64 {
        if let quick = trailingRevision(line.bytes) { return quick }
        return try revision(line, file: file)
    }

    /// Whether a line mentions an entity (a fast pre-check before decoding it for history).
    static func mentions(_ line: Line, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, line.bytes.count >= needle.count else { return false }
        let last = line.bytes.count - needle.count
        var i = 0
        while i <= last {
            if line.bytes[i] == first {
                var j = 1
                while j < needle.count && line.bytes[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
