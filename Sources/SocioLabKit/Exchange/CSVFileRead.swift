import Foundation

/// What reading one CSV file of an import gave: its records in parts, the ids of its rows, its errors.
struct FileRead: Sendable {
    let source: Int
    let name: String
    let table: ExchangeTable
    var kinds: [EntityKind] = []
    var absentMask: UInt64 = 0
    /// The parts of the file, in file order.
    var parts: [CSVPartRead] = []
    /// The file's errors in line order (without duplicate ids, which are checked across files).
    var errors: [SocioLabError] = []
    /// The file's warnings in line order (ignored columns first, from the header).
    var warnings: [SocioLabError] = []
    /// The columns the file names in Slovenian, by their English name: its errors use the file's names.
    var columnNames: [String: String] = [:]
}

/// What reading one part of a CSV file gave.
struct CSVPartRead: Sendable {
    /// One array per kind of the table (``CSVColumnMap/kinds``).
    var records: [[EntityRecord]] = []
    /// The line of each record's row, parallel to ``records``.
    var recordLines: [[Int32]] = []
    var ids: [String] = []
    var idLines: [Int32] = []
    var idHashes: [UInt64] = []
    var errors: [SocioLabError] = []
    var warnings: [SocioLabError] = []
    /// The ids of the rows skipped because of their errors, and their lines.
    var skippedIDs: [String] = []
    var skippedLines: [Int32] = []
    /// Whether a CSV error (an unterminated quote …) ended the reading of the file here.
    var stopped = false
    /// Where the part's first record starts (after blank lines), and its line.
    var firstOffset: Int
    var firstLine: Int
    /// Where the reading ended (the start of the next part's first record when the parts fit), and its line.
    var endOffset = 0
    var endLine = 0

    /// Adds `delta` to every line the part names.
    mutating func shiftLines(by delta: Int) {
        guard delta != 0 else { return }
        for index in errors.indices {
            if let line = errors[index].location.line { errors[index].location.line = line + delta }
        }
        for index in warnings.indices {
            if let line = warnings[index].location.line { warnings[index].location.line = line + delta }
        }
        let shift = Int32(truncatingIfNeeded: delta)
        for index in idLines.indices { idLines[index] &+= shift }
        for index in skippedLines.indices { skippedLines[index] &+= shift }
        for kind in recordLines.indices {
            for index in recordLines[kind].indices { recordLines[kind][index] &+= shift }
        }
        firstLine += delta
        endLine += delta
    }
}

/// Reads one CSV file of an import, in parallel parts when it is large.
///
/// The text after the header is cut into parts at line feeds, and the parts are read at the same time,
/// each as if it started at a record. That guess is checked afterwards, in file order: a part is kept
/// when the part before it ended exactly where it starts, and its lines are shifted to the file's lines;
/// otherwise (the cut fell inside a quoted field that holds a line break, or after a stray quote) the
/// part is read again from where the part before it really ended. So the records, the errors and their
/// lines are exactly those of reading the file from start to end, and a CSV error that stops the reading
/// (an unterminated quote …) drops the parts after it.
enum CSVFileRead {
    /// Parts are at least this long (256 KiB); a smaller file is read in one part, on the calling thread.
    static let minimumPartByteCount = 1 << 18

    /// Reads one file into records, ids and errors.
    /// - Complexity: O(*n*) in the size of the file, spread over the processor's cores.
    static func read(
        _ source: CSVSource, index: Int, table: ExchangeTable, options: CSVImportOptions,
        context: ImportContext, partCount: Int? = nil
    ) -> FileRead {
        var file = FileRead(source: index, name: source.name, table: table)
        do {
            try TextDecoding.withUTF8Text(
                source.data, encoding: options.encoding, file: source.name, allowsNUL: true
            ) { bytes in
                let (scanner, header, _, headerLine) = try CSVReader.scanHeader(
                    bytes, file: source.name, delimiter: options.delimiter, collectsControls: true)
                let map = CSVColumnMap(
                    table: table, header: header, headerLine: headerLine, file: source.name,
                    detailColumns: table == .activities ? options.detailColumns : .none)
                file.kinds = map.kinds
                file.columnNames = map.writtenNames(in: header)
                file.absentMask = map.absentMask
                file.errors += map.headerErrors
                file.warnings += map.warnings
                if map.stopsReading { return }
                file.parts = readParts(
                    SharedBytes(bytes), after: scanner, map: map, context: context, file: source.name,
                    header: header, partCount: partCount)
            }
        } catch let error as SocioLabError {
            file.errors.append(error)
        } catch {
            file.errors.append(SocioLabError(.invalidValue, "\(error)", at: .init(file: source.name)))
        }
        for index in file.parts.indices {
            file.errors += file.parts[index].errors
            file.parts[index].errors = []
            file.warnings += file.parts[index].warnings
            file.parts[index].warnings = []
        }
        if !file.columnNames.isEmpty {
            file.errors = file.errors.map { $0.namingColumns(file.columnNames) }
            file.warnings = file.warnings.map { $0.namingColumns(file.columnNames) }
        }
        return file
    }

    private static func readParts(
        _ shared: SharedBytes, after header: CSVRecordScanner, map: CSVColumnMap, context: ImportContext,
        file: String, header columns: CSVHeader, partCount: Int?
    ) -> [CSVPartRead] {
        let bytes = shared.bytes
        let start = header.offset
        let delimiter = header.delimiter
        let remaining = bytes.count - start
        let count = max(
            1,
            partCount
                ?? min(ProcessInfo.processInfo.activeProcessorCount * 4, remaining / minimumPartByteCount))
        @Sendable func part(_ from: Int, line: Int, before limit: Int) -> CSVPartRead {
            readPart(
                shared, from: from, line: line, before: limit, delimiter: delimiter, map: map,
                context: context, file: file, header: columns)
        }
        guard count > 1 else { return [part(start, line: header.line, before: bytes.count)] }

        var bounds = [start]
        for index in 1..<count {
            var cut = max(bounds[index - 1], start + remaining / count * index)
            while cut < bytes.count, bytes[cut] != csvLineFeed { cut += 1 }
            bounds.append(min(bytes.count, cut + 1))
        }
        bounds.append(bytes.count)
        let cuts = bounds
        let results = ParallelResults<CSVPartRead>(count: count)
        let firstLine = header.line
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, part(cuts[index], line: index == 0 ? firstLine : 1, before: cuts[index + 1]))
        }
        var parts = results.values
        var index = 1
        while index < parts.count {
            let previous = parts[index - 1]
            if previous.stopped {
                parts.removeSubrange(index...)
                break
            }
            if previous.endOffset == parts[index].firstOffset {
                parts[index].shiftLines(by: previous.endLine - parts[index].firstLine)
            } else {
                parts[index] = part(previous.endOffset, line: previous.endLine, before: cuts[index + 1])
            }
            index += 1
        }
        return parts
    }

    /// Reads the records that start in `from..<limit` (the last may run past `limit`).
    private static func readPart(
        _ shared: SharedBytes, from start: Int, line: Int, before limit: Int, delimiter: UInt8,
        map: CSVColumnMap, context: ImportContext, file: String, header: CSVHeader
    ) -> CSVPartRead {
        let bytes = shared.bytes
        var scanner = CSVRecordScanner(
            bytes: bytes, delimiter: delimiter, file: file, offset: start, line: line, collectsControls: true)
        scanner.names = header.names
        scanner.skipBlankLines()
        var part = CSVPartRead(firstOffset: scanner.offset, firstLine: scanner.line)
        var reader = CSVRowReader(map: map, context: context, file: file, scanner: scanner)
        reader.reserve(rows: estimatedRows(bytes, from: part.firstOffset, to: limit))
        let columns = header.count
        while true {
            do {
                while let line = try reader.scanner.nextRecord(before: limit) {
                    // A row of another length is fitted (or skipped) off the hot path.
                    if reader.scanner.spans.count != columns, !reader.fitRecord(columns: columns, line: line)
                    {
                        continue
                    }
                    reader.begin(line: line)
                    reader.refuseControlCharacters()
                    reader.readRow()
                    if reader.failed { reader.noteSkipped() }
                }
            } catch let error as SocioLabError {
                reader.errors.append(error)
                // Text after a closing quote spoils one line only: the reading goes on at the next line.
                if error.code == .csvTextAfterQuote, reader.scanner.skipRestOfLine() { continue }
                part.stopped = true
            } catch {
                reader.errors.append(SocioLabError(.invalidValue, "\(error)", at: .init(file: file)))
                part.stopped = true
            }
            break
        }
        part.endOffset = reader.scanner.offset
        part.endLine = reader.scanner.line
        part.records = reader.records
        part.recordLines = reader.recordLines
        part.warnings = reader.warnings
        part.skippedIDs = reader.skippedIDs
        part.skippedLines = reader.skippedLines
        part.ids = reader.ids
        part.idLines = reader.idLines
        part.idHashes = reader.idHashes
        part.errors = reader.errors
        return part
    }

    /// About the number of records in `start..<end`, from the line feeds in its first 64 KiB.
    private static func estimatedRows(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
        -> Int
    {
        let length = max(0, min(end, bytes.count) - start)
        let sample = min(length, 1 << 16)
        guard sample > 0 else { return 0 }
        var feeds = 0
        for index in start..<(start + sample) where bytes[index] == csvLineFeed { feeds += 1 }
        guard feeds > 0 else { return 16 }
        return length / sample * feeds + feeds + 16
    }
}
