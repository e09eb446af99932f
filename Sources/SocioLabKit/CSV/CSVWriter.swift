import Foundation

/// Writes tables as RFC 4180 CSV, safe to open in a spreadsheet.
///
/// A field is put in double quotes when it holds the delimiter, a quote, CR or LF (quotes inside are
/// doubled), and when it is the only field of a record and empty (so the record is not a blank line).
///
/// With formula protection on (the default), a field that starts with `=`, `+`, `-`, `@`, tab or CR gets a
/// leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV injection,
/// OWASP). A field that is entirely a plain number (`-5`, `+3.25`, `-1,5`) is left alone: it cannot run as a
/// formula and must stay a number. Reading a protected file back gives the values with the apostrophe; write
/// with protection off when the reader is a program rather than a person.
///
/// ```swift
/// let csv = CSVWriter.excel.string(header: ["ime", "priimek"], rows: [["Ana", "Novak"]])
/// ```
public struct CSVWriter: Hashable, Sendable, Codable {
    /// How records end.
    public enum LineEnding: String, CaseIterable, Hashable, Sendable, Codable {
        /// `\n`, the Unix convention.
        case lf = "\n"
        /// `\r\n`, what RFC 4180 and Windows use.
        case crlf = "\r\n"
    }

    /// The field separator.
    public var delimiter: CSVDelimiter
    /// How records end.
    public var lineEnding: LineEnding
    /// Whether the output starts with a UTF-8 byte order mark (Excel needs it to read UTF-8).
    public var byteOrderMark: Bool
    /// Whether fields that a spreadsheet would run as a formula get a leading apostrophe.
    public var formulaProtection: Bool

    /// Creates a writer.
    /// - Parameters:
    ///   - delimiter: The field separator (`,` by default).
    ///   - lineEnding: How records end (LF by default).
    ///   - byteOrderMark: Whether to start with a UTF-8 byte order mark (no by default).
    ///   - formulaProtection: Whether to defuse formulas (yes by default).
    public init(
        delimiter: CSVDelimiter = .comma, lineEnding: LineEnding = .lf, byteOrderMark: Bool = false,
        formulaProtection: Bool = true
    ) {
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.formulaProtection = formulaProtection
    }

    /// What Slovenian Excel opens with a double click: a byte order mark, `;` and CR LF, formulas defused.
    public static let excel = CSVWriter(delimiter: .semicolon, lineEnding: .crlf, byteOrderMark: true)

    /// Plain RFC 4180: `,`, CR LF, no byte order mark, formulas defused.
    public static let rfc4180 = CSVWriter(delimiter: .comma, lineEnding: .crlf)

    /// Writes a header and rows as CSV text.
    /// - Parameters:
    ///   - header: The column names (the first record).
    ///   - rows: The records; each is written as given, whatever its length.
    ///   - protectFormulas: Overrides ``formulaProtection`` for this call.
    /// - Returns: The CSV text, starting with U+FEFF when ``byteOrderMark`` is on.
    /// - Complexity: O(*n*) in the total length of the fields.
    public func string(header: [String], rows: [[String]], protectFormulas: Bool? = nil) -> String {
        String(decoding: bytes(header: header, rows: rows, protectFormulas: protectFormulas), as: UTF8.self)
    }

    /// Writes a header and rows as UTF-8 CSV bytes.
    /// - Parameters:
    ///   - header: The column names.
    ///   - rows: The records.
    ///   - protectFormulas: Overrides ``formulaProtection`` for this call.
    /// - Returns: The UTF-8 bytes of ``string(header:rows:protectFormulas:)``.
    /// - Complexity: O(*n*) in the total length of the fields.
    public func data(header: [String], rows: [[String]], protectFormulas: Bool? = nil) -> Data {
        Data(bytes(header: header, rows: rows, protectFormulas: protectFormulas))
    }

    /// Appends one record and its line ending to a text (for writing large tables piece by piece).
    /// - Parameters:
    ///   - fields: The record's fields.
    ///   - text: The text to append to.
    ///   - protectFormulas: Overrides ``formulaProtection`` for this call.
    package func appendRecord(_ fields: [String], to text: inout String, protectFormulas: Bool? = nil) {
        var out: [UInt8] = []
        appendRecord(fields, to: &out, protect: protectFormulas ?? formulaProtection)
        text += String(decoding: out, as: UTF8.self)
    }

    /// Appends one record and its line ending as UTF-8 bytes.
    /// - Parameters:
    ///   - fields: The record's fields.
    ///   - bytes: The bytes to append to.
    ///   - protectFormulas: Overrides ``formulaProtection`` for this call.
    package func appendRecord(_ fields: [String], to bytes: inout [UInt8], protectFormulas: Bool? = nil) {
        appendRecord(fields, to: &bytes, protect: protectFormulas ?? formulaProtection)
    }

    /// Encodes one field: defused if it is a formula and protection is on, quoted if it needs quotes.
    /// - Parameters:
    ///   - field: The value.
    ///   - protectFormulas: Overrides ``formulaProtection`` for this call.
    /// - Returns: The field as it appears in the file.
    public func encode(_ field: String, protectFormulas: Bool? = nil) -> String {
        var out: [UInt8] = []
        append(field, to: &out, protect: protectFormulas ?? formulaProtection)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a spreadsheet could take a value as a formula: it starts with `=`, `+`, `-`, `@`, tab or CR
    /// and is not entirely a plain number.
    /// - Parameter field: The value.
    /// - Returns: `true` when formula protection would prefix it with an apostrophe.
    package static func isFormulaLike(_ field: String) -> Bool {
        var field = field
        return field.withUTF8 { isFormulaLike($0) }
    }

    private func bytes(header: [String], rows: [[String]], protectFormulas: Bool?) -> [UInt8] {
        let protect = protectFormulas ?? formulaProtection
        var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        appendRecord(header, to: &out, protect: protect)
        for row in rows {
            appendRecord(row, to: &out, protect: protect)
        }
        return out
    }

    private func appendRecord(_ fields: [String], to out: inout [UInt8], protect: Bool) {
        if fields.count == 1, fields[0].isEmpty {
            out.append(Self.quote)
            out.append(Self.quote)
        } else {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(delimiter.byte) }
                append(field, to: &out, protect: protect)
            }
        }
        switch lineEnding {
        case .lf: out.append(Self.lineFeed)
        case .crlf: out.append(contentsOf: [Self.carriageReturn, Self.lineFeed])
        }
    }

    private func append(_ field: String, to out: inout [UInt8], protect: Bool) {
        var field = field
        let delimiterByte = delimiter.byte
        field.withUTF8 { bytes in
            let needsQuotes = bytes.contains {
                $0 == delimiterByte || $0 == Self.quote || $0 == Self.lineFeed || $0 == Self.carriageReturn
            }
            if needsQuotes { out.append(Self.quote) }
            if protect, Self.isFormulaLike(bytes) { out.append(UInt8(ascii: "'")) }
            if needsQuotes {
                for byte in bytes {
                    out.append(byte)
                    if byte == Self.quote { out.append(Self.quote) }
                }
                out.append(Self.quote)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func isFormulaLike(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return !isPlainNumber(bytes.dropFirst())
        default:
            return false
        }
    }

    /// Digits, optionally with one `.` or `,` between digits.
    private static func isPlainNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var digitsBefore = 0
        var digitsAfter = 0
        var seenSeparator = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenSeparator { digitsAfter += 1 } else { digitsBefore += 1 }
            case UInt8(ascii: "."), UInt8(ascii: ","):
                if seenSeparator { return false }
                seenSeparator = true
            default:
                return false
            }
        }
        return digitsBefore > 0 && (!seenSeparator || digitsAfter > 0)
    }
}
