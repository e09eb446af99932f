import Foundation
import SocioLabKit

/// The report options shared by `report` and `demo`, read from the command line and checked against the
/// store's operation.
struct ReportOptions {
    /// The options `report` takes.
    static let options: [CommandSpec.Option] = [
        .init(
            "format", short: "f", valueName: "format", help: "The output format.", defaultValue: "text",
            choices: IndicatorReport.Format.allCases.map(\.rawValue)),
        .init(
            "period", short: "p", valueName: "period",
            help:
                "The reporting period: 2019, 2019-Q3, 2019-07 or 2019-01-01..2019-06-30 (default: the whole operation)."
        ),
        .init(
            "partner", valueName: "id", help: "Count only the activities of this partner, such as prizma.",
            repeats: true),
        .init(
            "info-point", valueName: "id", help: "Count only the activities of this info point.",
            repeats: true),
        .init(
            "by", valueName: "dimension", help: "Break values down by a dimension.", repeats: true,
            choices: BreakdownDimension.allCases.map(\.rawValue)),
        .init(
            "suppress-below", valueName: "k",
            help: "Show counts from 1 to k-1 as suppressed, for publication (k at least 3)."),
        .init("as-of", valueName: "day", help: "The day progress and status are judged at (default: today)."),
        .init(
            "section", valueName: "section", help: "Show only this section of the report (default: all).",
            repeats: true, choices: IndicatorReport.Section.allCases.map(\.rawValue)),
        .init(
            "out", short: "o", valueName: "file",
            help: "Write the report to a file instead of standard output ('-' for standard output)."),
    ]

    /// The flags `report` takes.
    static let flags: [CommandSpec.Flag] = [
        .init("excel", help: "With --format csv: UTF-8 byte order mark and ';', as Excel expects."),
        .init("force", help: "Replace the file given with --out if it exists."),
    ]

    var format: IndicatorReport.Format
    var language: Language
    var scope: Scope
    var breakdowns: [BreakdownDimension]?
    var suppression: SuppressionPolicy?
    var asOf: Day
    var excel: Bool
    var sections: [IndicatorReport.Section]?

    /// Reads and checks the options that do not depend on the store, so usage errors come first.
    init(context: CommandContext, asOf: Day) throws {
        let arguments = context.arguments
        format = arguments.value("--format").flatMap(IndicatorReport.Format.init(rawValue:)) ?? .text
        language = try context.language()
        self.asOf = asOf
        excel = arguments.flag("--excel")
        let period = try arguments.value("--period", as: "a period like 2019, 2019-Q3, 2019-07 or a..b") {
            try Period(parsing: $0)
        }
        let partners = Set(arguments.values("--partner").map { Partner.ID($0) })
        let infoPoints = Set(arguments.values("--info-point").map { InfoPoint.ID($0) })
        scope = Scope(period: period, partners: partners, infoPoints: infoPoints)
        let dimensions = arguments.values("--by").compactMap(BreakdownDimension.init(rawValue:))
        breakdowns = dimensions.isEmpty ? nil : dimensions
        let sections = arguments.values("--section").compactMap(IndicatorReport.Section.init(rawValue:))
        self.sections = sections.isEmpty ? nil : sections
        if let threshold = try arguments.integer("--suppress-below") {
            do {
                suppression = try SuppressionPolicy(threshold: threshold)
            } catch {
                throw UsageError(
                    .usageInvalidValue,
                    "option '--suppress-below' expects an integer of at least \(SuppressionPolicy.minimumThreshold); got '\(threshold)'",
                    command: arguments.command)
            }
        }
        if excel && format != .csv {
            throw UsageError(
                .usageInvalidValue, "flag '--excel' applies to '--format csv' only",
                command: arguments.command)
        }
    }

    /// Checks the partners given with `--partner` against the operation's.
    /// - Throws: ``UsageError`` naming the unknown partner and listing the known ones.
    func checkPartners(of operation: ESFOperation, command: String?) throws(UsageError) {
        if let partner = scope.unknownPartners(in: operation).first {
            let names = operation.partners.map(\.id.rawValue).joined(separator: ", ")
            throw UsageError(
                .usageInvalidValue,
                "option '--partner' does not accept '\(partner.rawValue)'; use one of \(names)",
                command: command)
        }
    }

    /// Refuses a `--period` that starts after the operation's end (a report of zeros would read as a result).
    /// - Throws: ``UsageError`` with code `report.period-after-end` (exit code 2), naming the operation's last day.
    func checkPeriod(of operation: ESFOperation, plugins: PluginRegistry, command: String?) throws(UsageError)
    {
        do {
            try ReportBuilder(plugins: plugins).check(scope, in: operation)
        } catch {
            throw UsageError(
                error.code,
                LocalizedText(
                    sl: "možnost '--period': " + error.message(in: .slovenian),
                    en: "option '--period': " + error.message(in: .english)),
                command: command)
        }
    }

    /// Refuses `--section finance` on a store that holds no finance records (the section would be empty).
    /// - Throws: ``UsageError`` with code `report.no-finance` (exit code 2), saying what to import.
    func checkFinance(of dataset: Dataset, command: String?) throws(UsageError) {
        guard sections?.contains(.finance) == true, !FinanceFigures.holdsFinance(dataset) else { return }
        throw UsageError(
            .reportNoFinance,
            LocalizedText(
                sl:
                    "možnost '--section finance': shramba nima proračunskih postavk, stroškov ali zahtevkov za "
                    + "izplačilo; najprej jih uvozite (budget_lines.csv, cost_items.csv, payment_claims.csv)",
                en:
                    "option '--section finance': the store holds no budget lines, cost items or payment claims; "
                    + "import them first (budget_lines.csv, cost_items.csv, payment_claims.csv)"),
            command: command)
    }

    /// Builds the report on the workspace's dataset and renders it.
    func render(_ workspace: Workspace, plugins: PluginRegistry, console: Console) async -> Data {
        var builder = ReportBuilder(plugins: plugins)
        // `--by` breakdowns are computed (as before, for JSON and CSV) and shown as tables by every renderer.
        if let breakdowns {
            builder.breakdowns = breakdowns
            builder.requestedBreakdowns = breakdowns
        }
        builder.suppression = suppression
        // Through the workspace: the fingerprint the store kept for this revision is used, not recomputed.
        var report = await workspace.report(
            builder, scope: scope, asOf: asOf, progress: console.progressHandler)
        console.clearProgress()
        if let sections { report = report.restricted(to: sections) }
        return ReportRendering.document(report.rendered(as: format, language: language, excel: excel))
    }

    /// Writes the rendered report to its destination (checked by ``OutputDestination``), or to standard
    /// output when there is none. A report holds aggregates only, so its file follows the umask.
    static func deliver(_ data: Data, to destination: OutputDestination?, context: CommandContext) throws {
        if var destination {
            try destination.write(data, readers: .umask, context: context)
        } else {
            context.console.write(data)
        }
    }
}
