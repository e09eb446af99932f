/// Where one field of the current record is: a byte range of the text, or, for a quoted field with doubled
/// quotes, a byte range of the scanner's scratch buffer (where the quotes are undoubled).
struct CSVFieldSpan {
    var start: Int
    var end: Int
    var inScratch: Bool

    static let empty = CSVFieldSpan(start: 0, end: 0, inScratch: false)

    var isEmpty: Bool { start == end }
}

/// Memory a scanner owns: the byte class table and the scratch bytes of undoubled quoted fields.
///
/// A class so that the memory is freed with the last scanner copy; one scanner is used by one thread.
final class CSVScannerStorage {
    /// Bytes that stop the scan of an unquoted field.
    static let stopsUnquoted: UInt8 = 1
    /// Bytes that stop the scan of a quoted field.
    static let stopsQuoted: UInt8 = 2

    let classes: UnsafeMutablePointer<UInt8>
    private(set) var scratch: UnsafeMutablePointer<UInt8>
    private(set) var scratchCount = 0
    private var scratchCapacity = 256

    /// Creates the memory of a scanner.
    /// - Parameters:
    ///   - delimiter: The delimiter byte.
    ///   - stopsAtControls: Whether every C0 control character other than tab, LF and CR stops a field's
    ///     scan (to be collected), not only NUL.
    init(delimiter: UInt8, stopsAtControls: Bool) {
        classes = .allocate(capacity: 256)
        classes.initialize(repeating: 0, count: 256)
        var special: [UInt8] = [0x00, 0xEF]
        if stopsAtControls {
            special += (0x01...0x1F).filter { $0 != 0x09 && $0 != csvLineFeed && $0 != csvCarriageReturn }
        }
        for byte in [delimiter, csvLineFeed, csvCarriageReturn] + special {
            classes[Int(byte)] |= Self.stopsUnquoted
        }
        for byte in [csvQuote, csvLineFeed, csvCarriageReturn] + special {
            classes[Int(byte)] |= Self.stopsQuoted
        }
        scratch = .allocate(capacity: scratchCapacity)
    }

    deinit {
        classes.deallocate()
        scratch.deallocate()
    }

    func resetScratch() { scratchCount = 0 }

    func appendScratch(_ bytes: UnsafeBufferPointer<UInt8>) {
        if scratchCount + bytes.count > scratchCapacity {
            var capacity = scratchCapacity * 2
            while capacity < scratchCount + bytes.count { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: scratch, count: scratchCount)
            scratch.deallocate()
            scratch = grown
            scratchCapacity = capacity
        }
        if let base = bytes.baseAddress {
            (scratch + scratchCount).update(from: base, count: bytes.count)
        }
        scratchCount += bytes.count
    }
}

let csvQuote = UInt8(ascii: "\"")
let csvLineFeed = UInt8(ascii: "\n")
let csvCarriageReturn = UInt8(ascii: "\r")

/// Splits UTF-8 bytes into records, one at a time, tracking physical lines, without making strings.
///
/// ``nextRecord(before:)`` fills ``spans`` with the fields of the next non-blank record; ``field(_:)-(Int)``
/// gives a field's bytes, valid until the next call. A scanner may start anywhere a record starts (the
/// chunks of a parallel read), given the line there.
///
/// A NUL byte is an error (``SocioLabError/Code/csvBinary``) unless the scanner collects control
/// characters: then each field's first C0 control character other than tab, LF and CR (NUL included) is
/// listed in ``controls`` for the caller to report, and the scan goes on.
struct CSVRecordScanner {
    /// A field of the record last read that holds a control character, and the first such character (NUL
    /// when the field holds one).
    struct ControlCharacter: Hashable, Sendable {
        var field: Int
        var byte: UInt8
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String?
    /// The header names, once known, to name the column in errors.
    var names: [String] = []
    /// The byte offset of the next record (or of blank lines before it).
    private(set) var offset: Int
    /// The physical line at ``offset``.
    private(set) var line: Int
    /// The fields of the record last read.
    private(set) var spans: [CSVFieldSpan] = []
    /// Whether control characters are collected in ``controls`` rather than NUL refused.
    let collectsControls: Bool
    /// The fields of the record last read that hold a control character (when ``collectsControls``).
    private(set) var controls: [ControlCharacter] = []
    private let storage: CSVScannerStorage

    /// Creates a scanner at the start of the text (after a byte order mark) or at a record start.
    init(
        bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String?, offset: Int? = nil, line: Int = 1,
        collectsControls: Bool = false
    ) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        self.line = line
        self.collectsControls = collectsControls
        storage = CSVScannerStorage(delimiter: delimiter, stopsAtControls: collectsControls)
        if let offset {
            self.offset = offset
        } else if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            self.offset = 3
        } else {
            self.offset = 0
        }
        spans.reserveCapacity(32)
    }

    /// The bytes of field `index` of the record last read.
    @inline(__always)
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        field(spans[index])
    }

    /// The bytes a span covers.
    @inline(__always)
    func field(_ span: CSVFieldSpan) -> UnsafeBufferPointer<UInt8> {
        if span.inScratch {
            return UnsafeBufferPointer(start: storage.scratch + span.start, count: span.end - span.start)
        }
        return UnsafeBufferPointer(rebasing: bytes[span.start..<span.end])
    }

    /// Field `index` of the record last read, as a string.
    func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Reads the next non-blank record into `fields`.
    /// - Returns: The line the record starts on, or `nil` at the end of the text.
    mutating func nextRecord(into fields: inout [String]) throws -> Int? {
        guard let line = try nextRecord(before: bytes.count) else { return nil }
        fields.removeAll(keepingCapacity: true)
        for index in spans.indices { fields.append(string(index)) }
        return line
    }

    /// Skips blank lines and reads the next record into ``spans`` if it starts before `limit`.
    /// - Returns: The line the record starts on, or `nil` when no record starts before `limit`.
    mutating func nextRecord(before limit: Int) throws -> Int? {
        let count = bytes.count
        skipBlankLines()
        guard offset < min(count, limit) else { return nil }
        let startLine = line
        let startOffset = offset
        spans.removeAll(keepingCapacity: true)
        if !controls.isEmpty { controls.removeAll(keepingCapacity: true) }
        storage.resetScratch()
        while true {
            let span =
                offset < count && bytes[offset] == csvQuote
                ? try quotedField(index: spans.count)
                : try unquotedField(index: spans.count)
            spans.append(span)
            if offset - startOffset > CSVReader.maximumRecordByteCount {
                throw SocioLabError(
                    .csvLineTooLong,
                    LocalizedText(
                        sl:
                            "Ta zapis je daljši od \(CSVReader.maximumRecordByteCount) bajtov, navadno zato, ker "
                            + "narekovaj ni bil zaprt. Preverite narekovaje ali vrednost razdelite.",
                        en: "This record is longer than \(CSVReader.maximumRecordByteCount) bytes, usually "
                            + "because a quote was opened and never closed. Check the quotes, or split the value."
                    ),
                    at: .init(file: file, line: startLine, field: name(spans.count - 1)))
            }
            guard offset < count else { return startLine }
            let byte = bytes[offset]
            if byte == delimiter {
                offset += 1
                continue
            }
            endLine()
            return startLine
        }
    }

    /// Steps over line ends (blank lines) at ``offset``, counting them.
    mutating func skipBlankLines() {
        while offset < bytes.count, bytes[offset] == csvLineFeed || bytes[offset] == csvCarriageReturn {
            endLine()
        }
    }

    /// Steps past the rest of the physical line at ``offset`` and its line end, to go on reading after an
    /// error that spoils one line (text after a closing quote).
    /// - Returns: Always `true`: the reading can go on from the next line.
    @discardableResult
    mutating func skipRestOfLine() -> Bool {
        while offset < bytes.count, bytes[offset] != csvLineFeed, bytes[offset] != csvCarriageReturn {
            offset += 1
        }
        if offset < bytes.count { endLine() }
        return true
    }

    /// Pads the record last read with empty fields, or drops extra empty ones, to `count` fields.
    /// - Returns: The index of the first extra non-empty field, when there is one (nothing is changed then).
    mutating func fit(to count: Int) -> Int? {
        if spans.count > count {
            if let extra = spans[count...].firstIndex(where: { !$0.isEmpty }) { return extra }
            spans.removeLast(spans.count - count)
        } else {
            while spans.count < count { spans.append(.empty) }
        }
        return nil
    }

    /// Steps over one LF, CR LF or CR at `offset` and counts the line.
    private mutating func endLine() {
        if bytes[offset] == csvCarriageReturn, offset + 1 < bytes.count, bytes[offset + 1] == csvLineFeed {
            offset += 1
        }
        offset += 1
        line += 1
    }

    private func name(_ index: Int) -> String? {
        index < names.count ? names[index] : nil
    }

    private mutating func unquotedField(index: Int) throws -> CSVFieldSpan {
        let start = offset
        let count = bytes.count
        guard let base = bytes.baseAddress else { return .empty }
        let classes = storage.classes
        while offset < count {
            let byte = base[offset]
            if classes[Int(byte)] & CSVScannerStorage.stopsUnquoted == 0 {
                offset &+= 1
                continue
            }
            if byte == 0xEF || byte < 0x20 && byte != 0x09 && byte != csvLineFeed && byte != csvCarriageReturn
            {
                try checkSpecial(byte, index: index)
                offset &+= 1
                continue
            }
            break
        }
        return CSVFieldSpan(start: start, end: offset, inScratch: false)
    }

    private mutating func quotedField(index: Int) throws -> CSVFieldSpan {
        let quoteLine = line
        let count = bytes.count
        let base = bytes.baseAddress!
        let classes = storage.classes
        offset += 1
        var segmentStart = offset
        var scratchStart = -1
        while true {
            while offset < count, classes[Int(base[offset])] & CSVScannerStorage.stopsQuoted == 0 {
                offset &+= 1
            }
            guard offset < count else {
                throw SocioLabError(
                    .csvUnterminatedQuote,
                    LocalizedText(
                        sl:
                            "V tej vrstici se začne polje v narekovajih, zaključni narekovaj pa manjka. Dodajte "
                            + "zaključni \" in vsak narekovaj znotraj vrednosti zapišite kot \"\".",
                        en:
                            "A quoted field starts on this line but its closing quote is missing. Add the closing "
                            + "\" and write each quote inside the value as \"\"."),
                    at: .init(file: file, line: quoteLine, field: name(index)))
            }
            let byte = base[offset]
            if byte == csvQuote {
                if offset + 1 < count, base[offset + 1] == csvQuote {
                    if scratchStart < 0 { scratchStart = storage.scratchCount }
                    storage.appendScratch(UnsafeBufferPointer(rebasing: bytes[segmentStart...offset]))
                    offset += 2
                    segmentStart = offset
                    continue
                }
                break
            }
            if byte == csvLineFeed || byte == csvCarriageReturn {
                endLine()
            } else {
                try checkSpecial(byte, index: index)
                offset += 1
            }
        }
        let span: CSVFieldSpan
        if scratchStart >= 0 {
            storage.appendScratch(UnsafeBufferPointer(rebasing: bytes[segmentStart..<offset]))
            span = CSVFieldSpan(start: scratchStart, end: storage.scratchCount, inScratch: true)
        } else {
            span = CSVFieldSpan(start: segmentStart, end: offset, inScratch: false)
        }
        offset += 1
        if offset < count, bytes[offset] != delimiter, bytes[offset] != csvLineFeed,
            bytes[offset] != csvCarriageReturn
        {
            throw SocioLabError(
                .csvTextAfterQuote,
                LocalizedText(
                    sl:
                        "Za zaključnim narekovajem polja sledi besedilo. Celotno vrednost dajte v narekovaje in "
                        + "vsak narekovaj v njej zapišite kot \"\".",
                    en: "Text follows the closing quote of a field. Put the whole value in quotes and write "
                        + "each quote inside it as \"\"."),
                at: .init(file: file, line: line, field: name(index)))
        }
        return span
    }

    /// Rejects NUL (or collects it and the other control characters), a byte order mark and U+FFFD at
    /// `offset`; other bytes starting with 0xEF pass.
    private mutating func checkSpecial(_ byte: UInt8, index: Int) throws {
        let field = name(index)
        if byte < 0x20, collectsControls {
            if controls.last?.field != index {
                controls.append(ControlCharacter(field: index, byte: byte))
            } else if byte == 0 {
                controls[controls.count - 1].byte = 0  // NUL, the sign of a binary file, is named first
            }
            return
        }
        if byte == 0 {
            throw SocioLabError(
                .csvBinary,
                LocalizedText(
                    sl: "Besedilo vsebuje znake NUL, zato to ni datoteka CSV, ampak binarna datoteka. Tabelo "
                        + "shranite kot \"CSV UTF-8\".",
                    en: "The text holds NUL characters, so it is a binary file, not CSV. Save the table as "
                        + "\"CSV UTF-8\"."),
                at: .init(file: file, line: line, field: field))
        }
        guard byte == 0xEF, offset + 2 < bytes.count else { return }
        if bytes[offset + 1] == 0xBB, bytes[offset + 2] == 0xBF {
            throw SocioLabError(
                .csvBOMInMiddle,
                CSVReader.bomInMiddleText,
                at: .init(file: file, line: line, field: field))
        }
        if bytes[offset + 1] == 0xBF, bytes[offset + 2] == 0xBD {
            throw SocioLabError(
                .csvBadEncoding,
                LocalizedText(
                    sl:
                        "Besedilo vsebuje nadomestni znak (U+FFFD): datoteka je bila shranjena ali prebrana v "
                        + "napačnem kodiranju in nekatere črke so izgubljene. Izvirnik znova shranite kot "
                        + "\"CSV UTF-8\".",
                    en:
                        "The text holds a replacement character (U+FFFD): the file was saved or read in the wrong "
                        + "encoding and some letters are lost. Save it again as \"CSV UTF-8\" from the original."
                ),
                at: .init(file: file, line: line, field: field))
        }
    }
}
