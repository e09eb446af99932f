import Foundation

/// Turns the bytes of a text file into a `String`, detecting UTF-8, UTF-16 and Windows-1250.
///
/// Detection, when no encoding is given:
/// 1. a byte order mark: `EF BB BF` is UTF-8, `FF FE` UTF-16 little-endian, `FE FF` UTF-16 big-endian;
/// 2. otherwise bytes that are plausibly UTF-8 are UTF-8: valid UTF-8, or bytes that hold at least one
///    valid multi-byte UTF-8 sequence (a `č` written as `C4 8D`);
/// 3. otherwise — no byte order mark and not one multi-byte UTF-8 sequence — Windows-1250, what Slovenian
///    Excel writes as plain "CSV".
///
/// Text read as UTF-8 (asked for, marked by its byte order mark, or plausibly UTF-8) must be valid: a
/// byte that is not UTF-8 is ``SocioLabError/Code/csvBadEncoding`` naming its line and column, never a
/// reason to guess another encoding, which would garble every other letter of the file.
///
/// The decoded text is then checked: a NUL character means a binary file (``SocioLabError/Code/csvBinary``),
/// a byte order mark after the start means two files were joined (``SocioLabError/Code/csvBOMInMiddle``),
/// and U+FFFD means the file was saved or read in the wrong encoding (``SocioLabError/Code/csvBadEncoding``).
/// The leading byte order mark is never part of the result.
package enum TextDecoding {
    /// Decodes text bytes, detecting the encoding unless one is given.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - encoding: The encoding to use; `nil` detects it.
    ///   - file: The file name to put in errors.
    /// - Returns: The text, without a leading byte order mark.
    /// - Throws: `SocioLabError` with code `csv.binary`, `csv.bom-in-middle` or `csv.bad-encoding` (also for
    ///   a byte that is not UTF-8 in text read as UTF-8, naming its line and column).
    /// - Complexity: O(*n*) in the number of bytes.
    package static func decode(_ data: Data, encoding: CSVEncoding? = nil, file: String? = nil) throws
        -> String
    {
        try decode(data, encoding: encoding, file: file, allowsNUL: false)
    }

    /// Decodes text bytes as ``decode(_:encoding:file:)`` does; `allowsNUL` leaves NUL characters in valid
    /// text to the caller (the CSV import refuses them cell by cell, naming the column).
    static func decode(_ data: Data, encoding: CSVEncoding?, file: String?, allowsNUL: Bool) throws -> String
    {
        let text: String = try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            switch encoding ?? detectEncoding(bytes) {
            case .utf8:
                let bom = hasPrefix(bytes, [0xEF, 0xBB, 0xBF]) ? 3 : 0
                let body = UnsafeBufferPointer(rebasing: bytes[bom...])
                if let flaw = utf8Flaw(body) {
                    throw notUTF8Error(
                        body, flaw: flaw, byteOrderMark: bom, asked: encoding == .utf8, file: file)
                }
                return String(decoding: body, as: UTF8.self)
            case .utf16:
                return try decodeUTF16(bytes, file: file)
            case .windows1250:
                return decodeWindows1250(bytes)
            }
        }
        try check(text, file: file, allowsNUL: allowsNUL)
        return text
    }

    /// Detects the encoding of text bytes by the rules in the type's description.
    /// - Parameter data: The file's bytes.
    /// - Returns: The encoding ``decode(_:encoding:file:)`` would use.
    /// - Complexity: O(*n*) in the number of bytes.
    package static func detectEncoding(of data: Data) -> CSVEncoding {
        data.withUnsafeBytes { detectEncoding($0.bindMemory(to: UInt8.self)) }
    }

    /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values above U+10FFFF).
    /// - Parameter bytes: The bytes to check.
    /// - Returns: `true` when every byte belongs to a valid UTF-8 sequence.
    /// - Complexity: O(*n*) in the number of bytes.
    package static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            if count - i >= 8,
                UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    & 0x8080_8080_8080_8080 == 0
            {
                i &+= 8
                continue
            }
            let lead = bytes[i]
            if lead < 0x80 {
                i &+= 1
                continue
            }
            guard let (length, low, high) = TextDecoding.utf8Sequence(lead: lead) else { return false }
            guard count - i >= length, (low...high).contains(bytes[i + 1]) else { return false }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i &+= length
        }
        return true
    }

    private static func detectEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVEncoding {
        if hasPrefix(bytes, [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if hasPrefix(bytes, [0xFF, 0xFE]) || hasPrefix(bytes, [0xFE, 0xFF]) { return .utf16 }
        guard let flaw = utf8Flaw(bytes) else { return .utf8 }
        return flaw.hasMultiByteSequence ? .utf8 : .windows1250
    }

    /// Where bytes that are not valid UTF-8 first break it, and whether they hold any valid multi-byte
    /// UTF-8 sequence (before or after that byte).
    struct UTF8Flaw: Hashable, Sendable {
        /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
        var offset: Int
        /// Whether the bytes hold at least one valid sequence of two to four bytes.
        var hasMultiByteSequence: Bool
    }

    /// The first flaw of bytes as UTF-8, or `nil` when they are valid UTF-8.
    /// - Complexity: O(*n*) in the number of bytes.
    static func utf8Flaw(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Flaw? {
        let count = bytes.count
        var first: Int?
        var multiByte = false
        var i = 0
        while i < count {
            let lead = bytes[i]
            if lead < 0x80 {
                i &+= 1
                continue
            }
            if let (length, low, high) = utf8Sequence(lead: lead), count - i >= length,
                (low...high).contains(bytes[i + 1]),
                (2..<length).allSatisfy({ bytes[i + $0] & 0xC0 == 0x80 })
            {
                multiByte = true
                if first != nil { break }
                i &+= length
                continue
            }
            if first == nil {
                first = i
                if multiByte { break }
            }
            i &+= 1
        }
        return first.map { UTF8Flaw(offset: $0, hasMultiByteSequence: multiByte) }
    }

    /// The error for text read as UTF-8 that holds a byte that is not UTF-8 (or, when the text also holds
    /// a NUL byte, the error for a binary file).
    /// - Parameters:
    ///   - body: The text after any byte order mark.
    ///   - flaw: Where it breaks.
    ///   - byteOrderMark: The length of the byte order mark before `body` (0 or 3).
    ///   - asked: Whether the caller asked for UTF-8.
    ///   - file: The file name to put in the error.
    static func notUTF8Error(
        _ body: UnsafeBufferPointer<UInt8>, flaw: UTF8Flaw, byteOrderMark: Int, asked: Bool, file: String?
    ) -> SocioLabError {
        if let nul = body.firstIndex(of: 0) { return specialError(in: body, at: nul, file: file) }
        let offset = flaw.offset
        let line = lineNumber(body, before: offset)
        var lineStart = offset
        while lineStart > 0, body[lineStart - 1] != 0x0A, body[lineStart - 1] != 0x0D { lineStart -= 1 }
        var column = 1
        for index in lineStart..<offset where body[index] & 0xC0 != 0x80 { column += 1 }
        let hex = String(body[offset], radix: 16, uppercase: true)
        let why =
            asked
            ? LocalizedText(sl: "naj bi se datoteka brala kot UTF-8", en: "the file was to be read as UTF-8")
            : byteOrderMark > 0
                ? LocalizedText(
                    sl: "se datoteka začne z oznako BOM za UTF-8",
                    en: "the file starts with a UTF-8 byte order mark")
                : LocalizedText(
                    sl: "je preostanek datoteke v UTF-8 (ima črke UTF-8, kot je č)",
                    en: "the rest of the file is UTF-8 (it has UTF-8 letters such as č)")
        return SocioLabError(
            .csvBadEncoding,
            LocalizedText(
                sl:
                    "Vrstica \(line), stolpec \(column) vsebuje bajt 0x\(hex), ki ni UTF-8, čeprav \(why.sl). "
                    + "Izvirnik znova shranite kot \"CSV UTF-8\" ali popravite ta znak; če je datoteka v resnici v "
                    + "kodiranju Windows-1250, izberite to kodiranje.",
                en: "Line \(line), column \(column) holds the byte 0x\(hex), which is not UTF-8, although "
                    + "\(why.en). Save the file again as \"CSV UTF-8\" from the original, or correct that "
                    + "character; if the file is in fact Windows-1250, choose that encoding."),
            at: .init(file: file, line: line, byteOffset: byteOrderMark + offset))
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) throws -> String {
        var bigEndian = false
        var start = 0
        if hasPrefix(bytes, [0xFE, 0xFF]) {
            bigEndian = true
            start = 2
        } else if hasPrefix(bytes, [0xFF, 0xFE]) {
            start = 2
        }
        guard (bytes.count - start) % 2 == 0 else {
            throw SocioLabError(
                .csvBadEncoding,
                LocalizedText(
                    sl: "Datoteka ni besedilo UTF-16: ima liho število bajtov. Shranite jo znova kot "
                        + "\"CSV UTF-8\" ali izberite pravo kodiranje.",
                    en: "The file is not UTF-16 text: it has an odd number of bytes. "
                        + "Save it again as \"CSV UTF-8\", or choose the right encoding."),
                at: .init(file: file, byteOffset: bytes.count - 1))
        }
        var units = [UInt16]()
        units.reserveCapacity((bytes.count - start) / 2)
        var i = start
        while i < bytes.count {
            let first = UInt16(bytes[i])
            let second = UInt16(bytes[i + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func decodeWindows1250(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var utf8 = [UInt8]()
        utf8.reserveCapacity(bytes.count + bytes.count / 4)
        windows1250High.withUnsafeBufferPointer { table in
            for byte in bytes {
                if byte < 0x80 {
                    utf8.append(byte)
                    continue
                }
                let scalar = table[Int(byte &- 0x80)]
                if scalar < 0x800 {
                    utf8.append(UInt8(0xC0 | scalar >> 6))
                    utf8.append(UInt8(0x80 | scalar & 0x3F))
                } else {
                    utf8.append(UInt8(0xE0 | scalar >> 12))
                    utf8.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
                    utf8.append(UInt8(0x80 | scalar & 0x3F))
                }
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Rejects NUL (unless `allowsNUL`), a byte order mark after the start, and U+FFFD, naming the line.
    static func check(_ text: String, file: String?, allowsNUL: Bool = false) throws {
        var text = text
        try text.withUTF8 { bytes in
            var i = 0
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                if byte == 0 && !allowsNUL
                    || byte == 0xEF && count - i >= 3
                        && (bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF
                            || bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD)
                {
                    throw specialError(in: bytes, at: i, file: file)
                }
                i += 1
            }
        }
    }

    /// The error for the NUL, U+FEFF or U+FFFD at `offset` of UTF-8 text.
    static func specialError(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, file: String?)
        -> SocioLabError
    {
        let location = SocioLabError.Location(file: file, line: lineNumber(bytes, before: offset))
        if bytes[offset] == 0 {
            return SocioLabError(
                .csvBinary,
                LocalizedText(
                    sl:
                        "Datoteka vsebuje bajte NUL, zato to ni datoteka CSV, ampak binarna datoteka (delovni "
                        + "zvezek .xlsx?). Odprite jo v programu za preglednice in shranite kot \"CSV UTF-8\".",
                    en: "The file holds NUL bytes, so it is a binary file (an .xlsx workbook?), not CSV. "
                        + "Open it in the spreadsheet program and save it as \"CSV UTF-8\"."),
                at: location)
        }
        if bytes[offset + 1] == 0xBB {
            return SocioLabError(
                .csvBOMInMiddle,
                CSVReader.bomInMiddleText,
                at: location)
        }
        return SocioLabError(
            .csvBadEncoding,
            LocalizedText(
                sl: "Besedilo vsebuje nadomestni znak (U+FFFD): datoteka je bila shranjena ali prebrana v "
                    + "napačnem kodiranju in nekatere črke so izgubljene. Izvirnik znova shranite kot "
                    + "\"CSV UTF-8\" ali izberite pravo kodiranje.",
                en: "The text holds a replacement character (U+FFFD): the file was saved or read in "
                    + "the wrong encoding and some letters are lost. Save it again as \"CSV UTF-8\" "
                    + "from the original, or choose the right encoding."),
            at: location)
    }

    /// The 1-based line of a byte offset: LF, CR LF and a lone CR each end a line.
    static func lineNumber(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A {
                line += 1
            } else if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A {
                line += 1
            }
            i += 1
        }
        return line
    }

    /// The Unicode scalars of Windows-1250 bytes 0x80–0xFF; 0xFFFD marks the five undefined bytes.
    private static let windows1250High: [UInt16] = [
        // 0x80–0x8F
        0x20AC, 0xFFFD, 0x201A, 0xFFFD, 0x201E, 0x2026, 0x2020, 0x2021,
        0xFFFD, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
        // 0x90–0x9F
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0xFFFD, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
        // 0xA0–0xAF
        0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7,
        0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
        // 0xB0–0xBF
        0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
        0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
        // 0xC0–0xCF
        0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7,
        0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
        // 0xD0–0xDF
        0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7,
        0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
        // 0xE0–0xEF
        0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7,
        0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
        // 0xF0–0xFF
        0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7,
        0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
    ]
}
