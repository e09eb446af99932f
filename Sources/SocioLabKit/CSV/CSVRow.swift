/// One data record of a CSV table: its fields, the line it starts on, and lookup by column name.
///
/// ```swift
/// for row in table.rows {
///     guard let emso = row["emso"], !emso.isEmpty else { continue }
///     …
/// }
/// ```
package struct CSVRow: Hashable, Sendable, Codable {
    /// The 1-based physical line where the record starts (the header is line 1 in a file without
    /// leading blank lines). A record with a quoted line break spans more lines; this is its first.
    package let line: Int
    /// The fields, one per header column, as written (values stay strings; nothing is trimmed).
    package let fields: [String]
    /// The table's header.
    package let header: CSVHeader

    /// Creates a row.
    /// - Parameters:
    ///   - line: The 1-based line the record starts on.
    ///   - fields: The fields, one per header column.
    ///   - header: The header the fields belong to.
    package init(line: Int, fields: [String], header: CSVHeader) {
        self.line = line
        self.fields = fields
        self.header = header
    }

    /// The field in a named column.
    /// - Parameter name: The exact column name.
    /// - Returns: The field, or `nil` when the header has no such column.
    package subscript(name: String) -> String? {
        guard let index = header.index(of: name), index < fields.count else { return nil }
        return fields[index]
    }

    /// The field at a 0-based position.
    /// - Parameter index: The position; it must be less than `fields.count`.
    package subscript(index: Int) -> String {
        fields[index]
    }

    /// Whether every field is empty (a spreadsheet row that was touched but holds nothing).
    package var isBlank: Bool {
        fields.allSatisfy(\.isEmpty)
    }
}
