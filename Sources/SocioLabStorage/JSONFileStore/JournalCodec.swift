import SocioLabKit

/// The line format shared by the journal and the history file: JSON Lines, each line checked.
///
/// Every line is one JSON object whose first member is the checksum:
/// ```
/// {"crc32c":"1a2b3c4d","author":"ana","reason":"…","records":[…],"revision":7,"timestamp":"…"}
/// ```
/// The checksum is the CRC-32C, as eight lower-case hex digits, of the line's bytes from the 22nd byte
/// (just after `{"crc32c":"XXXXXXXX",`) up to, not including, the newline. The other members are sorted by
/// key. Line 1 is a header (`format`, `format_version`, `store`, and `base_revision` in the journal and in a
/// history that does not start at revision 1); every later line is one committed change set.
enum JournalCodec {
    /// The journal's `format`.
    static let journalFormat = "sociolab-journal"
    /// The history file's `format`.
    static let historyFormat = "sociolab-history"
    /// The length of `{"crc32c":"XXXXXXXX",`.
    static let prefixLength = 21

    /// A file's first line.
    struct Header: Equatable, Sendable {
        var format: String
        var formatVersion: Int
        var storeID: String
        var baseRevision: Int64?
    }

    // MARK: Writing

    /// Frames a JSON object (given as its bytes, `{…}`, with at least one member) as a checked line.
    static func frame(_ object: [UInt8]) -> [UInt8] { FramedLine(object: object).bytes }

    /// A checked line kept in its parts, so that a long one (a first import's change set: hundreds of
    /// megabytes) is written without being copied whole: the line is ``prefix``, then ``object`` without
    /// its first byte (`{`), then a newline.
    struct FramedLine {
        /// `{"crc32c":"XXXXXXXX",` with the checksum of the rest of the line.
        var prefix: [UInt8]
        /// The JSON object, `{…}`.
        var object: [UInt8]

        /// Frames a JSON object (given as its bytes, `{…}`, with at least one member).
        init(object: [UInt8]) {
            precondition(object.count > 2 && object.first == UInt8(ascii: "{"))
            let crc = object[1...].withUnsafeBytes { CRC32C.checksum($0) }
            var prefix: [UInt8] = []
            prefix.reserveCapacity(JournalCodec.prefixLength)
            prefix.append(contentsOf: "{\"crc32c\":\"".utf8)
            let digits = Array("0123456789abcdef".utf8)
            for shift in stride(from: 28, through: 0, by: -4) {
                prefix.append(digits[Int((crc >> UInt32(shift)) & 15)])
            }
            prefix.append(contentsOf: "\",".utf8)
            self.prefix = prefix
            self.object = object
        }

        /// The line's length in bytes, its newline included.
        var count: Int { prefix.count + object.count }

        /// The whole line, newline included (a copy).
        var bytes: [UInt8] {
            var line: [UInt8] = []
            line.reserveCapacity(count)
            line.append(contentsOf: prefix)
            line.append(contentsOf: object[1...])
            line.append(UInt8(ascii: "\n"))
            return line
        }

        /// Writes the line at `offset` in order from its first byte to its newline (so that a write cut
        /// short leaves a prefix of the line, as one `pwrite` cut short does): a line up to 1 MiB with one
        /// `pwrite` of a copy (an ordinary append costs one system call, as before), a longer one in its
        /// three parts.
        /// - Returns: The error number on failure.
        func write(to fd: Int32, at offset: Int) -> Int32? {
            if count <= 1 << 20 { return bytes.withUnsafeBytes { DirectoryHandle.write(fd, $0, at: offset) } }
            if let code = prefix.withUnsafeBytes({ DirectoryHandle.write(fd, $0, at: offset) }) {
                return code
            }
            if let code = object.withUnsafeBytes({
                DirectoryHandle.write(
                    fd, UnsafeRawBufferPointer(rebasing: $0[1...]), at: offset + prefix.count)
            }) {
                return code
            }
            return [UInt8(ascii: "\n")].withUnsafeBytes {
                DirectoryHandle.write(fd, $0, at: offset + count - 1)
            }
        }
    }

    /// The header line of a journal or history file.
    static func headerLine(_ header: Header) -> [UInt8] {
        var w = JSONWriter()
        w.raw(UInt8(ascii: "{"))
        if let base = header.baseRevision {
            w.raw("\"base_revision\":")
            w.integer(base)
            w.raw(UInt8(ascii: ","))
        }
        w.raw("\"format\":")
        w.string(header.format)
        w.raw(",\"format_version\":")
        w.integer(Int64(header.formatVersion))
        w.raw(",\"store\":")
        w.string(header.storeID)
        w.raw(UInt8(ascii: "}"))
        return frame(w.bytes)
    }

    /// The line of a committed change set.
    ///
    /// Its members are the change set's `Codable` document with sorted keys, which SocioLabKit owns (the
    /// public type's encoding, also read back through `Codable` by ``changeSet(_:file:)``): Kit writes it
    /// fast (`CommittedChangeSet.jsonBytes`) with the writer that also writes the fingerprint's canonical
    /// entity lines, so the entity encoding lives once. This file owns the rest of the format — the
    /// checksum frame, the header lines and which file holds which revisions.
    /// - Throws: ``SocioLabKit/SocioLabError`` `value.invalid` when a value cannot be written as JSON.
    static func line(for changeSet: CommittedChangeSet) throws(SocioLabError) -> [UInt8] {
        try framedLine(for: changeSet).bytes
    }

    /// The line of a committed change set in its parts (see ``line(for:)``), for writing without a copy.
    /// - Throws: ``SocioLabKit/SocioLabError`` `value.invalid` when a value cannot be written as JSON.
    static func framedLine(for changeSet: CommittedChangeSet) throws(SocioLabError) -> FramedLine {
        if let bytes = changeSet.jsonBytes { return FramedLine(object: bytes) }
        let value: JSONValue
        do { value = try JSONValueEncoding.encode(changeSet) } catch {
            throw SocioLabError(.invalidValue, "the change set cannot be written as JSON: \(error)")
        }
        var w = JSONWriter(capacity: 512)
        try w.value(value)
        return FramedLine(object: w.bytes)
    }
}
