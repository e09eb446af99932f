/// The explanation of cells that a spreadsheet program damaged (see ``SpreadsheetDamage``).
extension CSVRowReader {
    /// The error with its message replaced by the spreadsheet's part in it, when the failing cell shows
    /// one (scientific notation, a lost leading zero, a date serial number, a two-digit year).
    ///
    /// Runs only for an error about a cell of the current row, after its value failed to read.
    func diagnosingSpreadsheetDamage(_ error: SocioLabError) -> SocioLabError {
        guard error.location.line == line, let field = error.location.field,
            error.code != .importMissingValue, !error.code.rawValue.hasPrefix("csv."),
            let index = map.table.columns.firstIndex(of: field),
            let cell = code(ExchangeColumn(table: map.table, index: index)),
            let explanation = SpreadsheetDamage.diagnose(
                cell, column: field, content: SpreadsheetDamage.content(of: map.table.columnInfo[index]))
        else { return error }
        var explained = error
        explained.localizedMessage = explanation
        return explained
    }
}
