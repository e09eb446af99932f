import Foundation

/// A file produced by an export: its name and its bytes. Writing it is the caller's job.
public struct ExportedFile: Hashable, Sendable {
    /// The file name, such as `"persons.csv"` or `"dataset.json"`.
    public var name: String
    /// The file's bytes.
    public var data: Data

    /// Creates an exported file.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// Writes a dataset as the CSV files of the exchange contract, one per table (see
/// `Documentation/DataFormats.md`).
///
/// ```swift
/// for file in try CSVExport.files(for: dataset, writer: excel ? .excel : CSVWriter()) {
///     try file.data.write(to: directory.appending(path: file.name))
/// }
/// ```
///
/// Rows are sorted by id; dates are ISO (`2019-10-03`), quantities use a `.` (`1.5`), Booleans are `yes`
/// and `no`, lists are joined with `;` and activity details are compact JSON with sorted keys. Every cell
/// is protected the way ``CSVWriter`` describes, so a value that could run as a formula gets a leading
/// apostrophe and numbers and dates are never touched; ``CSVImport`` undoes it exactly. The writer's own
/// ``CSVWriter/formulaProtection`` is not used (it would protect twice). `persons.csv` joins each person's
/// statistics with their personal details; details whose person does not exist are not written.
///
/// An export never writes a character the CSV import cannot read back: a value that holds a control
/// character other than tab, line feed and carriage return (U+0000 … U+001F), a byte order mark (U+FEFF)
/// or a replacement character (U+FFFD) is **refused**, not escaped, because an escape would come back from
/// the import as different text. The error names the file, line, column and entity. The JSON dataset
/// document carries U+FEFF and U+FFFD exactly; a control character is refused by every way in since rule
/// `core.stored-value`, so only a store written before it, or a ``Dataset`` an embedder builds, holds one.
public enum CSVExport {
    /// The files of the dataset, in table order, each with a header even when it has no rows; the finance
    /// tables (``EntityKind/isFinance``) only when they hold rows, so that a dataset without finance exports
    /// the same ten files as before they existed (`sociolab templates` writes every table).
    /// - Parameters:
    ///   - dataset: The dataset.
    ///   - writer: The delimiter, line ending and byte order mark (``CSVWriter/excel`` for Excel).
    ///   - plugins: The plugins whose ``ActivityPlugin/detailFields`` `activities.csv` writes as columns
    ///     after its core columns (in registration order, then field order), with the `details` cell keeping
    ///     only the rest; the columns do not depend on the data. `nil` writes every detail in the `details`
    ///     cell, the layout of exports before detail columns existed.
    ///   - progress: Receives the ``Workspace/Progress/Phase/exporting`` phase, counted in tables; `nil`
    ///     (the default) for none.
    /// - Returns: One file per ``ExchangeTable`` (but empty finance tables), named ``ExchangeTable/fileName``.
    /// - Throws: ``SocioLabError/Code/exportUnwritableCharacter`` for the first value (in table and row order)
    ///   that CSV cannot carry, saying how many more there are; nothing is returned then.
    /// - Complexity: O(*n* log *n*) in the number of entities (rows are sorted by id).
    public static func files(
        for dataset: Dataset, writer: CSVWriter = CSVWriter(), plugins: PluginRegistry? = nil,
        progress: Workspace.ProgressHandler? = nil
    ) throws(SocioLabError) -> [ExportedFile] {
        let reporter = ProgressReporter(progress, interval: .zero)
        reporter?.begin(.exporting, total: ExchangeTable.allCases.count)
        defer { reporter?.finish() }
        let details = plugins?.detailColumns ?? .none
        // The tables are independent, so each is built on its own core (participations, the largest, on
        // one while the others share the rest); the first unwritable value is still the first in table order.
        let tables = ExchangeTable.allCases.filter { !$0.kind.isFinance || dataset.count(of: $0.kind) > 0 }
        let built = ParallelResults<TableBytes>(count: tables.count)
        ParallelJobs.run(
            tables.indices.map { index in
                {
                    var problems = UnwritableCells()
                    let file = build(
                        tables[index], for: dataset, writer: writer, details: details, problems: &problems)
                    built.set(index, TableBytes(file: file, problems: problems))
                    reporter?.advance(by: 1)
                }
            })
        let results = built.values
        var problems = UnwritableCells()
        for result in results { problems.absorb(result.problems) }
        if let error = problems.error { throw error }
        return results.map(\.file)
    }

    /// One table's file and the unwritable values found in it.
    private struct TableBytes: Sendable {
        let file: ExportedFile
        let problems: UnwritableCells
    }

    /// One table of the dataset as a CSV file.
    /// - Parameters:
    ///   - table: The table.
    ///   - dataset: The dataset.
    ///   - writer: The delimiter, line ending and byte order mark.
    ///   - plugins: The plugins whose detail fields `activities.csv` writes as columns (see
    ///     ``files(for:writer:plugins:)``); `nil` keeps every detail in the `details` cell.
    /// - Returns: The file, named ``ExchangeTable/fileName``.
    /// - Throws: ``SocioLabError/Code/exportUnwritableCharacter`` for the first value of the table that CSV
    ///   cannot carry, saying how many more there are.
    /// - Complexity: O(*n* log *n*) in the number of the table's entities.
    public static func file(
        _ table: ExchangeTable, for dataset: Dataset, writer: CSVWriter = CSVWriter(),
        plugins: PluginRegistry? = nil
    ) throws(SocioLabError) -> ExportedFile {
        var problems = UnwritableCells()
        let details = plugins?.detailColumns ?? .none
        let file = build(table, for: dataset, writer: writer, details: details, problems: &problems)
        if let error = problems.error { throw error }
        return file
    }

    /// Whether a CSV file may hold this text: no control character but tab, line feed and carriage
    /// return, no U+FEFF and no U+FFFD (the CSV reader refuses each of them).
    /// - Parameter text: A cell's value.
    /// - Returns: `false` when the CSV import could not read the value back.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    public static func canWrite(_ text: String) -> Bool {
        firstUnwritable(in: text) == nil
    }

    /// One table's bytes; cells CSV cannot carry are counted in `problems` (the bytes are then not used).
    private static func build(
        _ table: ExchangeTable, for dataset: Dataset, writer: CSVWriter, details: ActivityDetailColumns,
        problems: inout UnwritableCells
    ) -> ExportedFile {
        let withDetails = table == .activities && !details.names.isEmpty
        let header = withDetails ? table.columns + details.names : table.columns
        var bytes: [UInt8] = writer.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        writer.appendRecord(header, to: &bytes, protectFormulas: false)
        func write(_ cells: [String]) {
            var protects = false
            for (column, cell) in cells.enumerated() {
                protects = protects || CellText.needsApostrophe(cell)
                guard let scalar = firstUnwritable(in: cell) else { continue }
                problems.note(scalar, table: table, column: header[column], id: cells[0], bytesBefore: bytes)
            }
            // Most rows need no protection: they are written as they are, without a copy of the row.
            writer.appendRecord(
                protects ? cells.map(CellText.protect) : cells, to: &bytes, protectFormulas: false)
        }
        if withDetails {
            for activity in dataset.activities.sortedByID {
                var reduced = activity
                let split = details.split(activity)
                reduced.details = split.details
                var cells = ExchangeLayouts.activities.cells(of: reduced)
                if split.details == .emptyObject, activity.details != .emptyObject,
                    let index = table.columns.firstIndex(of: "details")
                {
                    cells[index] = ""
                }
                write(cells + split.cells)
            }
        } else {
            forEachRow(table, of: dataset, write)
        }
        return ExportedFile(name: table.fileName, data: Data(bytes))
    }

    /// The first scalar of `text` that a CSV file cannot carry, if any; a scan of bytes that copies nothing.
    static func firstUnwritable(in text: String) -> Unicode.Scalar? {
        let found =
            text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var i = 0
                let count = bytes.count
                while i < count {
                    let byte = bytes[i]
                    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                    if byte == 0xEF, i + 2 < count,
                        bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF
                            || bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD
                    {
                        return true
                    }
                    i += 1
                }
                return false
            } ?? true
        guard found else { return nil }
        return text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x00...0x1F, 0xFEFF, 0xFFFD: true
            default: false
            }
        }
    }

    /// The cells an export found that CSV cannot carry: the first one's character and place, and how many
    /// there are.
    private struct UnwritableCells: Sendable {
        private var first: (scalar: Unicode.Scalar, location: SocioLabError.Location)?
        private var count = 0

        /// Adds the values another table's build found, after this one's.
        mutating func absorb(_ other: Self) {
            count += other.count
            if first == nil { first = other.first }
        }

        mutating func note(
            _ scalar: Unicode.Scalar, table: ExchangeTable, column: String, id: String, bytesBefore: [UInt8]
        ) {
            count += 1
            guard first == nil else { return }
            // The line the row starts on, as the CSV reader would count it.
            let line = bytesBefore.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            first = (
                scalar,
                .init(
                    file: table.fileName, line: line, field: column,
                    entity: EntityReference(table.kind, id).description)
            )
        }

        /// The error for the first cell, or `nil` when every cell can be written.
        var error: SocioLabError? {
            guard let first else { return nil }
            let hex = String(first.scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let name = Self.names[first.scalar.value].map { " (\($0))" } ?? ""
            let slovenianName = Self.slovenianNames[first.scalar.value].map { " (\($0))" } ?? ""
            var en =
                "The value holds \(code)\(name), which a CSV file cannot carry (the CSV import refuses it), "
                + "so nothing was exported."
            var sl =
                "Vrednost vsebuje znak \(code)\(slovenianName), ki ga datoteka CSV ne more zapisati (uvoz CSV "
                + "ga zavrne), zato ni bilo nič izvoženo."
            if count > 1 {
                en += " \(count - 1) more value(s) hold such characters."
                sl += " Takih znakov je še v \(count - 1) drugih vrednostih."
            }
            en += " Correct the value and export again."
            sl += " Popravite vrednost in izvozite znova."
            if first.scalar.value > 0x1F {
                en += " The JSON dataset document (export --format json) carries this character exactly."
                sl += " Dokument JSON (export --format json) ta znak zapiše natančno."
            }
            return SocioLabError(
                .exportUnwritableCharacter, LocalizedText(sl: sl, en: en), at: first.location)
        }

        private static let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
            0x1B: "ESC", 0x7F: "DEL", 0xFEFF: "byte order mark", 0xFFFD: "replacement character",
        ]

        private static let slovenianNames: [UInt32: String] = [
            0x00: "NUL", 0x07: "BEL", 0x08: "vračalka", 0x0B: "navpični tabulator", 0x0C: "pomik strani",
            0x1B: "ESC", 0x7F: "DEL", 0xFEFF: "oznaka vrstnega reda bajtov", 0xFFFD: "nadomestni znak",
        ]
    }

    /// Calls `body` with the cells of each row of a table, in id order (values before `CellText.protect(_:)`).
    static func forEachRow(_ table: ExchangeTable, of dataset: Dataset, _ body: ([String]) -> Void) {
        table.forEachRow(of: dataset, body)
    }
}

extension SocioLabError.Code {
    /// A value holds a character a CSV file cannot carry (a control character other than tab, line feed
    /// and carriage return, U+FEFF or U+FFFD), so a CSV export was refused.
    public static let exportUnwritableCharacter = Self(rawValue: "export.unwritable-character")
}
