import Foundation

/// Reads CSV text (RFC 4180, plus what Excel writes) into a header and rows.
///
/// - The first non-blank record is the header. Names are trimmed of surrounding spaces and tabs; trailing
///   empty names (Excel's `a;b;;`) are dropped; any other empty name or a repeated name is an error.
/// - The delimiter is `,`, `;` or tab: given, or named by Excel's hint line (`sep=;` as the first line,
///   which is then not the header), or detected as the one that occurs most often outside quotes in the
///   header record (ties go to `,`, then `;`). A given delimiter wins over the hint; the hint line is
///   skipped either way.
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
/// The parser works on the UTF-8 bytes and makes one string per field; the exchange layer reads the same
/// records as byte ranges, without strings (see `CSVRecordScanner`).
package enum CSVReader {
    /// The longest record accepted, in UTF-8 bytes (1 MiB); a longer one is ``SocioLabError/Code/csvLineTooLong``.
    package static let maximumRecordByteCount = 1_048_576

    /// Parses CSV text into a table.
    /// - Parameters:
    ///   - text: The decoded text (a leading byte order mark is ignored).
    ///   - file: The file name to put in errors and in the table.
    ///   - delimiter: The delimiter; `nil` detects it from the header record.
    ///   - allowsShortRows: Whether a row with fewer fields than the header is padded (the default) or refused.
    /// - Returns: The header and the data rows.
    /// - Throws: `SocioLabError` with a `csv.*` code, naming the line (and column where it applies).
    /// - Complexity: O(*n*) in the length of the text.
    package static func parse(
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
    package static func parse(
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
    package static func read(
        text: String, file: String? = nil, delimiter: CSVDelimiter? = nil, allowsShortRows: Bool = true,
        _ body: (CSVRow) throws -> Void
    ) throws -> (header: CSVHeader, delimiter: CSVDelimiter, headerLine: Int) {
        var text = text
        return try text.withUTF8 { bytes in
            let start = try scanHeader(bytes, file: file, delimiter: delimiter)
            var scanner = start.scanner
            var fields: [String] = []
            while let line = try scanner.nextRecord(into: &fields) {
                try fit(&fields, to: start.header, line: line, file: file, allowsShortRows: allowsShortRows)
                try body(CSVRow(line: line, fields: fields, header: start.header))
            }
            return (start.header, start.delimiter, start.headerLine)
        }
    }

    /// Detects the delimiter of CSV text from its header record.
    /// - Parameter text: The text.
    /// - Returns: The delimiter that occurs most often outside quotes in the first non-blank record;
    ///   `,` when none occurs or on a tie with it, `;` on a tie between `;` and tab.
    /// - Complexity: O(*n*) in the length of the header record.
    package static func detectDelimiter(in text: String) -> CSVDelimiter {
        var text = text
        return text.withUTF8 { detectDelimiter($0) }
    }

    static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
        var counts: [CSVDelimiter: Int] = [:]
        var inQuotes = false
        var seenContent = false
        for byte in bytes {
            if byte == csvQuote {
                inQuotes.toggle()
            } else if !inQuotes, byte == csvLineFeed || byte == csvCarriageReturn {
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

    static func makeHeader(_ fields: [String], line: Int, file: String?) throws -> CSVHeader {
        var names = fields.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) }
        while names.last?.isEmpty == true { names.removeLast() }
        guard !names.isEmpty else {
            throw SocioLabError(
                .csvEmptyHeader,
                LocalizedText(
                    sl: "Vrstica z glavo nima imen stolpcev. Imena stolpcev vpišite v prvo vrstico.",
                    en: "The header line has no column names. Put the column names on the first line."),
                at: .init(file: file, line: line))
        }
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            if name.isEmpty {
                throw SocioLabError(
                    .csvEmptyHeader,
                    LocalizedText(
                        sl:
                            "Stolpec \(index + 1) v glavi nima imena. V prvi vrstici poimenujte vsak stolpec.",
                        en:
                            "Column \(index + 1) of the header has no name. Give every column a name in the first "
                            + "line."),
                    at: .init(file: file, line: line))
            }
            if !seen.insert(name).inserted {
                throw SocioLabError(
                    .csvDuplicateHeader,
                    LocalizedText(
                        sl: "Glava dvakrat navaja stolpec \"\(name)\" (znova v stolpcu \(index + 1)). Enega "
                            + "preimenujte ali odstranite.",
                        en: "The header names the column \"\(name)\" twice (again in column \(index + 1)). "
                            + "Rename or remove one of them."),
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
                    Self.extraFieldsText(
                        fieldCount: fields.count, expected: expected, extra: extra, value: fields[extra]),
                    at: .init(file: file, line: line))
            }
            fields.removeLast(fields.count - expected)
        } else if fields.count < expected {
            guard allowsShortRows else {
                throw SocioLabError(
                    .csvFieldCount,
                    LocalizedText(
                        sl:
                            "Ta vrstica ima \(CountedNoun.field.phrase(fields.count, in: .slovenian)), glava pa \(CountedNoun.columnObject.phrase(expected, in: .slovenian)); "
                            + "manjkajo \"\(columns.names[fields.count])\" in stolpci za njim. Dopolnite vrstico "
                            + "ali jo končajte s praznimi polji.",
                        en:
                            "This row has \(CountedNoun.field.phrase(fields.count, in: .english)) but the header has "
                            + "\(CountedNoun.column.phrase(expected, in: .english)); \"\(columns.names[fields.count])\" and the columns "
                            + "after it are missing. Complete the row, or end it with empty fields."),
                    at: .init(file: file, line: line, field: columns.names[fields.count]))
            }
            fields.append(contentsOf: repeatElement("", count: expected - fields.count))
        }
    }
}

extension CSVReader {
    /// Reads the header record of UTF-8 bytes with a scanner that the caller goes on with.
    /// - Parameters:
    ///   - bytes: The text.
    ///   - file: The file name to put in errors.
    ///   - delimiter: The delimiter; `nil` detects it.
    ///   - collectsControls: Whether the scanner collects the control characters of each record for the
    ///     caller (see ``CSVRecordScanner``); in the header they are an error either way.
    /// - Returns: The scanner, placed after the header record, with the header's names set; the header; the
    ///   delimiter used and the header's line.
    /// - Throws: `SocioLabError` with a `csv.*` code.
    static func scanHeader(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String?, delimiter: CSVDelimiter?,
        collectsControls: Bool = false
    ) throws -> (scanner: CSVRecordScanner, header: CSVHeader, delimiter: CSVDelimiter, headerLine: Int) {
        let hint = try separatorHint(bytes, file: file)
        let used = delimiter ?? hint?.delimiter ?? detectDelimiter(bytes)
        var scanner = CSVRecordScanner(
            bytes: bytes, delimiter: used.byte, file: file, offset: hint?.end, line: hint == nil ? 1 : 2,
            collectsControls: collectsControls)
        var fields: [String] = []
        guard let headerLine = try scanner.nextRecord(into: &fields) else {
            throw SocioLabError(
                .csvEmpty,
                LocalizedText(
                    sl:
                        "Datoteka CSV je prazna. Tabelo izvozite znova, s prvo vrstico z glavo (imeni stolpcev).",
                    en: "The CSV file is empty. Export the table again with its header line "
                        + "(the column names) as the first line."),
                // After Excel's `sep=;` line, the header was due on line 2.
                at: .init(file: file, line: hint == nil ? nil : 2))
        }
        if let control = scanner.controls.first {
            throw headerControlError(control.byte, line: headerLine, file: file)
        }
        let columns = try makeHeader(fields, line: headerLine, file: file)
        scanner.names = columns.names
        return (scanner, columns, used, headerLine)
    }

    /// The error for a control character in the header line: NUL means a binary file or UTF-16 text
    /// without a byte order mark.
    static func headerControlError(_ byte: UInt8, line: Int, file: String?) -> SocioLabError {
        if byte == 0 {
            return SocioLabError(
                .csvBinary,
                LocalizedText(
                    sl: "Vrstica z glavo vsebuje znake NUL, zato to ni datoteka CSV, ampak binarna datoteka "
                        + "(delovni zvezek .xlsx?) ali besedilo UTF-16 brez oznake BOM. Tabelo shranite kot "
                        + "\"CSV UTF-8\".",
                    en:
                        "The header line holds NUL characters, so this is a binary file (an .xlsx workbook?) or "
                        + "UTF-16 text without a byte order mark, not CSV. Save the table as \"CSV UTF-8\"."),
                at: .init(file: file, line: line))
        }
        return SocioLabError(
            .csvControlCharacter,
            LocalizedText(
                sl:
                    "Vrstica z glavo vsebuje krmilni znak \(controlName(byte)), imena stolpcev pa ga ne smejo. "
                    + "Odstranite ga in datoteko shranite znova.",
                en: "The header line holds the control character \(controlName(byte)); column names may not. "
                    + "Remove it and save the file again."),
            at: .init(file: file, line: line))
    }

    /// The message for a byte order mark after the start of the text.
    static let bomInMiddleText = LocalizedText(
        sl:
            "Znotraj besedila je oznaka vrstnega reda bajtov (U+FEFF), navadno tam, kjer sta bili združeni dve "
            + "datoteki. Odstranite jo ali datoteki združite brez teh oznak.",
        en: "A byte order mark (U+FEFF) appears inside the text, usually where two files were joined. "
            + "Remove it, or join the files without their byte order marks.")

    /// `U+0001`, or `U+0000 (NUL)`, for a control character in messages.
    static func controlName(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: 4 - hex.count) + hex + (byte == 0 ? " (NUL)" : "")
    }

    /// The error for a row with more non-empty fields than the header has columns.
    static func extraFieldsError(
        fieldCount: Int, expected: Int, extra: Int, value: String, line: Int, file: String?
    ) -> SocioLabError {
        SocioLabError(
            .csvFieldCount,
            extraFieldsText(fieldCount: fieldCount, expected: expected, extra: extra, value: value),
            at: .init(file: file, line: line))
    }

    /// The message for a row with more non-empty fields than the header has columns.
    static func extraFieldsText(fieldCount: Int, expected: Int, extra: Int, value: some StringProtocol)
        -> LocalizedText
    {
        LocalizedText(
            sl:
                "Ta vrstica ima \(CountedNoun.field.phrase(fieldCount, in: .slovenian)), glava pa \(CountedNoun.columnObject.phrase(expected, in: .slovenian)); "
                + "polje \(extra + 1) vsebuje \"\(value.prefix(40))\". Vrednosti, ki vsebujejo ločilo, zapišite "
                + "v dvojnih narekovajih, ali odvečne vrednosti odstranite.",
            en:
                "This row has \(CountedNoun.field.phrase(fieldCount, in: .english)) but the header has \(CountedNoun.column.phrase(expected, in: .english)); "
                + "field \(extra + 1) holds \"\(value.prefix(40))\". Put values that contain "
                + "the delimiter in double quotes, or remove the extra values.")
    }
}
