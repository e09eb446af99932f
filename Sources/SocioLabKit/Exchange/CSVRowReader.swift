import Foundation

/// What every row reader of one import needs to know: the file names and the operation's codes.
struct ImportContext: Sendable {
    let sourceNames: [String]
    let partnerIDs: Set<String>?
    let targetGroupIDs: Set<String>?
    let outputIDs: Set<String>?

    init(sourceNames: [String], operation: ESFOperation?) {
        self.sourceNames = sourceNames
        partnerIDs = operation.map { Set($0.partners.map(\.id.rawValue)) }
        targetGroupIDs = operation.map { Set($0.targetGroups.map(\.id.rawValue)) }
        outputIDs = operation.map { Set($0.outputs.map(\.id.rawValue)) }
    }
}

/// How a file's header maps onto its table's contract columns.
struct CSVColumnMap: Sendable {
    let table: ExchangeTable
    /// For each contract column, its place in the file, or -1 when the file lacks it.
    let positions: [Int]
    /// A bit for each contract column the file does not have.
    let absentMask: UInt64
    /// The `import.missing-column` error, when the header lacks a required column.
    let headerError: SocioLabError?
    /// Whether the file has any personal-details column (persons only).
    let hasPersonalDetails: Bool
    /// The columns of the file that the table's reader does not read itself, read through their schema
    /// fields (a field added to a schema before its reader knows it).
    var extra: [ExchangeColumn]

    init(table: ExchangeTable, header: CSVHeader, headerLine: Int, file: String) {
        self.table = table
        let names = table.columns
        positions = names.map { header.index(of: $0) ?? -1 }
        var mask: UInt64 = 0
        for (index, position) in positions.enumerated() where position < 0 { mask |= 1 << UInt64(index) }
        absentMask = mask
        let direct = Set(CSVRowReader.columnsReadDirectly(table).map(\.index))
        let found = positions
        extra = found.indices.filter { found[$0] >= 0 && !direct.contains($0) }.map {
            ExchangeColumn(table: table, index: $0)
        }
        hasPersonalDetails = table.columnInfo.contains { $0.isPersonal && header.index(of: $0.name) != nil }
        let missing = table.requiredColumns.filter { header.index(of: $0) == nil }
        if missing.isEmpty {
            headerError = nil
        } else {
            let found = names.filter { header.index(of: $0) != nil }
            let what =
                found.isEmpty
                ? "The header has none of the columns of \(table.fileName)"
                : "The header lacks the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))"
            headerError = SocioLabError(
                .importMissingColumn,
                "\(what). A \(table.fileName) file needs \(table.requiredColumns.joined(separator: ", ")) "
                    + "and may have \(names.joined(separator: ", ")); check the first line and the file name.",
                at: .init(file: file, line: headerLine, field: missing[0]))
        }
    }

    /// The entity kinds the table's rows give, in the order of ``CSVRowReader/records``.
    var kinds: [EntityKind] { table == .persons ? [.person, .personalDetails] : [table.kind] }
}

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
    /// The id of each row that has one, and its line.
    var ids: [String] = []
    var idLines: [Int32] = []
    /// ``IDHash`` of each id.
    var idHashes: [UInt64] = []
    var errors: [SocioLabError] = []

    private(set) var line = 0
    private(set) var failed = false
    private var municipalities: [UInt64: (cell: [UInt8], code: Municipality.Code)] = [:]

    init(map: CSVColumnMap, context: ImportContext, file: String, scanner: CSVRecordScanner) {
        self.map = map
        self.context = context
        self.file = file
        self.scanner = scanner
        records = map.kinds.map { _ in [] }
    }

    /// Makes room for about `rows` more records.
    mutating func reserve(rows: Int) {
        for index in records.indices { records[index].reserveCapacity(records[index].count + rows) }
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
    }

    // MARK: Errors

    mutating func fail(_ column: ExchangeColumn, _ code: SocioLabError.Code, _ message: String) {
        failed = true
        errors.append(SocioLabError(code, message, at: .init(file: file, line: line, field: column.name)))
    }

    /// Reports each cell of the current row that holds a control character other than tab, line feed and
    /// carriage return (``CSVRecordScanner/controls``), in a column the table reads.
    mutating func refuseControlCharacters() {
        for control in scanner.controls {
            guard let column = map.positions.firstIndex(of: control.field) else { continue }
            let name = map.table.columns[column]
            failed = true
            errors.append(
                SocioLabError(
                    .csvControlCharacter,
                    "The \(name) holds the control character \(CSVReader.controlName(control.byte)), which no "
                        + "value may hold (only tab and line breaks may). Remove it from the cell.",
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
    private static func needsCleaning(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = cell[0]
        let last = cell[cell.count - 1]
        return first == apostrophe || first == 0x20 || first == 0x09 || first == 0xC2 || last == 0x20
            || last == 0x09 || last == 0xA0
    }

    private static let apostrophe = UInt8(ascii: "'")

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
        missing(column)
        return nil
    }

    /// A required code cell.
    mutating func requiredCode(_ column: ExchangeColumn) -> String? {
        if let value = code(column) { return value }
        missing(column)
        return nil
    }

    private mutating func missing(_ column: ExchangeColumn) {
        fail(column, .importMissingValue, "The \(column.name) is empty; every row needs one.")
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

    // MARK: Values

    /// A date: `YYYY-MM-DD` or `DD.MM.YYYY`.
    mutating func day(_ column: ExchangeColumn) -> Day? {
        switch withCode(column, Self.fastDay) {
        case .none: return nil
        case .some(.some(let day)): return day
        case .some(.none): break
        }
        let cell = code(column)!
        do {
            return try Day(parsing: cell)
        } catch {
            fail(column, .invalidValue, (error as? SocioLabError)?.message ?? "\(error)")
            return nil
        }
    }

    /// A required date.
    mutating func requiredDay(_ column: ExchangeColumn) -> Day? {
        guard withCode(column, { _ in true }) != nil else {
            missing(column)
            return nil
        }
        return day(column)
    }

    /// Parses `YYYY-MM-DD`, or `D.M.YYYY` with one or two digits for day and month and spaces or tabs
    /// around the parts, without allocating; `nil` for anything else (``Day/init(parsing:)`` decides then).
    static func fastDay(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        if b.count == 10, b[4] == 0x2D, b[7] == 0x2D {
            guard let year = digits(b, 0, 4), let month = digits(b, 5, 7), let day = digits(b, 8, 10)
            else { return nil }
            return Day(year: year, month: month, day: day)
        }
        var index = 0
        func part(_ lengths: ClosedRange<Int>, last: Bool) -> Int? {
            while index < b.count, b[index] == 0x20 || b[index] == 0x09 { index += 1 }
            let start = index
            while index < b.count, b[index] &- 0x30 < 10 { index += 1 }
            guard lengths.contains(index - start), let value = digits(b, start, index) else { return nil }
            while index < b.count, b[index] == 0x20 || b[index] == 0x09 { index += 1 }
            if last { return index == b.count ? value : nil }
            guard index < b.count, b[index] == 0x2E else { return nil }
            index += 1
            return value
        }
        guard let day = part(1...2, last: false), let month = part(1...2, last: false),
            let year = part(4...4, last: true)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The decimal value of `b[start..<end]`, which must be ASCII digits.
    @inline(__always)
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var value = 0
        for index in start..<end {
            let digit = b[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// One of a fixed list of values, matched as written and then without case.
    mutating func choice<T>(_ column: ExchangeColumn, _ options: ChoiceTable<T>) -> T? {
        switch withCode(column, options.exact) {
        case .none: return nil
        case .some(.some(let value)): return value
        case .some(.none): break
        }
        let cell = code(column)!
        let lower = cell.lowercased()
        for (spelling, value) in options.spellings where spelling == lower { return value }
        fail(
            column, .importUnknownCode,
            "'\(CellText.excerpt(cell))' is not a valid \(column.name); write \(options.shown).")
        return nil
    }

    /// `yes` or `no` (also `da` or `ne`).
    mutating func bool(_ column: ExchangeColumn) -> Bool? {
        choice(column, Self.booleans)
    }

    static let booleans = ChoiceTable(
        [("yes", true), ("no", false), ("da", true), ("ne", false)], shown: "yes or no")

    /// A whole number in a range.
    mutating func integer(_ column: ExchangeColumn, in range: ClosedRange<Int>, shown: String) -> Int? {
        let fast = withCode(column) { b -> Int? in
            guard b.count <= 18 else { return nil }
            return Self.digits(b, 0, b.count)
        }
        switch fast {
        case .none: return nil
        case .some(.some(let value)) where range.contains(value): return value
        default: break
        }
        let cell = code(column)!
        if let value = Int(cell), range.contains(value) { return value }
        fail(
            column, .invalidValue,
            "'\(CellText.excerpt(cell))' is not a valid \(column.name); write \(shown).")
        return nil
    }

    /// A quantity with at most two decimals (`8`, `1.5`, `1,5`) within ``Quantity/validRange``.
    ///
    /// The bytes are read without allocating and without overflow whatever their length; a number
    /// outside the range is an error that says the range.
    mutating func quantity(_ column: ExchangeColumn) -> Quantity? {
        switch withCode(column, { Quantity.read($0, json: false) }) {
        case .none: return nil
        case .some(.value(let value)): return value
        case .some(.outOfRange):
            fail(column, .invalidValue, Quantity.outOfRangeMessage(code(column)!, field: column.name))
            return nil
        case .some(.invalid): break
        }
        let cell = code(column)!
        do {
            return try Quantity(parsing: cell)
        } catch {
            fail(column, .invalidValue, (error as? SocioLabError)?.message ?? "\(error)")
            return nil
        }
    }

    /// A municipality: a statistical code or a name.
    mutating func municipality(_ column: ExchangeColumn) -> Municipality.Code? {
        let cached = withCode(column) { b -> (key: UInt64, code: Municipality.Code?) in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in b { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            guard let entry = municipalities[hash], entry.cell.elementsEqual(b) else { return (hash, nil) }
            return (hash, entry.code)
        }
        guard let cached else { return nil }
        if let known = cached.code { return known }
        let cell = code(column)!
        if let found = Municipality.lookup(cell) {
            if municipalities[cached.key] == nil {
                municipalities[cached.key] = (Array(cell.utf8), found.code)
            }
            return found.code
        }
        fail(
            column, .importUnknownCode,
            "'\(CellText.excerpt(cell))' is not a Slovenian municipality; write its statistical code (070) or its name (Maribor)."
        )
        return nil
    }

    /// A ';' list of text items.
    func list(_ column: ExchangeColumn) -> [String] {
        let bytes = raw(column)
        guard let first = bytes.first else { return [] }
        if first == Self.apostrophe || bytes.contains(UInt8(ascii: "\\")) {
            guard let cell = text(column) else { return [] }
            return CellText.splitList(cell)
        }
        var items: [String] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x3B { end += 1 }
            var low = start
            var high = end
            while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
            while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
            if low < high {
                items.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
            }
            start = end + 1
        }
        return items
    }

    /// A ';' list of codes that must be in `known` (when the operation is known).
    mutating func codes(_ column: ExchangeColumn, in known: Set<String>?, what: String) -> [String] {
        let items = list(column).map(IdentifierNormalization.nfc)
        if let known {
            for item in items where !known.contains(item) {
                fail(column, .importUnknownCode, Self.unknown(item, what: what, known: known))
            }
        }
        return items
    }

    /// One code that must be in `known` (when the operation is known).
    mutating func code(
        _ column: ExchangeColumn, in known: Set<String>?, what: String, required: Bool
    ) -> String? {
        guard let cell = required ? requiredCode(column) : code(column) else { return nil }
        if let known, !known.contains(cell) {
            fail(column, .importUnknownCode, Self.unknown(cell, what: what, known: known))
            return nil
        }
        return cell
    }

    private static func unknown(_ value: String, what: String, known: Set<String>) -> String {
        "'\(CellText.excerpt(value))' is not \(what); write one of \(known.sorted().joined(separator: ", "))."
    }

    /// A JSON value (an activity's details); an empty cell is an empty object.
    mutating func json(_ column: ExchangeColumn) -> JSONValue? {
        guard let cell = text(column) else { return .emptyObject }
        do {
            return try JSONValue(parsing: cell)
        } catch {
            fail(column, .invalidValue, "The \(column.name) cell is refused. " + error.message)
            return nil
        }
    }

    /// A JSON array of evidence objects (`document_id`, `kind`, `date`); an empty cell is none.
    mutating func evidence(_ column: ExchangeColumn) -> [Evidence] {
        guard let cell = text(column) else { return [] }
        do {
            return try JSONDecoder().decode([Evidence].self, from: Data(cell.utf8))
        } catch {
            fail(
                column, .invalidValue,
                "The evidence is not a JSON list of documents; write it like "
                    + "[{\"document_id\": \"AS-14\", \"kind\": \"attendance_sheet\", \"date\": \"2019-10-03\"}]."
            )
            return []
        }
    }

    /// A validated identifier (EMŠO, tax or registration number), reported with the identifier's message.
    mutating func identifier<T>(
        _ column: ExchangeColumn, _ parse: (String) throws(IdentifierError) -> T
    ) -> T? {
        guard let cell = code(column) else { return nil }
        do {
            return try parse(cell)
        } catch {
            failed = true
            errors.append(error.socioLabError(at: .init(file: file, line: line, field: column.name)))
            return nil
        }
    }
}

/// The accepted spellings of a fixed list of values, matched on bytes.
struct ChoiceTable<T: Sendable>: Sendable {
    /// Each accepted spelling (lower case) with its value.
    let spellings: [(String, T)]
    private let bytes: [([UInt8], T)]
    /// What an error message lists.
    let shown: String

    init(_ spellings: [(String, T)], shown: String) {
        self.spellings = spellings
        bytes = spellings.map { (Array($0.0.utf8), $0.1) }
        self.shown = shown
    }

    /// The value spelled exactly as `cell`.
    func exact(_ cell: UnsafeBufferPointer<UInt8>) -> T? {
        for (spelling, value) in bytes where spelling.count == cell.count {
            if spelling.withUnsafeBufferPointer({
                memcmp($0.baseAddress!, cell.baseAddress!, cell.count) == 0
            }) {
                return value
            }
        }
        return nil
    }
}
