import Foundation

/// Reads the cells of one CSV file's rows into entity values, collecting an error per bad cell.
///
/// The header is resolved once: ``positions`` maps each contract column to its place in the file (or -1
/// when the file lacks it), so reading a cell is an array access. Cell readers return `nil` both for an
/// empty cell and for a bad one; a bad one also records an error and marks the row ``failed``.
struct CSVRowReader {
    let table: ExchangeTable
    let file: String
    let source: Int32
    let names: [String]
    let positions: [Int]
    /// A bit for each contract column the file does not have.
    let absentMask: UInt64
    let headerIsUsable: Bool
    private let tableOrdinal: Int
    var state: ImportState

    private(set) var fields: [String] = []
    private(set) var line = 0
    private(set) var failed = false
    private var municipalities: [String: Municipality.Code] = [:]

    /// Makes room for about `rows` more records, so large files do not regrow their arrays row by row.
    mutating func reserve(rows: Int) {
        let kinds: [EntityKind] = table == .persons ? [.person, .personalDetails] : [table.kind]
        for kind in kinds {
            state.buckets[kind.ordinal].reserveCapacity(state.buckets[kind.ordinal].count + rows)
            state.masks[kind.ordinal].reserveCapacity(state.masks[kind.ordinal].count + rows)
        }
        state.seen[tableOrdinal].reserveCapacity(state.seen[tableOrdinal].count + rows)
    }

    init(table: ExchangeTable, header: CSVHeader, headerLine: Int, source: Int, state: ImportState) {
        self.table = table
        self.source = Int32(source)
        self.state = state
        file = state.sourceNames[source]
        names = table.columns
        positions = names.map { header.index(of: $0) ?? -1 }
        var mask: UInt64 = 0
        for (index, position) in positions.enumerated() where position < 0 { mask |= 1 << UInt64(index) }
        absentMask = mask
        tableOrdinal = ExchangeTable.allCases.firstIndex(of: table)!
        let missing = table.requiredColumns.filter { header.index(of: $0) == nil }
        headerIsUsable = missing.isEmpty
        if !missing.isEmpty {
            let found = names.filter { header.index(of: $0) != nil }
            let what =
                found.isEmpty
                ? "The header has none of the columns of \(table.fileName)"
                : "The header lacks the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))"
            self.state.errors.append(
                SocioLabError(
                    .importMissingColumn,
                    "\(what). A \(table.fileName) file needs \(table.requiredColumns.joined(separator: ", ")) "
                        + "and may have \(names.joined(separator: ", ")); check the first line and the file name.",
                    at: .init(file: file, line: headerLine, field: missing[0])))
        }
    }

    /// Starts a row.
    mutating func begin(_ row: CSVRow) {
        fields = row.fields
        line = row.line
        failed = false
    }

    /// Adds a record read from the current row.
    mutating func emit(_ record: EntityRecord) {
        let ordinal = record.kind.ordinal
        state.buckets[ordinal].append(record)
        state.masks[ordinal].append(absentMask)
    }

    // MARK: Errors

    mutating func fail(_ column: some ExchangeColumn, _ code: SocioLabError.Code, _ message: String) {
        failed = true
        state.errors.append(
            SocioLabError(code, message, at: .init(file: file, line: line, field: column.name)))
    }

    // MARK: Raw cells

    /// Whether the file has the column.
    func has(_ column: some ExchangeColumn) -> Bool { positions[column.rawValue] >= 0 }

    /// The cell as written ("" when the file lacks the column).
    func raw(_ column: some ExchangeColumn) -> String {
        let position = positions[column.rawValue]
        return position < 0 ? "" : fields[position]
    }

    /// A free-text cell, with formula protection undone; `nil` when empty. Spaces are kept.
    func text(_ column: some ExchangeColumn) -> String? {
        let cell = raw(column)
        if cell.isEmpty { return nil }
        return CellText.unprotect(cell)
    }

    /// A code cell (an id, a date, a number, a choice), unprotected and trimmed; `nil` when empty.
    func code(_ column: some ExchangeColumn) -> String? {
        var cell = raw(column)
        guard let first = cell.utf8.first else { return nil }
        if first == 0x27 { cell = CellText.unprotect(cell) }
        if let f = cell.utf8.first, let l = cell.utf8.last,
            f == 0x20 || f == 0x09 || f == 0xC2 || l == 0x20 || l == 0x09 || l == 0xA0
        {
            cell = cell.trimmingCharacters(in: .whitespaces)
        }
        return cell.isEmpty ? nil : cell
    }

    /// A required free-text cell.
    mutating func requiredText(_ column: some ExchangeColumn) -> String? {
        if let value = text(column) { return value }
        missing(column)
        return nil
    }

    /// A required code cell.
    mutating func requiredCode(_ column: some ExchangeColumn) -> String? {
        if let value = code(column) { return value }
        missing(column)
        return nil
    }

    private mutating func missing(_ column: some ExchangeColumn) {
        fail(column, .importMissingValue, "The \(column.name) is empty; every row needs one.")
    }

    // MARK: Identifiers

    /// The row's `id`, which must be present and not used by an earlier row of the import.
    mutating func id<C: ExchangeColumn>(_ column: C) -> String? {
        guard let id = requiredCode(column) else { return nil }
        if let earlier = state.seen[tableOrdinal].updateValue((source, Int32(line)), forKey: id) {
            let place =
                earlier.source == source
                ? "line \(earlier.line)"
                : "line \(earlier.line) of \(state.sourceNames[Int(earlier.source)])"
            state.seen[tableOrdinal][id] = earlier
            fail(
                column, .importDuplicateID,
                "The id '\(id)' is already used on \(place). Give every row its own id, or remove one of the rows."
            )
            return nil
        }
        return id
    }

    // MARK: Values

    /// A date: `YYYY-MM-DD` or `DD.MM.YYYY`.
    mutating func day(_ column: some ExchangeColumn) -> Day? {
        guard let cell = code(column) else { return nil }
        if let day = Self.isoDay(cell) { return day }
        do {
            return try Day(parsing: cell)
        } catch {
            fail(column, .invalidValue, (error as? SocioLabError)?.message ?? "\(error)")
            return nil
        }
    }

    /// A required date.
    mutating func requiredDay(_ column: some ExchangeColumn) -> Day? {
        guard code(column) != nil else {
            missing(column)
            return nil
        }
        return day(column)
    }

    /// Parses exactly `YYYY-MM-DD` without allocating.
    static func isoDay(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { b -> Day? in
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
            var parts = (0, 0, 0)
            for (i, byte) in b.enumerated() where i != 4 && i != 7 {
                guard byte &- 0x30 < 10 else { return nil }
                let digit = Int(byte &- 0x30)
                if i < 4 {
                    parts.0 = parts.0 * 10 + digit
                } else if i < 7 {
                    parts.1 = parts.1 * 10 + digit
                } else {
                    parts.2 = parts.2 * 10 + digit
                }
            }
            return Day(year: parts.0, month: parts.1, day: parts.2)
        }
    }

    /// One of a fixed list of values. `options` pairs each accepted spelling with its value; `shown` is
    /// what the error message lists.
    mutating func choice<T>(
        _ column: some ExchangeColumn, _ options: [(String, T)], shown: @autoclosure () -> String
    ) -> T? {
        guard let cell = code(column) else { return nil }
        for (spelling, value) in options where spelling == cell { return value }
        let lower = cell.lowercased()
        for (spelling, value) in options where spelling == lower { return value }
        fail(column, .importUnknownCode, "'\(cell)' is not a valid \(column.name); write \(shown()).")
        return nil
    }

    /// `yes` or `no` (also `da` or `ne`).
    mutating func bool(_ column: some ExchangeColumn) -> Bool? {
        choice(column, Self.booleans, shown: "yes or no")
    }

    static let booleans: [(String, Bool)] = [("yes", true), ("no", false), ("da", true), ("ne", false)]

    /// A whole number in a range.
    mutating func integer(_ column: some ExchangeColumn, in range: ClosedRange<Int>, shown: String) -> Int? {
        guard let cell = code(column) else { return nil }
        if let value = Int(cell), range.contains(value) { return value }
        fail(column, .invalidValue, "'\(cell)' is not a valid \(column.name); write \(shown).")
        return nil
    }

    /// A quantity with at most two decimals (`8`, `1.5`, `1,5`).
    mutating func quantity(_ column: some ExchangeColumn) -> Quantity? {
        guard let cell = code(column) else { return nil }
        if let value = Self.fastQuantity(cell) { return value }
        do {
            return try Quantity(parsing: cell)
        } catch {
            fail(column, .invalidValue, (error as? SocioLabError)?.message ?? "\(error)")
            return nil
        }
    }

    /// Parses `[-]digits[(.|,)d[d]]` without allocating.
    static func fastQuantity(_ text: String) -> Quantity? {
        var text = text
        return text.withUTF8 { b -> Quantity? in
            var index = 0
            var negative = false
            if b.first == 0x2D {
                negative = true
                index = 1
            }
            var whole: Int64 = 0
            var digits = 0
            while index < b.count, b[index] &- 0x30 < 10 {
                whole = whole * 10 + Int64(b[index] &- 0x30)
                digits += 1
                index += 1
            }
            guard digits > 0, digits <= 15 else { return nil }
            var fraction: Int64 = 0
            if index < b.count {
                guard b[index] == 0x2E || b[index] == 0x2C,
                    b.count - index - 1 == 1 || b.count - index - 1 == 2
                else { return nil }
                var scale: Int64 = 10
                for byte in b[(index + 1)...] {
                    guard byte &- 0x30 < 10 else { return nil }
                    fraction += Int64(byte &- 0x30) * scale
                    scale /= 10
                }
            }
            let hundredths = whole * 100 + fraction
            return Quantity(hundredths: negative ? -hundredths : hundredths)
        }
    }

    /// A municipality: a statistical code or a name.
    mutating func municipality(_ column: some ExchangeColumn) -> Municipality.Code? {
        guard let cell = code(column) else { return nil }
        if let known = municipalities[cell] { return known }
        if let found = Municipality.lookup(cell) {
            municipalities[cell] = found.code
            return found.code
        }
        fail(
            column, .importUnknownCode,
            "'\(cell)' is not a Slovenian municipality; write its statistical code (070) or its name (Maribor)."
        )
        return nil
    }

    /// A ';' list of text items.
    func list(_ column: some ExchangeColumn) -> [String] {
        guard let cell = text(column) else { return [] }
        return CellText.splitList(cell)
    }

    /// A ';' list of codes that must be in `known` (when the operation is known).
    mutating func codes(_ column: some ExchangeColumn, in known: Set<String>?, what: String) -> [String] {
        let items = list(column)
        if let known {
            for item in items where !known.contains(item) {
                fail(column, .importUnknownCode, Self.unknown(item, what: what, known: known))
            }
        }
        return items
    }

    /// One code that must be in `known` (when the operation is known).
    mutating func code(
        _ column: some ExchangeColumn, in known: Set<String>?, what: String, required: Bool
    ) -> String? {
        guard let cell = required ? requiredCode(column) : code(column) else { return nil }
        if let known, !known.contains(cell) {
            fail(column, .importUnknownCode, Self.unknown(cell, what: what, known: known))
            return nil
        }
        return cell
    }

    private static func unknown(_ value: String, what: String, known: Set<String>) -> String {
        "'\(value)' is not \(what); write one of \(known.sorted().joined(separator: ", "))."
    }

    /// A JSON value (an activity's details); an empty cell is an empty object.
    mutating func json(_ column: some ExchangeColumn) -> JSONValue? {
        guard let cell = text(column) else { return .emptyObject }
        do {
            return try JSONValue(parsing: cell)
        } catch {
            fail(
                column, .invalidValue,
                "The \(column.name) is not valid JSON; write a JSON object such as {\"hours\": 8}, "
                    + "with keys and text in double quotes.")
            return nil
        }
    }

    /// A JSON array of evidence objects (`document_id`, `kind`, `date`); an empty cell is none.
    mutating func evidence(_ column: some ExchangeColumn) -> [Evidence] {
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
        _ column: some ExchangeColumn, _ parse: (String) throws(IdentifierError) -> T
    ) -> T? {
        guard let cell = code(column) else { return nil }
        do {
            return try parse(cell)
        } catch {
            failed = true
            state.errors.append(error.socioLabError(at: .init(file: file, line: line, field: column.name)))
            return nil
        }
    }
}
