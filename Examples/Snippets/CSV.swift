// swift-format-ignore-file
// The snippet of Documentation/CSV.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import Foundation
import SocioLabKit

/// CSV.md, "Reading".
func csvReading(url: URL) throws {
let data = try Data(contentsOf: url)
let table = try CSVReader.parse(data: data, file: url.lastPathComponent)
for row in table.rows {
    let emso = row["emso"] ?? ""          // values stay strings, exactly as written
    print(row.line, emso)                 // 1-based physical line (the header is line 1)
}
let csv = CSVWriter.excel.data(header: table.header, rows: table.rows.map(\.fields))
_ = csv
}
