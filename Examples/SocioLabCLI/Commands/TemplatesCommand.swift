import Foundation
import SocioLabKit

/// `sociolab templates`: blank CSV files to fill in Excel, with one example row each and a codebook.
enum TemplatesCommand: CLICommand {
    static let spec = CommandSpec(
        name: "templates",
        abstract: "Write the ten CSV files to fill in, with an example row each, and a codebook.",
        discussion:
            "Writes organisations.csv, persons.csv … milestones.csv into the directory given with --out, "
            + "as Excel opens them (UTF-8 with a byte order mark, ';', CRLF), each with its header and one "
            + "example row that imports cleanly into a new store, and a codebook (README.txt, or šifrant.txt "
            + "with --lang sl) listing every column's meaning and allowed values and every municipality. With "
            + "--lang sl the headers and example values are in Slovenian; the file names stay the same, as the "
            + "import recognises a file by its name. Existing files are replaced only with --force; a "
            + "directory inside a store is refused with exit code 2. No store is read.",
        options: [
            .init(
                "out", short: "o", valueName: "directory",
                help: "The directory to write the files into (required).")
        ],
        flags: [
            .init("force", help: "Replace files of the same names in the directory.")
        ])

    static func run(_ context: CommandContext) async throws -> Int32 {
        let language = try context.language()
        guard let out = context.arguments.value("--out"), out != "-" else {
            throw UsageError(
                context.arguments.value("--out") == nil ? .usageMissingValue : .usageInvalidValue,
                "'templates' writes eleven files into a directory; give it with '--out <directory>'",
                command: spec.name)
        }
        let files = CSVExport.templates(language: language, plugins: context.plugins)
        // Checked before anything is written: a path in a store, or existing files without --force.
        guard
            var destination = try OutputDestination.fromArguments(
                context, kind: .directory(files: files.map(\.name)))
        else { return ExitCode.usage }
        try destination.write(files, context: context)
        let codebook = files.last!.name
        context.console.error(
            language == .slovenian
                ? "Predloge in \(codebook) so zapisani v \(out)."
                : "Wrote the templates and \(codebook) to \(out).")
        return ExitCode.success
    }
}
