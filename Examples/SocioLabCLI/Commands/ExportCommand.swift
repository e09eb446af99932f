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
            + "personal details: keep it as safe as the store. Its files are created readable by their owner "
            + "alone (0600, new directories 0700), whatever the umask. A path inside the store, or an existing "
            + "file without --force, is refused with exit code 2. With --pseudonymised it writes the partner's "
            + "package for the lead partner instead (package.json and records.jsonl in the --out directory): every "
            + "person a keyed hash made with --key-file, no name, e-mail, phone or EMŠO; see "
            + "Documentation/Partners-Consolidation.md.",
        options: [
            .init(
                "format", valueName: "format", help: "The format.", defaultValue: "json",
                choices: ["json", "csv"]),
            .init(
                "out", short: "o", valueName: "path",
                help: "The file (json; '-' for standard output, the default) or directory (csv) to write."),
            .actingAs,
            .init("key-file", valueName: "file", help: "The operation's key (hex), for --pseudonymised."),
            .init("partner", valueName: "id", help: "The partner whose package it is, for --pseudonymised."),
        ],
        flags: [
            .init("excel", help: "Write CSV as Excel expects: UTF-8 byte order mark, ';', CRLF."),
            .init("force", help: "Replace an existing output file (or the export's files in the directory)."),
            .init(
                "pseudonymised", help: "Write a pseudonymised package for consolidation by the lead partner."),
        ])

    static func run(_ context: CommandContext) async throws -> Int32 {
        if context.arguments.flag("--pseudonymised") { return try await runPseudonymised(context) }
        let format = context.arguments.value("--format") ?? "json"
        let out = context.arguments.value("--out")
        if format == "json" && context.arguments.flag("--excel") {
            throw UsageError(
                .usageInvalidValue, "flag '--excel' applies to '--format csv' only", command: spec.name)
        }
        if format == "csv" && (out == nil || out == "-") {
            throw UsageError(
                out == nil ? .usageMissingValue : .usageInvalidValue,
                "'--format csv' writes ten files into a directory, so it cannot go to standard output; give "
                    + "the directory with '--out <path>', or use '--format json' for standard output",
                command: spec.name)
        }
        let tables = ExchangeTable.allCases.map(\.fileName)
        // Checked before the store is opened, so a refused path costs nothing and touches nothing.
        let destination = try OutputDestination.fromArguments(
            context, kind: format == "csv" ? .directory(files: tables) : .file)
        let workspace = try await context.openWorkspace(readOnly: true)
        let dataset = await workspace.dataset
        if format == "json" {
            let reporter = ProgressReporter(context.console.progressHandler)
            reporter?.begin(.exporting, total: 1)
            let data = DatasetDocument.encode(dataset)
            reporter?.finish()
            context.console.clearProgress()
            if var destination {
                try destination.write(data, readers: .ownerOnly, context: context)
            } else {
                context.console.write(data)
            }
            return ExitCode.success
        }
        let writer = context.arguments.flag("--excel") ? CSVWriter.excel : CSVWriter()
        let files = try CSVExport.files(
            for: dataset, writer: writer, plugins: context.plugins, progress: context.console.progressHandler)
        guard var directory = destination else { return ExitCode.usage }  // '-' and no --out refused above
        try directory.write(files, context: context)
        let language = try context.language()
        context.console.summary(
            LocalizedText(
                sl: "Izvoženo: \(CountedNoun.record.phrase(dataset.totalCount, in: .slovenian)) v \(out!)",
                en: "Exported \(dataset.totalCount) records to \(out!)")[language])
        return ExitCode.success
    }
}
