import Foundation

/// Reads the cells of a CSV file's rows into entity values, collecting an error per bad cell.
///
/// The reader works on the records of a ``CSVRecordScanner`` — byte ranges of the text — and makes
/// strings only for values that are strings (ids, names); dates, numbers and fixed values are parsed from
/// the bytes. Cell readers return `nil` both for an empty cell and for a bad one; a bad one also records
/// an error and marks the row ``failed``. The ids of the rows are collected, not checked: the caller
/// checks them for duplicates across the whole import.
struct CSVRowReader {
    let map: CSVColumnMap
    let context: ImportContext
    let file: String
    var scanner: CSVRecordScanner

    /// The records read, one array per kind of ``CSVColumnMap/kinds``.
    var records: [[EntityRecord]]
    /// The line of each record's row, parallel to ``records``.
    var recordLines: [[Int32]]
    /// The id of each row that has one, and its line.
    var ids: [String] = []
    var idLines: [Int32] = []
    /// ``IDHash`` of each id.
    var idHashes: [UInt64] = []
    var errors: [SocioLabError] = []
    /// Findings that do not stop the import (a row short of optional trailing cells …).
    var warnings: [SocioLabError] = []
    /// The ids of rows skipped because of their errors, and their lines (rows without an id are not here).
    var skippedIDs: [String] = []
    var skippedLines: [Int32] = []

    private(set) var line = 0
    private(set) var failed = false
    /// The municipalities found so far, by a hash of the cell's bytes (``municipality(_:)``).
    var municipalities: [UInt64: (cell: [UInt8], code: Municipality.Code)] = [:]

    init(map: CSVColumnMap, context: ImportContext, file: String, scanner: CSVRecordScanner) {
        self.map = map
        self.context = context
        self.file = file
        self.scanner = scanner
        records = map.kinds.map { _ in [] }
        recordLines = map.kinds.map { _ in [] }
    }

    /// Makes room for about `rows` more records.
    mutating func reserve(rows: Int) {
        for index in records.indices { records[index].reserveCapacity(records[index].count + rows) }
        recordLines[0].reserveCapacity(recordLines[0].count + rows)
        ids.reserveCapacity(ids.count + rows)
        idLines.reserveCapacity(idLines.count + rows)
        idHashes.reserveCapacity(idHashes.count + rows)
    }

    /// Starts a row read by the scanner at `line`.
    mutating func begin(line: Int) {
        self.line = line
        failed = false
    }

    /// Adds a record read from the current row: `slot` 0 is the table's kind, 1 personal details.
    mutating func emit(_ record: EntityRecord, slot: Int = 0) {
        records[slot].append(record)
        recordLines[slot].append(Int32(truncatingIfNeeded: line))
    }

    /// Notes the current row as skipped when it failed: its id (if it has one) is kept, so that rows which
    /// refer to it can be told why it is missing instead of being reported as naming an unknown entity.
    mutating func noteSkipped() {
        guard failed, let last = idLines.last, last == Int32(truncatingIfNeeded: line) else { return }
        skippedIDs.append(ids[ids.count - 1])
        skippedLines.append(last)
    }

    // MARK: Errors

    /// Records an error about a cell of the current row, and marks the row failed.
    mutating func fail(_ column: ExchangeColumn, _ code: SocioLabError.Code, _ message: LocalizedText) {
        fail(SocioLabError(code, message, at: location(column)))
    }

    /// Records an error with an English message alone about a cell of the current row (prefer the
    /// ``LocalizedText`` form: a message a user sees exists in Slovenian too).
    mutating func fail(_ column: ExchangeColumn, _ code: SocioLabError.Code, _ message: String) {
        fail(SocioLabError(code, message, at: location(column)))
    }

    /// Records an error about the current row, and marks the row failed.
    mutating func fail(_ error: SocioLabError) {
        failed = true
        errors.append(diagnosingSpreadsheetDamage(error))
    }

    /// Where a cell of the current row is.
    func location(_ column: ExchangeColumn) -> SocioLabError.Location {
        .init(file: file, line: line, field: column.name)
    }

    /// Reports each cell of the current row that holds a control character other than tab, line feed and
    /// carriage return (``CSVRecordScanner/controls``), in a column the table reads.
    mutating func refuseControlCharacters() {
        for control in scanner.controls {
            guard let column = map.positions.firstIndex(of: control.field) else { continue }
            let name = map.table.columns[column]
            fail(
                SocioLabError(
                    .csvControlCharacter,
                    LocalizedText(
                        sl:
                            "Celica \(name) vsebuje krmilni znak \(CSVReader.controlName(control.byte)), ki ga "
                            + "nobena vrednost ne sme vsebovati (dovoljena sta le tabulator in prelom vrstice). "
                            + "Odstranite ga iz celice.",
                        en:
                            "The \(name) cell holds the control character \(CSVReader.controlName(control.byte)), "
                            + "which no value may hold (only tab and line breaks may). Remove it from the cell."
                    ),
                    at: .init(file: file, line: line, field: name)))
        }
    }

    // MARK: Raw cells

    /// Whether the file has the column.
    func has(_ column: ExchangeColumn) -> Bool { map.positions[column.index] >= 0 }

    /// The cell's bytes as written (none when the file lacks the column).
    @inline(__always)
    func raw(_ column: ExchangeColumn) -> UnsafeBufferPointer<UInt8> {
        let position = map.positions[column.index]
        return position < 0 ? UnsafeBufferPointer(start: nil, count: 0) : scanner.field(position)
    }

    /// A free-text cell, with formula protection undone; `nil` when empty. Spaces are kept.
    func text(_ column: ExchangeColumn) -> String? {
        let cell = raw(column)
        guard let first = cell.first else { return nil }
        let value = String(decoding: cell, as: UTF8.self)
        return first == Self.apostrophe ? CellText.unprotect(value) : value
    }

    /// Whether a code cell must go through ``code(_:)`` (an apostrophe to undo, or spaces to trim).
    @inline(__always)
    static func needsCleaning(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = cell[0]
        let last = cell[cell.count - 1]
        return first == apostrophe || first == 0x20 || first == 0x09 || first == 0xC2 || last == 0x20
            || last == 0x09 || last == 0xA0
    }

    /// The apostrophe that protects a cell from being read as a formula (``CellText/unprotect(_:)``).
    static let apostrophe = UInt8(ascii: "'")

    /// A code cell (an id, a date, a number, a choice), unprotected, trimmed and in Unicode Normalization
    /// Form C (as ``EntityID`` keeps identifiers); `nil` when empty.
    func code(_ column: ExchangeColumn) -> String? {
        let bytes = raw(column)
        guard !bytes.isEmpty else { return nil }
        var cell = String(decoding: bytes, as: UTF8.self)
        let ascii = IdentifierNormalization.isASCII(bytes)
        guard Self.needsCleaning(bytes) else { return ascii ? cell : IdentifierNormalization.nfc(cell) }
        if bytes[0] == Self.apostrophe { cell = CellText.unprotect(cell) }
        if let f = cell.utf8.first, let l = cell.utf8.last,
            f == 0x20 || f == 0x09 || f == 0xC2 || l == 0x20 || l == 0x09 || l == 0xA0
        {
            cell = cell.trimmingCharacters(in: .whitespaces)
        }
        guard !cell.isEmpty else { return nil }
        return ascii ? cell : IdentifierNormalization.nfc(cell)
    }

    /// Hands the bytes of a code cell (as ``code(_:)`` cleans it) to `parse`.
    /// - Returns: `nil` when the cell is empty, else what `parse` returns.
    @inline(__always)
    func withCode<R>(_ column: ExchangeColumn, _ parse: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        let bytes = raw(column)
        guard !bytes.isEmpty else { return nil }
        guard Self.needsCleaning(bytes) else { return parse(bytes) }
        guard var cell = code(column) else { return nil }
        return cell.withUTF8(parse)
    }

    /// A required free-text cell.
    mutating func requiredText(_ column: ExchangeColumn) -> String? {
        if let value = text(column) { return value }
        missingValue(column)
        return nil
    }

    /// A required code cell.
    mutating func requiredCode(_ column: ExchangeColumn) -> String? {
        if let value = code(column) { return value }
        missingValue(column)
        return nil
    }

    /// Whether a code cell is empty once cleaned as ``code(_:)`` cleans it.
    func isBlank(_ column: ExchangeColumn) -> Bool {
        withCode(column, { _ in true }) == nil
    }

    /// Reports an empty cell in a column every row must fill.
    mutating func missingValue(_ column: ExchangeColumn) {
        fail(
            column, .importMissingValue,
            LocalizedText(
                sl:
                    "Celica \(column.name) je prazna, vsaka vrstica pa jo mora imeti izpolnjeno. Vpišite vrednost.",
                en: "The \(column.name) cell is empty; every row needs a value there. Fill it in."))
    }

    // MARK: Identifiers

    /// The row's `id`, which must be present; it is collected for the duplicate check.
    mutating func id(_ column: ExchangeColumn) -> String? {
        guard let id = requiredCode(column) else { return nil }
        ids.append(id)
        idLines.append(Int32(truncatingIfNeeded: line))
        idHashes.append(IDHash.of(id))
        return id
    }
}
