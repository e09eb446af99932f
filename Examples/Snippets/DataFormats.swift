// swift-format-ignore-file
// The snippet of Documentation/DataFormats.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import Foundation
import SocioLabKit

/// DataFormats.md, "In code".
func dataFormatsInCode(paths: [String], dataset: Dataset, workspace: Workspace, data: Data, excel: Bool) async throws {
// CSV → changes
let sources = try paths.map { CSVSource(name: $0, data: try Data(contentsOf: URL(filePath: $0))) }
let batch = try CSVImport.read(sources, options: CSVImportOptions(operation: dataset.operation))
let changes = batch.changes(against: dataset)   // inserts and updates only
try await workspace.apply(changes, author: "ana", reason: "import")

// JSON → changes
let document = try DatasetDocument.decode(data, file: "dataset.json")
try document.checkOperation(of: dataset)
let documentChanges = document.batch.changes(against: dataset)

// Dataset → files
let csvFiles = try CSVExport.files(for: dataset, writer: excel ? .excel : CSVWriter())  // [ExportedFile]
let json = DatasetDocument.encode(dataset)                                          // Data
_ = (documentChanges, csvFiles, json)
}
