/// A parsed CSV file: the header (its first record) and the data rows.
package struct CSVTable: Hashable, Sendable, Codable {
    /// The file name the text came from, as given to the reader, for error locations.
    package let file: String?
    /// The delimiter the text was read with (detected or given).
    package let delimiter: CSVDelimiter
    /// The 1-based line of the header record (1 unless the text starts with blank lines).
    package let headerLine: Int
    /// The column names and their lookup.
    package let columns: CSVHeader
    /// The data rows in file order; blank lines are not rows.
    package let rows: [CSVRow]

    /// Creates a table.
    /// - Parameters:
    ///   - file: The file name for error locations.
    ///   - delimiter: The delimiter the text uses.
    ///   - headerLine: The line of the header record.
    ///   - columns: The header.
    ///   - rows: The data rows.
    package init(
        file: String?, delimiter: CSVDelimiter, headerLine: Int = 1, columns: CSVHeader, rows: [CSVRow]
    ) {
        self.file = file
        self.delimiter = delimiter
        self.headerLine = headerLine
        self.columns = columns
        self.rows = rows
    }

    /// The column names, in file order.
    package var header: [String] { columns.names }

    /// The place of a row (and optionally one of its columns), ready for a `SocioLabError`.
    /// - Parameters:
    ///   - row: A row of this table.
    ///   - field: The column name, if the error concerns one field.
    /// - Returns: The file, the row's line and the column name.
    package func location(of row: CSVRow, field: String? = nil) -> SocioLabError.Location {
        SocioLabError.Location(file: file, line: row.line, field: field)
    }
}
