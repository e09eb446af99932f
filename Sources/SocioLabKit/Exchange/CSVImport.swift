import Foundation

/// One CSV file to import: its name (for the table and for errors), its bytes and, optionally, its table.
public struct CSVSource: Hashable, Sendable {
    /// The file name or path as the user gave it; errors name it as given.
    public var name: String
    /// The file's bytes, in any encoding ``TextDecoding`` reads.
    public var data: Data
    /// The table, or `nil` to take it from ``name`` (see ``ExchangeTable/init(fileName:)``).
    public var table: ExchangeTable?

    /// Creates a source.
    /// - Parameters:
    ///   - name: The file name or path, as it should appear in errors.
    ///   - data: The bytes.
    ///   - table: The table, or `nil` to take it from the name.
    public init(name: String, data: Data, table: ExchangeTable? = nil) {
        self.name = name
        self.data = data
        self.table = table
    }
}

/// How CSV files are read.
public struct CSVImportOptions: Hashable, Sendable {
    /// The encoding of every file, or `nil` to detect each file's.
    public var encoding: CSVEncoding?
    /// The delimiter of every file, or `nil` to detect each file's from its header line.
    public var delimiter: CSVDelimiter?
    /// The operation whose partner ids, target groups and outputs cells must name; `nil` checks none of
    /// them here (validation still does).
    public var operation: ESFOperation?

    /// Creates options.
    /// - Parameters:
    ///   - encoding: The encoding, or `nil` to detect it.
    ///   - delimiter: The delimiter, or `nil` to detect it.
    ///   - operation: The operation to check partner, target-group and output codes against.
    public init(encoding: CSVEncoding? = nil, delimiter: CSVDelimiter? = nil, operation: ESFOperation? = nil)
    {
        self.encoding = encoding
        self.delimiter = delimiter
        self.operation = operation
    }
}

/// Reads the CSV files of the exchange contract into records (see `Documentation/DataFormats.md`).
///
/// ```swift
/// let sources = try paths.map { CSVSource(name: $0, data: try Data(contentsOf: URL(filePath: $0))) }
/// let batch = try CSVImport.read(sources, options: .init(operation: dataset.operation))
/// let changes = ImportPlanner.changes(for: batch, against: dataset)
/// ```
///
/// All files of one call form one batch. The files are processed in table order and then by name, so the
/// order they are given in does not change the result. Every error is collected — file-level errors from
/// the CSV codec (not CSV, bad encoding, unterminated quote …) and one error per bad cell — and thrown
/// together as an ``ImportFailure``.
public enum CSVImport {
    /// Reads CSV files into one batch of records.
    /// - Parameters:
    ///   - sources: The files.
    ///   - options: Encoding, delimiter and the operation to check codes against.
    /// - Returns: The records, ordered by entity kind.
    /// - Throws: ``ImportFailure`` with every error, in the order the files were given, then by line.
    /// - Complexity: O(*n*) in the total size of the files.
    public static func read(_ sources: [CSVSource], options: CSVImportOptions = CSVImportOptions())
        throws(ImportFailure) -> ImportBatch
    {
        var errorsBySource = [[SocioLabError]](repeating: [], count: sources.count)
        var resolved: [(index: Int, table: ExchangeTable)] = []
        for (index, source) in sources.enumerated() {
            if let table = source.table ?? ExchangeTable(fileName: source.name) {
                resolved.append((index, table))
            } else {
                let names = ExchangeTable.allCases.map(\.fileName).joined(separator: ", ")
                errorsBySource[index].append(
                    SocioLabError(
                        .importUnknownTable,
                        "The file name does not say which table this is. Name the file as one of \(names), "
                            + "or give the table explicitly.",
                        at: .init(file: source.name)))
            }
        }
        resolved.sort {
            ($0.table, sources[$0.index].name, $0.index) < ($1.table, sources[$1.index].name, $1.index)
        }

        var state = ImportState(sourceNames: sources.map(\.name), operation: options.operation)
        for (index, table) in resolved {
            state.errors = []
            read(sources[index], index: index, table: table, options: options, state: &state)
            errorsBySource[index] += state.errors
        }
        let errors = errorsBySource.flatMap { $0 }
        guard errors.isEmpty else { throw ImportFailure(errors: errors) }
        return ImportBatch(records: concatenate(&state.buckets), absentColumns: concatenate(&state.masks))
    }

    /// The arrays one after the other, reusing the storage of the first non-empty one (no copy when only
    /// one table was imported).
    private static func concatenate<T>(_ arrays: inout [[T]]) -> [T] {
        guard let first = arrays.firstIndex(where: { !$0.isEmpty }) else { return [] }
        var result: [T] = []
        swap(&result, &arrays[first])
        for index in arrays.indices where index > first && !arrays[index].isEmpty {
            result.append(contentsOf: arrays[index])
            arrays[index] = []
        }
        return result
    }

    /// Reads one CSV file into records.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The file name, for the table and for errors.
    ///   - table: The table, or `nil` to take it from `file`.
    ///   - options: Encoding, delimiter and the operation to check codes against.
    /// - Returns: The records, ordered by entity kind.
    /// - Throws: ``ImportFailure`` with every error.
    /// - Complexity: O(*n*) in the size of the file.
    public static func read(
        _ data: Data, file: String, table: ExchangeTable? = nil,
        options: CSVImportOptions = CSVImportOptions()
    ) throws(ImportFailure) -> ImportBatch {
        try read([CSVSource(name: file, data: data, table: table)], options: options)
    }

    private struct StopReading: Error {}

    /// The number of line feeds (or, without any, carriage returns): about the number of rows.
    private static func lineCount(_ data: Data) -> Int {
        data.withUnsafeBytes { raw in
            var feeds = 0
            var returns = 0
            for byte in raw {
                if byte == 0x0A { feeds += 1 } else if byte == 0x0D { returns += 1 }
            }
            return feeds > 0 ? feeds : returns
        }
    }

    /// The line of the first non-blank record (the header), counted as the CSV reader counts lines.
    private static func firstRecordLine(_ text: String) -> Int {
        var line = 1
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars.drop(while: { $0 == "\u{FEFF}" }) {
            if scalar == "\n" {
                if previous != "\r" { line += 1 }
            } else if scalar == "\r" {
                line += 1
            } else {
                return line
            }
            previous = scalar
        }
        return line
    }

    private static func read(
        _ source: CSVSource, index: Int, table: ExchangeTable, options: CSVImportOptions,
        state: inout ImportState
    ) {
        let text: String
        do {
            text = try TextDecoding.decode(source.data, encoding: options.encoding, file: source.name)
        } catch let error as SocioLabError {
            state.errors.append(error)
            return
        } catch {
            state.errors.append(SocioLabError(.invalidValue, "\(error)", at: .init(file: source.name)))
            return
        }
        var reader: CSVRowReader?
        let headerLine = firstRecordLine(text)
        do {
            let (header, _, _) = try CSVReader.read(
                text: text, file: source.name, delimiter: options.delimiter
            ) { row in
                if reader == nil {
                    reader = CSVRowReader(
                        table: table, header: row.header, headerLine: headerLine, source: index, state: state)
                    guard reader!.headerIsUsable else {
                        state = reader!.state
                        throw StopReading()
                    }
                    state = ImportState(moved: ())
                    reader!.reserve(rows: lineCount(source.data))
                }
                reader!.begin(row)
                reader!.readRow()
            }
            if reader == nil {
                // A file with a header and no rows: check the header all the same.
                let empty = CSVRowReader(
                    table: table, header: header, headerLine: headerLine, source: index, state: state)
                state = empty.state
                return
            }
        } catch is StopReading {
            return
        } catch let error as SocioLabError {
            if let reader { state = reader.state }
            state.errors.append(error)
            return
        } catch {
            if let reader { state = reader.state }
            state.errors.append(SocioLabError(.invalidValue, "\(error)", at: .init(file: source.name)))
            return
        }
        state = reader!.state
    }
}

/// What an import has gathered so far: records by kind, the ids seen, and the current file's errors.
struct ImportState {
    var buckets: [[EntityRecord]]
    var masks: [[UInt64]]
    /// Per table, the id of each row read so far and where it was (source index, line).
    var seen: [[String: (source: Int32, line: Int32)]]
    var errors: [SocioLabError] = []
    let sourceNames: [String]
    let partnerIDs: Set<String>?
    let targetGroupIDs: Set<String>?
    let outputIDs: Set<String>?

    init(sourceNames: [String], operation: ESFOperation?) {
        buckets = Array(repeating: [], count: EntityKind.allCases.count)
        masks = Array(repeating: [], count: EntityKind.allCases.count)
        seen = Array(repeating: [:], count: ExchangeTable.allCases.count)
        self.sourceNames = sourceNames
        partnerIDs = operation.map { Set($0.partners.map(\.id.rawValue)) }
        targetGroupIDs = operation.map { Set($0.targetGroups.map(\.id.rawValue)) }
        outputIDs = operation.map { Set($0.outputs.map(\.id.rawValue)) }
    }

    /// An empty placeholder left behind while a reader holds the real state.
    init(moved: Void) {
        buckets = []
        masks = []
        seen = []
        sourceNames = []
        partnerIDs = nil
        targetGroupIDs = nil
        outputIDs = nil
    }
}
