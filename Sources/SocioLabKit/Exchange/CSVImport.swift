import Foundation

/// One CSV file to import: its name (for the table and for errors), its bytes and, optionally, its table.
public struct CSVSource: Hashable, Sendable {
    /// The file name or path as the user gave it; errors name it as given.
    public var name: String
    /// The file's bytes, in any ``CSVEncoding``.
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
    /// The plugins whose ``ActivityPlugin/detailFields`` `activities.csv` may carry as columns, and whose
    /// ``ActivityPlugin/participationRoles`` `participations.csv` may name; `nil` reads neither (detail
    /// columns are then unknown columns, and any lower-case role is kept for validation to judge).
    public var plugins: PluginRegistry? {
        didSet { takeColumnsAndRoles() }
    }
    /// The detail columns of ``plugins``.
    package private(set) var detailColumns = ActivityDetailColumns.none
    /// The roles ``plugins`` declare, or `nil` without plugins.
    package private(set) var pluginRoles: Set<ParticipationRole>?

    /// Creates options.
    /// - Parameters:
    ///   - encoding: The encoding, or `nil` to detect it.
    ///   - delimiter: The delimiter, or `nil` to detect it.
    ///   - operation: The operation to check partner, target-group and output codes against.
    ///   - plugins: The plugins whose detail columns and roles the files may use.
    public init(
        encoding: CSVEncoding? = nil, delimiter: CSVDelimiter? = nil, operation: ESFOperation? = nil,
        plugins: PluginRegistry? = nil
    ) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.operation = operation
        self.plugins = plugins
        takeColumnsAndRoles()
    }

    /// Takes ``detailColumns`` and ``pluginRoles`` from ``plugins`` once, not per row.
    private mutating func takeColumnsAndRoles() {
        detailColumns = plugins?.detailColumns ?? .none
        pluginRoles = plugins?.participationRoles
    }

    /// Options are equal when they read files alike: the same encoding, delimiter and operation, and
    /// plugins that declare the same detail columns and roles.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.encoding == rhs.encoding && lhs.delimiter == rhs.delimiter && lhs.operation == rhs.operation
            && lhs.detailColumns == rhs.detailColumns && lhs.pluginRoles == rhs.pluginRoles
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(encoding)
        hasher.combine(delimiter)
        hasher.combine(operation)
        hasher.combine(detailColumns)
        hasher.combine(pluginRoles)
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
    ///   - progress: Receives the ``Workspace/Progress/Phase/reading`` phase, counted in bytes of the
    ///     files; `nil` (the default) for none.
    /// - Returns: The records, ordered by entity kind.
    /// - Throws: ``ImportFailure`` with every error, in the order the files were given, then by line.
    /// - Complexity: O(*n*) in the total size of the files.
    public static func read(
        _ sources: [CSVSource], options: CSVImportOptions = CSVImportOptions(),
        progress: Workspace.ProgressHandler? = nil
    ) throws(ImportFailure) -> ImportBatch {
        try read(sources, options: options, partCount: nil, progress: ProgressReporter(progress))
    }

    /// Reads CSV files, each in `partCount` parts (`nil`: as many as suit its size and the cores).
    static func read(
        _ sources: [CSVSource], options: CSVImportOptions, partCount: Int?, progress: ProgressReporter? = nil
    ) throws(ImportFailure) -> ImportBatch {
        progress?.begin(.reading, total: sources.reduce(0) { $0 + $1.data.count })
        defer { progress?.finish() }
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
                        LocalizedText(
                            sl:
                                "Iz imena datoteke ni razvidno, katera tabela je to. Datoteko poimenujte kot eno "
                                + "od \(names) ali tabelo navedite izrecno (--entity).",
                            en:
                                "The file name does not say which table this is. Name the file as one of \(names), "
                                + "or give the table explicitly."),
                        at: .init(file: source.name)))
            }
        }
        resolved.sort {
            ($0.table, sources[$0.index].name, $0.index) < ($1.table, sources[$1.index].name, $1.index)
        }

        var context = ImportContext(sourceNames: sources.map(\.name), operation: options.operation)
        context.pluginRoles = options.pluginRoles
        var files: [FileRead] = []
        for (index, table) in resolved {
            files.append(
                CSVFileRead.read(
                    sources[index], index: index, table: table, options: options, context: context))
            progress?.advance(by: sources[index].data.count)
        }
        let duplicates = duplicateErrors(in: files, context: context)
        var warnings: [SocioLabError] = []
        var skipped: [EntityReference: SocioLabError.Location] = [:]
        var segments: [ImportBatch.Segment] = []
        for (position, file) in files.enumerated() {
            errorsBySource[file.source] += merge(
                file.errors, duplicates[position].map { $0.namingColumns(file.columnNames) })
            warnings += file.warnings
            for part in file.parts {
                for (kind, (records, lines)) in zip(file.kinds, zip(part.records, part.recordLines)) {
                    segments.append(
                        .init(
                            kind: kind, records: records, absentColumns: file.absentMask, file: file.name,
                            lines: lines, columnNames: file.columnNames))
                }
                for (id, line) in zip(part.skippedIDs, part.skippedLines) {
                    let reference = EntityReference(file.table.kind, id)
                    if skipped[reference] == nil {
                        skipped[reference] = .init(file: file.name, line: Int(line), field: "id")
                    }
                }
            }
        }
        let errors = errorsBySource.flatMap { $0 }
        guard errors.isEmpty else {
            var failure = ImportFailure(errors: errors)
            failure.warnings = warnings
            failure.partial = ImportBatch(segments: segments).removingRepeatedIDs()
            failure.skipped = skipped
            throw failure
        }
        var batch = ImportBatch(segments: segments)
        batch.warnings = warnings
        return batch
    }

    /// The `import.duplicate-id` errors of each file (in `files` order), each in line order: an id used by
    /// an earlier row of the same table, in this file or an earlier one.
    ///
    /// The ids were hashed while the files were read (in parallel); here each goes once into an
    /// open-addressing table sized for all ids of its table, and strings are compared only when hashes
    /// are equal.
    /// - Complexity: O(*n*) in the number of rows.
    private static func duplicateErrors(in files: [FileRead], context: ImportContext) -> [[SocioLabError]] {
        var result = [[SocioLabError]](repeating: [], count: files.count)
        var start = 0
        while start < files.count {
            var end = start
            while end < files.count, files[end].table == files[start].table { end += 1 }
            // Every part of the table's files, in import order: (file position, part index).
            let parts = (start..<end).flatMap { position in
                files[position].parts.indices.map { (position, $0) }
            }
            let total = parts.reduce(0) { $0 + files[$1.0].parts[$1.1].ids.count }
            var table = IDTable(capacity: total)
            for (number, (position, partIndex)) in parts.enumerated() {
                let part = files[position].parts[partIndex]
                for index in part.ids.indices {
                    let found = table.insert(
                        hash: part.idHashes[index], part: Int32(number), index: Int32(index)
                    ) {
                        earlierPart, earlierIndex in
                        let (earlierPosition, earlierPartIndex) = parts[Int(earlierPart)]
                        return files[earlierPosition].parts[earlierPartIndex].ids[Int(earlierIndex)]
                            == part.ids[index]
                    }
                    guard let (earlierPart, earlierIndex) = found else { continue }
                    let (earlierPosition, earlierPartIndex) = parts[Int(earlierPart)]
                    let earlierLine = files[earlierPosition].parts[earlierPartIndex].idLines[
                        Int(earlierIndex)]
                    let place =
                        earlierPosition == position
                        ? LocalizedText(sl: "v vrstici \(earlierLine)", en: "on line \(earlierLine)")
                        : LocalizedText(
                            sl: "v vrstici \(earlierLine) datoteke \(files[earlierPosition].name)",
                            en: "on line \(earlierLine) of \(files[earlierPosition].name)")
                    result[position].append(
                        SocioLabError(
                            .importDuplicateID,
                            LocalizedText(
                                sl:
                                    "Oznaka (id) '\(part.ids[index])' je že uporabljena \(place.sl). Vsaki vrstici "
                                    + "dajte svojo oznako ali eno od vrstic odstranite.",
                                en:
                                    "The id '\(part.ids[index])' is already used \(place.en). Give every row its own "
                                    + "id, or remove one of the rows."),
                            at: .init(file: files[position].name, line: Int(part.idLines[index]), field: "id")
                        ))
                }
            }
            start = end
        }
        return result
    }

    /// Two lists of errors in line order merged into one; on the same line, `first`'s errors come first
    /// (the id is a row's first cell).
    private static func merge(_ errors: [SocioLabError], _ first: [SocioLabError]) -> [SocioLabError] {
        guard !first.isEmpty else { return errors }
        var merged: [SocioLabError] = []
        merged.reserveCapacity(errors.count + first.count)
        var index = 0
        for error in errors {
            while index < first.count, (first[index].location.line ?? 0) <= (error.location.line ?? 0) {
                merged.append(first[index])
                index += 1
            }
            merged.append(error)
        }
        merged += first[index...]
        return merged
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
}
