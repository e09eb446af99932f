import SocioLabKit

extension JournalCodec {
    /// One checked line.
    struct Line {
        /// 1-based line number.
        var number: Int
        /// Offset of the line's first byte in the file.
        var byteOffset: Int
        /// The line without its newline.
        var bytes: UnsafeRawBufferPointer
    }

    /// What reading a file found besides its lines.
    struct Summary {
        var header: Header
        /// The length of the file up to the end of its last whole line (where the next append goes).
        var validLength: Int
        /// The line number and offset of a torn last line that was dropped.
        var tornLine: (number: Int, byteOffset: Int)?
        /// How many change-set lines there are.
        var lineCount: Int
    }

    /// Checks a line's frame and checksum; returns a reason when it is bad.
    static func checkFrame(_ line: UnsafeRawBufferPointer) -> String? {
        let prefix = Array("{\"crc32c\":\"".utf8)
        guard line.count > prefixLength + 1, line.prefix(prefix.count).elementsEqual(prefix),
            line[19] == UInt8(ascii: "\""), line[20] == UInt8(ascii: ",")
        else { return "the line does not start with {\"crc32c\":\"XXXXXXXX\"," }
        var stored: UInt32 = 0
        for i in 11..<19 {
            let b = line[i]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x61...0x66: digit = b - 0x61 + 10
            default: return "the checksum is not eight lower-case hex digits"
            }
            stored = stored << 4 | UInt32(digit)
        }
        let actual = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: line[prefixLength...]))
        guard actual == stored else { return "the checksum does not match the line (the line is damaged)" }
        return nil
    }

    /// Reads the lines of a journal or history file: checks the header and every line's checksum, and
    /// hands each change-set line to `visit`.
    ///
    /// A last line without its newline that is what an interrupted append leaves (see ``TornTail``) is
    /// left out and reported in the summary; one that is not is damage. Any other bad line stops the read
    /// with `store.corrupt` naming the file, line and byte offset — or, when `problems` is given, is recorded
    /// there and skipped.
    /// - Complexity: O(*n*) in the file's size.
    static func read(
        _ raw: UnsafeRawBufferPointer, file: String, format: String,
        problems: UnsafeMutablePointer<[SocioLabError]>? = nil,
        visit: (Line) throws(SocioLabError) -> Void
    ) throws(SocioLabError) -> Summary {
        var header: Header?
        var offset = 0
        var number = 0
        var lineCount = 0
        var validLength = 0
        var torn: (Int, Int)?
        func fail(_ error: SocioLabError) throws(SocioLabError) {
            if let problems { problems.pointee.append(error) } else { throw error }
        }
        while offset < raw.count {
            number += 1
            let start = offset
            var end = start
            while end < raw.count && raw[end] != UInt8(ascii: "\n") { end += 1 }
            let terminated = end < raw.count
            offset = terminated ? end + 1 : end
            let bytes = UnsafeRawBufferPointer(rebasing: raw[start..<end])
            let location = SocioLabError.Location(file: file, line: number, byteOffset: start)
            if !terminated && number > 1 {
                if let damage = TornTail.damage(in: bytes) {
                    try fail(
                        SocioLabError(
                            .storeCorrupt,
                            "line \(number) is the last, has no newline and is not what an interrupted write "
                                + "leaves: \(damage.reason) (byte \(start + damage.offset)); restore the store from a "
                                + "backup, or run `store verify` to see every damaged line",
                            at: location))
                } else {
                    torn = (number, start)
                }
                break
            }
            if let reason = checkFrame(bytes) {
                try fail(
                    SocioLabError(
                        .storeCorrupt,
                        "line \(number) is damaged: \(reason); restore the store from a backup, or run "
                            + "`store verify` to see every damaged line",
                        at: location))
                validLength = offset
                continue
            }
            validLength = offset
            if number == 1 {
                do {
                    header = try parseHeader(bytes)
                } catch {
                    try fail(
                        SocioLabError(
                            .storeCorrupt, "the header line is not valid: \(error.message)", at: location))
                }
                if let h = header, h.format != format {
                    try fail(
                        SocioLabError(
                            .storeCorrupt,
                            "the file's format is \"\(h.format)\", not \"\(format)\"; check the file",
                            at: location))
                }
                continue
            }
            lineCount += 1
            do { try visit(Line(number: number, byteOffset: start, bytes: bytes)) } catch { try fail(error) }
        }
        guard let header else {
            throw SocioLabError(
                .storeCorrupt, "the file has no valid header line; restore the store from a backup",
                at: .init(file: file, line: 1, byteOffset: 0))
        }
        return Summary(header: header, validLength: validLength, tornLine: torn, lineCount: lineCount)
    }

    /// What ``readTail(_:file:format:verifyingLastLine:)`` found: the header, the last whole line's
    /// revision, where the next line goes, and a torn last line's offset.
    struct Tail {
        var header: Header
        /// The revision of the last whole change-set line, or `nil` when there is none.
        var lastRevision: Int64?
        /// The length of the file up to the end of its last whole line.
        var validLength: Int
        /// The offset of a torn last line that was dropped.
        var tornOffset: Int?
    }

    /// Reads only the header line and the end of a file — what opening a store needs of the history,
    /// which grows with every compaction and whose older lines `history(of:)` and `verify` check.
    ///
    /// The header is checked as ``read(_:file:format:problems:visit:)`` checks it (frame, checksum,
    /// format); a last line without its newline is dropped when it is a torn write (``TornTail``, which
    /// reads all of it) and is damage otherwise. With `verifyingLastLine`, the last
    /// whole line's frame and checksum are checked too, which reads all of it; without, only its last
    /// bytes are read for its revision (`lastRevision` is `nil` when they do not have the usual shape, and
    /// the caller then reads verifying).
    /// - Complexity: O(length of the header and of a torn last line), plus O(length of the last line) when
    ///   verifying — never O(size of the file).
    static func readTail(
        _ raw: UnsafeRawBufferPointer, file: String, format: String, verifyingLastLine: Bool
    ) throws(SocioLabError) -> Tail {
        guard let headerEnd = raw.firstIndex(of: UInt8(ascii: "\n")) else {
            throw SocioLabError(
                .storeCorrupt, "the file has no valid header line; restore the store from a backup",
                at: .init(file: file, line: 1, byteOffset: 0))
        }
        let headerBytes = UnsafeRawBufferPointer(rebasing: raw[..<headerEnd])
        let headerLocation = SocioLabError.Location(file: file, line: 1, byteOffset: 0)
        if let reason = checkFrame(headerBytes) {
            throw SocioLabError(.storeCorrupt, "line 1 is damaged: \(reason)", at: headerLocation)
        }
        let header: Header
        do { header = try parseHeader(headerBytes) } catch {
            throw SocioLabError(
                .storeCorrupt, "the header line is not valid: \(error.message)", at: headerLocation)
        }
        guard header.format == format else {
            throw SocioLabError(
                .storeCorrupt, "the file's format is \"\(header.format)\", not \"\(format)\"; check the file",
                at: headerLocation)
        }
        // The end of the last whole line, and a torn line after it.
        var validLength = raw.count
        var torn: Int?
        if raw.last != UInt8(ascii: "\n") {
            validLength = raw.lastIndex(of: UInt8(ascii: "\n"))! + 1
            torn = validLength
            if let damage = TornTail.damage(in: UnsafeRawBufferPointer(rebasing: raw[validLength...])) {
                throw SocioLabError(
                    .storeCorrupt,
                    "the last line has no newline and is not what an interrupted write leaves: \(damage.reason) "
                        + "(byte \(validLength + damage.offset)); restore the store from a backup, or run "
                        + "`store verify` to see every damaged line",
                    at: .init(file: file, byteOffset: validLength))
            }
        }
        guard validLength > headerEnd + 1 else {
            return Tail(header: header, lastRevision: nil, validLength: validLength, tornOffset: torn)
        }
        let end = validLength - 1
        guard verifyingLastLine else {
            // The last bytes of the last line, after any newline among them.
            let window = raw[max(headerEnd + 1, end - 160)..<end]
            let start = (window.lastIndex(of: UInt8(ascii: "\n")) ?? (window.startIndex - 1)) + 1
            return Tail(
                header: header,
                lastRevision: trailingRevision(UnsafeRawBufferPointer(rebasing: raw[start..<end])),
                validLength: validLength, tornOffset: torn)
        }
        let start = (raw[(headerEnd + 1)..<end].lastIndex(of: UInt8(ascii: "\n")) ?? headerEnd) + 1
        let bytes = UnsafeRawBufferPointer(rebasing: raw[start..<end])
        if let reason = checkFrame(bytes) {
            throw SocioLabError(
                .storeCorrupt,
                "the last line is damaged: \(reason); restore the store from a backup, or run `store verify` "
                    + "to see every damaged line",
                at: .init(file: file, byteOffset: start))
        }
        var last = trailingRevision(bytes)
        if last == nil {
            // An unusual end: read the line's members in order (its number is not known here).
            last = try Self.revision(Line(number: 0, byteOffset: start, bytes: bytes), file: file)
        }
        return Tail(header: header, lastRevision: last, validLength: validLength, tornOffset: torn)
    }

    private static func parseHeader(_ bytes: UnsafeRawBufferPointer) throws(SocioLabError) -> Header {
        var r = JSONReader(bytes)
        var format: String?
        var version: Int?
        var store: String?
        var base: Int64?
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                switch key {
                case "format": format = try r.readString()
                case "format_version": version = try r.readInt()
                case "store": store = try r.readString()
                case "base_revision": base = try r.readInt64()
                default: try r.skipValue()
                }
            }
            try r.expectEnd()
        } catch {
            throw SocioLabError(.storeCorrupt, error.message, at: .init(byteOffset: error.byteOffset))
        }
        guard let format, let version, let store else {
            throw SocioLabError(.storeCorrupt, "it lacks format, format_version or store")
        }
        return Header(format: format, formatVersion: version, storeID: store, baseRevision: base)
    }

}
