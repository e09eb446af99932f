import Foundation

/// Reads CSV text (RFC 4180, plus what Excel writes) into a header and rows.
///
/// - The first non-blank record is the header. Names are trimmed of surrounding spaces and tabs; trailing
///   empty names (Excel's `a;b;;`) are dropped; any other empty name or a repeated name is an error.
/// - The delimiter is `,`, `;` or tab: given, or detected as the one that occurs most often outside quotes
///   in the header record (ties go to `,`, then `;`).
/// - Fields may be quoted with `"`; a quote inside is written `""`; quoted fields may hold delimiters and
///   line breaks. A quote inside an unquoted field is kept as a plain character.
/// - Lines end with LF, CR LF or CR. Blank lines are skipped (but counted), so a trailing newline is fine.
/// - Rows with more fields than the header are an error unless the extra fields are all empty (then they
///   are dropped). Rows with fewer fields are padded with empty fields, because Excel leaves out trailing
///   empty cells; pass `allowsShortRows: false` to refuse them.
/// - Values stay strings, exactly as written: nothing is trimmed or converted.
///
/// Every error is a `SocioLabError` with the file, the 1-based line where the record starts and, where it
/// applies, the column name. The codes are listed in `Documentation/CSV.md`.
///
/// The parser works on the UTF-8 bytes and makes one string per field.
public enum CSVReader {
    /// The longest record accepted, in UTF-8 bytes (1 MiB); a longer one is ``SocioLabError/Code/csvLineTooLong``.
    public static let maximumRecordByteCount = 1_048_576

    /// Parses CSV text into a table.
    /// - Parameters:
    ///   - text: The decoded text (a leading byte order mark is ignored).
    ///   - file: The file name to put in errors and in the table.
    ///   - delimiter: The delimiter; `nil` detects it from the header record.
    ///   - allowsShortRows: Whether a row with fewer fields than the header is padded (the default) or refused.
    /// - Returns: The header and the data rows.
    /// - Throws: `SocioLabError` with a `csv.*` code, naming the line (and column where it applies).
    /// - Complexity: O(*n*) in the length of the text.
    public static func parse(
        text: String, file: String? = nil, delimiter: CSVDelimiter? = nil, allowsShortRows: Bool = true
    ) throws -> CSVTable {
        var rows: [CSVRow] = []
        let (columns, used, headerLine) = try read(
            text: text, file: file, delimiter: delimiter, allowsShortRows: allowsShortRows
        ) { rows.append($0) }
        return CSVTable(file: file, delimiter: used, headerLine: headerLine, columns: columns, rows: rows)
    }

    /// Decodes CSV bytes (see ``TextDecoding``) and parses them into a table.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The file name to put in errors and in the table.
    ///   - encoding: The encoding; `nil` detects it.
    ///   - delimiter: The delimiter; `nil` detects it from the header record.
    ///   - allowsShortRows: Whether a row with fewer fields than the header is padded (the default) or refused.
    /// - Returns: The header and the data rows.
    /// - Throws: `SocioLabError` with a `csv.*` code.
    /// - Complexity: O(*n*) in the number of bytes.
    public static func parse(
        data: Data, file: String? = nil, encoding: CSVEncoding? = nil, delimiter: CSVDelimiter? = nil,
        allowsShortRows: Bool = true
    ) throws -> CSVTable {
        let text = try TextDecoding.decode(data, encoding: encoding, file: file)
        return try parse(text: text, file: file, delimiter: delimiter, allowsShortRows: allowsShortRows)
    }

    /// Parses CSV text and hands each row to `body` as soon as it is read, without keeping the rows.
    /// - Parameters:
    ///   - text: The decoded text.
    ///   - file: The file name to put in errors.
    ///   - delimiter: The delimiter; `nil` detects it from the header record.
    ///   - allowsShortRows: Whether a row with fewer fields than the header is padded or refused.
    ///   - body: Called once per data row, in order; an error it throws stops the reading.
    /// - Returns: The header, the delimiter used and the header's line.
    /// - Throws: `SocioLabError` with a `csv.*` code, or what `body` throws.
    /// - Complexity: O(*n*) in the length of the text.
    @discardableResult
    public static func read(
        text: String, file: String? = nil, delimiter: CSVDelimiter? = nil, allowsShortRows: Bool = true,
        _ body: (CSVRow) throws -> Void
    ) throws -> (header: CSVHeader, delimiter: CSVDelimiter, headerLine: Int) {
        var text = text
        return try text.withUTF8 { bytes in
            let used = delimiter ?? detectDelimiter(bytes)
            var scanner = RecordScanner(bytes: bytes, delimiter: used.byte, file: file)
            var fields: [String] = []
            guard let headerLine = try scanner.nextRecord(into: &fields) else {
                throw SocioLabError(
                    .csvEmpty,
                    "The CSV file is empty. Export the table again with its header line "
                        + "(the column names) as the first line.",
                    at: .init(file: file))
            }
            let columns = try makeHeader(fields, line: headerLine, file: file)
            scanner.names = columns.names
            while let line = try scanner.nextRecord(into: &fields) {
                try fit(&fields, to: columns, line: line, file: file, allowsShortRows: allowsShortRows)
                try body(CSVRow(line: line, fields: fields, header: columns))
            }
            return (columns, used, headerLine)
        }
    }

    /// Detects the delimiter of CSV text from its header record.
    /// - Parameter text: The text.
    /// - Returns: The delimiter that occurs most often outside quotes in the first non-blank record;
    ///   `,` when none occurs or on a tie with it, `;` on a tie between `;` and tab.
    /// - Complexity: O(*n*) in the length of the header record.
    public static func detectDelimiter(in text: String) -> CSVDelimiter {
        var text = text
        return text.withUTF8 { detectDelimiter($0) }
    }

    private static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var inQuotes = false
        var seenContent = false
        for byte in bytes {
            if byte == quote {
                inQuotes.toggle()
            } else if !inQuotes, byte == lineFeed || byte == carriageReturn {
                if seenContent { break }
                continue
            } else if !inQuotes, let delimiter = CSVDelimiter.allCases.first(where: { $0.byte == byte }) {
                counts[delimiter, default: 0] += 1
            }
            seenContent = true
        }
        var best = CSVDelimiter.comma
        for candidate in CSVDelimiter.allCases where counts[candidate, default: 0] > counts[best, default: 0]
        {
            best = candidate
        }
        return best
    }

    private static func makeHeader(_ fields: [String], line: Int, file: String?) throws -> CSVHeader {
        var names = fields.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }
        while names.last?.isEmpty == true { names.removeLast() }
        guard !names.isEmpty else {
            throw SocioLabError(
                .csvEmptyHeader,
                "The header line has no column names. Put the column names on the first line.",
                at: .init(file: file, line: line))
        }
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            if name.isEmpty {
                throw SocioLabError(
                    .csvEmptyHeader,
                    "Column \(index + 1) of the header has no name. Give every column a name in the first line.",
                    at: .init(file: file, line: line))
            }
            if !seen.insert(name).inserted {
                throw SocioLabError(
                    .csvDuplicateHeader,
                    "The header names the column \"\(name)\" twice (again in column \(index + 1)). "
                        + "Rename or remove one of them.",
                    at: .init(file: file, line: line, field: name))
            }
        }
        return CSVHeader(names)
    }

    private static func fit(
        _ fields: inout [String], to columns: CSVHeader, line: Int, file: String?, allowsShortRows: Bool
    ) throws {
        let expected = columns.count
        if fields.count > expected {
            if let extra = fields[expected...].firstIndex(where: { !$0.isEmpty }) {
                throw SocioLabError(
                    .csvFieldCount,
                    "This row has \(fields.count) fields but the header has \(expected) columns; "
                        + "field \(extra + 1) holds \"\(fields[extra].prefix(40))\". Put values that contain "
                        + "the delimiter in double quotes, or remove the extra values.",
                    at: .init(file: file, line: line))
            }
            fields.removeLast(fields.count - expected)
        } else if fields.count < expected {
            guard allowsShortRows else {
                throw SocioLabError(
                    .csvFieldCount,
                    "This row has \(fields.count) fields but the header has \(expected) columns; "
                        + "\"\(columns.names[fields.count])\" and the columns after it are missing. "
                        + "Complete the row, or end it with empty fields.",
                    at: .init(file: file, line: line, field: columns.names[fields.count]))
            }
            fields.append(contentsOf: repeatElement("", count: expected - fields.count))
        }
    }
}

private let quote = UInt8(ascii: "\"")
private let lineFeed = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")

/// Splits UTF-8 bytes into records, one at a time, tracking physical lines.
private struct RecordScanner {
    /// Bytes that stop the scan of an unquoted field.
    private static let stopsUnquoted: UInt8 = 1
    /// Bytes that stop the scan of a quoted field.
    private static let stopsQuoted: UInt8 = 2

    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let file: String?
    /// The header names, once known, to name the column in errors.
    var names: [String] = []
    private var offset = 0
    private var line = 1
    private var scratch: [UInt8] = []
    private var classes = [UInt8](repeating: 0, count: 256)

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String?) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        for byte in [delimiter, lineFeed, carriageReturn, 0x00, 0xEF] {
            classes[Int(byte)] |= Self.stopsUnquoted
        }
        for byte in [quote, lineFeed, carriageReturn, 0x00, 0xEF] {
            classes[Int(byte)] |= Self.stopsQuoted
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { offset = 3 }
    }

    /// Reads the next non-blank record into `fields`.
    /// - Returns: The line the record starts on, or `nil` at the end of the text.
    mutating func nextRecord(into fields: inout [String]) throws -> Int? {
        let count = bytes.count
        while offset < count, bytes[offset] == lineFeed || bytes[offset] == carriageReturn {
            endLine()
        }
        guard offset < count else { return nil }
        let startLine = line
        let startOffset = offset
        fields.removeAll(keepingCapacity: true)
        while true {
            let field =
                offset < count && bytes[offset] == quote
                ? try quotedField(index: fields.count)
                : try unquotedField(index: fields.count)
            fields.append(field)
            if offset - startOffset > CSVReader.maximumRecordByteCount {
                throw SocioLabError(
                    .csvLineTooLong,
                    "This record is longer than \(CSVReader.maximumRecordByteCount) bytes, usually because "
                        + "a quote was opened and never closed. Check the quotes, or split the value.",
                    at: .init(file: file, line: startLine, field: name(fields.count - 1)))
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

    /// Steps over one LF, CR LF or CR at `offset` and counts the line.
    private mutating func endLine() {
        if bytes[offset] == carriageReturn, offset + 1 < bytes.count, bytes[offset + 1] == lineFeed {
            offset += 1
        }
        offset += 1
        line += 1
    }

    private func name(_ index: Int) -> String? {
        index < names.count ? names[index] : nil
    }

    private mutating func unquotedField(index: Int) throws -> String {
        let start = offset
        let count = bytes.count
        while offset < count {
            let byte = bytes[offset]
            if classes[Int(byte)] & Self.stopsUnquoted == 0 {
                offset &+= 1
                continue
            }
            if byte == 0xEF || byte == 0 {
                try checkSpecial(byte, index: index)
                offset &+= 1
                continue
            }
            break
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    private mutating func quotedField(index: Int) throws -> String {
        let quoteLine = line
        let count = bytes.count
        offset += 1
        var segmentStart = offset
        var escaped = false
        scratch.removeAll(keepingCapacity: true)
        while true {
            while offset < count, classes[Int(bytes[offset])] & Self.stopsQuoted == 0 {
                offset &+= 1
            }
            guard offset < count else {
                throw SocioLabError(
                    .csvUnterminatedQuote,
                    "A quoted field starts on this line but its closing quote is missing. Add the closing "
                        + "\" and write each quote inside the value as \"\".",
                    at: .init(file: file, line: quoteLine, field: name(index)))
            }
            let byte = bytes[offset]
            if byte == quote {
                if offset + 1 < count, bytes[offset + 1] == quote {
                    scratch.append(contentsOf: bytes[segmentStart...offset])
                    escaped = true
                    offset += 2
                    segmentStart = offset
                    continue
                }
                break
            }
            if byte == lineFeed || byte == carriageReturn {
                endLine()
            } else {
                try checkSpecial(byte, index: index)
                offset += 1
            }
        }
        let value: String
        if escaped {
            scratch.append(contentsOf: bytes[segmentStart..<offset])
            value = String(decoding: scratch, as: UTF8.self)
        } else {
            value = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[segmentStart..<offset]), as: UTF8.self)
        }
        offset += 1
        if offset < count, bytes[offset] != delimiter, bytes[offset] != lineFeed,
            bytes[offset] != carriageReturn
        {
            throw SocioLabError(
                .csvTextAfterQuote,
                "Text follows the closing quote of a field. Put the whole value in quotes and write "
                    + "each quote inside it as \"\".",
                at: .init(file: file, line: line, field: name(index)))
        }
        return value
    }

    /// Rejects NUL, a byte order mark and U+FFFD at `offset`; other bytes starting with 0xEF pass.
    private func checkSpecial(_ byte: UInt8, index: Int) throws {
        let field = name(index)
        if byte == 0 {
            throw SocioLabError(
                .csvBinary,
                "The text holds NUL characters, so it is a binary file, not CSV. Save the table as \"CSV UTF-8\".",
                at: .init(file: file, line: line, field: field))
        }
        guard offset + 2 < bytes.count else { return }
        if bytes[offset + 1] == 0xBB, bytes[offset + 2] == 0xBF {
            throw SocioLabError(
                .csvBOMInMiddle,
                "A byte order mark (U+FEFF) appears inside the text, usually where two files were joined. "
                    + "Remove it, or join the files without their byte order marks.",
                at: .init(file: file, line: line, field: field))
        }
        if bytes[offset + 1] == 0xBF, bytes[offset + 2] == 0xBD {
            throw SocioLabError(
                .csvBadEncoding,
                "The text holds a replacement character (U+FFFD): the file was saved or read in the wrong "
                    + "encoding and some letters are lost. Save it again as \"CSV UTF-8\" from the original.",
                at: .init(file: file, line: line, field: field))
        }
    }
}
