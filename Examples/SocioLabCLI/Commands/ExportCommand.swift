import Foundation
import SocioLabKit

/// `sociolab export`: the whole dataset as one JSON document or a directory of CSV files.
enum ExportCommand: CLICommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Export the whole dataset as one JSON document or as CSV files, one per entity.",
        discussion: "JSON is the document 'import' reads; without --out it goes to standard output. CSV "
            + "writes one file per table (organisations.csv, persons.csv …) into the directory given with "
            + "--out. Importing an export into a new store gives an identical dataset. The export holds "
            + "personal details: keep it as safe as the store.",
        options: [
            .init(
                "format", valueName: "format", help: "The format.", defaultValue: "json",
                choices: ["json", "csv"]),
            .init("out", short: "o", valueName: "path", help: "The file (json) or directory (csv) to write."),
        ],
        flags: [.init("excel", help: "Write CSV as Excel expects: UTF-8 byte order mark, ';', CRLF.")])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let format = context.arguments.value("--format") ?? "json"
        let out = context.arguments.value("--out")
        if format == "json" && context.arguments.flag("--excel") {
            throw UsageError(
                .usageInvalidValue, "flag '--excel' applies to '--format csv' only", command: spec.name)
        }
        if format == "csv" && out == nil {
            throw UsageError(
                .usageMissingValue, "'--format csv' writes a directory; give it with '--out <path>'",
                command: spec.name)
        }
        let workspace = try await context.openWorkspace(readOnly: true)
        let dataset = await workspace.dataset
        if format == "json" {
            let data = DatasetDocument.encode(dataset)
            if let out {
                try OutputFile.write(data, to: context.environment.url(for: out), path: out)
            } else {
                context.console.write(data)
            }
            return ExitCode.success
        }
        let writer = context.arguments.flag("--excel") ? CSVWriter.excel : CSVWriter()
        let directory = context.environment.url(for: out!, isDirectory: true)
        try OutputFile.makeDirectory(directory, path: out!)
        for file in CSVExport.files(for: dataset, writer: writer) {
            try OutputFile.write(
                file.data, to: directory.appendingPathComponent(file.name), path: out! + "/" + file.name)
        }
        context.console.error("Exported \(dataset.totalCount) records to \(out!)")
        return ExitCode.success
    }
}
