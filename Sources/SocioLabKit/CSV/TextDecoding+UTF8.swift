import Foundation

extension TextDecoding {
    /// Hands the text of a file to `body` as UTF-8 bytes, without copying them when the file is UTF-8.
    ///
    /// The same rules and errors as ``decode(_:encoding:file:)``: UTF-8 bytes (after a byte order mark,
    /// or without one when they are plausibly UTF-8) are checked in place, on every core for a large file;
    /// any other file is decoded into a string first.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - encoding: The encoding to use; `nil` detects it.
    ///   - file: The file name to put in errors.
    ///   - allowsNUL: Whether NUL characters in text that is otherwise valid are left to `body` (the CSV
    ///     import refuses them cell by cell, naming the column) rather than refused as a binary file.
    ///   - body: Called once with the text's UTF-8 bytes (without a byte order mark).
    /// - Returns: What `body` returns.
    /// - Throws: What ``decode(_:encoding:file:)`` throws, or what `body` throws.
    /// - Complexity: O(*n*) in the number of bytes.
    static func withUTF8Text<R>(
        _ data: Data, encoding: CSVEncoding?, file: String?, allowsNUL: Bool = false,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) throws -> R {
        let fast: R? = try data.withUnsafeBytes { raw -> R? in
            let bytes = raw.bindMemory(to: UInt8.self)
            let hasBOM = hasUTF8BOM(bytes)
            let utf8: Bool
            if let encoding {
                utf8 = encoding == .utf8
            } else {
                utf8 =
                    hasBOM
                    || !(bytes.count >= 2
                        && (bytes[0] == 0xFF && bytes[1] == 0xFE
                            || bytes[0] == 0xFE && bytes[1] == 0xFF))
            }
            guard utf8 else { return nil }
            let text = hasBOM ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
            let survey = surveyUTF8(text)
            guard survey.isValid else {
                // Text that is plausibly UTF-8 is not guessed to be Windows-1250 (see the type's rules).
                guard let flaw = utf8Flaw(text) else { return nil }
                if encoding == .utf8 || hasBOM || flaw.hasMultiByteSequence {
                    throw notUTF8Error(
                        text, flaw: flaw, byteOrderMark: hasBOM ? 3 : 0, asked: encoding == .utf8, file: file)
                }
                return nil
            }
            if let offset = survey.firstSpecial, !(allowsNUL && text[offset] == 0) {
                throw specialError(in: text, at: offset, file: file)
            }
            return try body(text)
        }
        if let fast { return fast }
        var text = try decode(data, encoding: encoding, file: file, allowsNUL: allowsNUL)
        return try text.withUTF8(body)
    }

    private static func hasUTF8BOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// What one look at UTF-8 bytes finds: whether they are valid, and the first NUL, byte order mark or
    /// U+FFFD.
    struct UTF8Survey: Sendable {
        var isValid: Bool
        var firstSpecial: Int?
    }

    /// Surveys UTF-8 bytes, in parallel parts split at character starts when there are many.
    /// - Complexity: O(*n*) in the number of bytes.
    static func surveyUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> UTF8Survey {
        let parts = min(ProcessInfo.processInfo.activeProcessorCount, bytes.count / (1 << 20))
        guard parts > 1 else { return surveyPart(bytes, from: 0, to: bytes.count) }
        var cuts = [0]
        for part in 1..<parts {
            var cut = max(cuts[part - 1], bytes.count / parts * part)
            while cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            cuts.append(cut)
        }
        cuts.append(bytes.count)
        let results = ParallelResults<UTF8Survey>(count: parts)
        let shared = SharedBytes(bytes)
        let bounds = cuts
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            results.set(part, surveyPart(shared.bytes, from: bounds[part], to: bounds[part + 1]))
        }
        var total = UTF8Survey(isValid: true, firstSpecial: nil)
        for part in results.values {
            total.isValid = total.isValid && part.isValid
            if total.firstSpecial == nil { total.firstSpecial = part.firstSpecial }
        }
        return total
    }

    /// Validates `bytes[start..<end]` as UTF-8 (see ``isValidUTF8(_:)``) and finds its first NUL, U+FEFF
    /// or U+FFFD.
    private static func surveyPart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> UTF8Survey
    {
        var special: Int?
        var i = start
        let raw = UnsafeRawBufferPointer(bytes)
        while i < end {
            if end - i >= 8 {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    if special == nil,
                        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                    {
                        var k = i
                        while bytes[k] != 0 { k += 1 }
                        special = k
                    }
                    i &+= 8
                    continue
                }
            }
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == 0, special == nil { special = i }
                i &+= 1
                continue
            }
            guard let (length, low, high) = TextDecoding.utf8Sequence(lead: lead) else {
                return UTF8Survey(isValid: false, firstSpecial: special)
            }
            guard end - i >= length, (low...high).contains(bytes[i + 1]) else {
                return UTF8Survey(isValid: false, firstSpecial: special)
            }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 {
                return UTF8Survey(isValid: false, firstSpecial: special)
            }
            if lead == 0xEF, special == nil,
                bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF || bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD
            {
                special = i
            }
            i &+= length
        }
        return UTF8Survey(isValid: true, firstSpecial: special)
    }
}

/// Read-only bytes handed to the iterations of a parallel loop.
///
/// Why `@unchecked Sendable` is safe: the pointer is a `let`, nothing writes through it (it is an
/// `UnsafeBufferPointer`, not a mutable one), and the caller that owns the bytes keeps them alive until
/// `concurrentPerform` has returned, that is until every iteration has finished reading.
struct SharedBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }
}

extension TextDecoding {
    /// The shape of a UTF-8 sequence from its lead byte: its length and the allowed range of its second
    /// byte (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF); `nil` for a byte that
    /// cannot lead a sequence.
    @inline(__always)
    static func utf8Sequence(lead: UInt8) -> (length: Int, low: UInt8, high: UInt8)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80, 0xBF)
        case 0xE0: return (3, 0xA0, 0xBF)
        case 0xED: return (3, 0x80, 0x9F)
        case 0xE1...0xEF: return (3, 0x80, 0xBF)
        case 0xF0: return (4, 0x90, 0xBF)
        case 0xF4: return (4, 0x80, 0x8F)
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        default: return nil
        }
    }
}
