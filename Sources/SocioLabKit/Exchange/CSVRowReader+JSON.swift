import Foundation

/// Cells that hold JSON: an activity's details and evidence lists.
extension CSVRowReader {
    /// A JSON value (an activity's details); an empty cell is an empty object.
    mutating func json(_ column: ExchangeColumn) -> JSONValue? {
        guard let cell = text(column) else { return .emptyObject }
        return json(cell, column)
    }

    /// A cell's text as JSON, read by the kit's strict reader; a cell that is not JSON the kit can keep is
    /// recorded as an error at its column and gives `nil`.
    private mutating func json(_ cell: String, _ column: ExchangeColumn) -> JSONValue? {
        do {
            return try JSONValue(parsing: cell)
        } catch {
            fail(
                column, .invalidValue,
                LocalizedText(
                    sl:
                        "Celica \(column.name) ni veljaven JSON: \(error.message) Popravite zapis in uvozite znova.",
                    en: "The \(column.name) cell is refused. " + error.message))
            return nil
        }
    }

    /// An evidence cell as it should be written.
    static let evidenceExample =
        "[{\"document_id\": \"AS-14\", \"kind\": \"attendance_sheet\", \"date\": \"2019-10-03\"}]."

    /// A JSON array of evidence objects (`document_id`, `kind`, `date`); an empty cell is none.
    ///
    /// The cell is read by the kit's strict reader (RFC 8259, and only text the kit can keep), not by
    /// Foundation's, which accepts `[{…},]` and would silently normalise a damaged cell.
    mutating func evidence(_ column: ExchangeColumn) -> [Evidence] {
        guard let cell = text(column), let value = json(cell, column) else { return [] }
        do {
            return try value.decodeDirectly([Evidence].self)
        } catch {
            fail(
                column, .invalidValue,
                LocalizedText(
                    sl: "Dokazila niso seznam dokumentov v zapisu JSON; zapišite jih takole: "
                        + Self.evidenceExample,
                    en: "The evidence is not a JSON list of documents; write it like " + Self.evidenceExample)
            )
            return []
        }
    }
}
