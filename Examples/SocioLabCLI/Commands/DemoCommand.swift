import Foundation
import SocioLabKit
import SocioLabStorage
import SocioLabTesting

/// `sociolab demo`: a demo store filled with the SocioLab Podravje sample data, and its progress report.
enum DemoCommand: CLICommand {
    static let spec = CommandSpec(
        name: "demo",
        abstract: "Build a demo store with the SocioLab Podravje sample data and print its progress report.",
        discussion: "The store is ./sociolab-demo unless --store is given ($SOCIOLAB_STORE is not used, so a "
            + "real store is never touched). The first run fills it with generated data running to 2020-12-31; "
            + "later runs reuse it; --force rebuilds it. The report is as of 2020-12-31 unless --as-of is given.",
        options: [
            .init(
                "seed", valueName: "n", help: "The seed of the generated data.",
                defaultValue: String(SampleData.demoSeed)),
            .init(
                "scale", valueName: "scale",
                help: "demo (about the real operation's size) or large:N (N persons, for benchmarks).",
                defaultValue: "demo"),
            .init("as-of", valueName: "day", help: "The day of the report (default: 2020-12-31)."),
        ],
        flags: [.init("force", help: "Delete the demo store and build it again.")])

    /// The size of the generated data.
    enum Scale: Equatable {
        case demo
        case large(persons: Int)

        init?(_ text: String) {
            if text == "demo" {
                self = .demo
            } else if text.hasPrefix("large:"), let persons = Int(text.dropFirst(6)), persons > 0 {
                self = .large(persons: persons)
            } else {
                return nil
            }
        }
    }

    static func run(_ context: CommandContext) async throws -> Int32 {
        let arguments = context.arguments
        let seed =
            try arguments.value("--seed", as: "a non-negative integer") { UInt64($0) } ?? SampleData.demoSeed
        let scale = try arguments.value("--scale", as: "demo or large:N") { Scale($0) } ?? .demo
        let asOf = try context.day("--as-of", default: SampleData.demoAsOf)
        let path = arguments.value("--store") ?? "./sociolab-demo"
        let url = context.environment.url(for: path, isDirectory: true)
        let console = context.console
        try OutputDestination.checkNewStore(path, context: context)
        let location = try StoreAccess.location(path, environment: context.environment)

        if arguments.flag("--force") && (location != nil || FileManager.default.fileExists(atPath: url.path))
        {
            try StoreAccess.remove(at: url, path: path, environment: context.environment)
        }
        let workspace: Workspace
        if let reused = try await reuse(at: url, path: path, context: context) {
            workspace = reused
        } else {
            if location == nil && FileManager.default.fileExists(atPath: url.path) {
                // Only an empty directory or an unfinished demo store may be replaced; anything else stays.
                try StoreAccess.remove(at: url, path: path, environment: context.environment)
            }
            workspace = try await build(scale: scale, seed: seed, at: url, path: path, context: context)
        }
        var reportArguments = ParsedArguments(command: spec.name)
        reportArguments.optionValues["lang"] = arguments.optionValues["lang"]
        var reportContext = context
        reportContext.arguments = reportArguments
        let options = try ReportOptions(context: reportContext, asOf: asOf)
        context.console.write(await options.render(workspace, plugins: context.plugins, console: console))
        return ExitCode.success
    }

    /// The demo store made by an earlier run, opened for reading; `nil` when there is none, or when an
    /// earlier run was interrupted before it wrote the data (an empty store), so it is built again.
    static func reuse(at url: URL, path: String, context: CommandContext) async throws -> Workspace? {
        guard try await StoreAccess.exists(at: url, path: path, environment: context.environment) else {
            return nil
        }
        let store: any Store
        let workspace: Workspace
        do {
            store = try await StoreAccess.open(
                at: url, path: path, readOnly: true, environment: context.environment)
            workspace = try await Workspace(
                store: store, plugins: context.plugins, clock: context.environment.clock)
        } catch let error as SocioLabError {
            throw CommandFailure(
                [
                    "sociolab: error: \(error.description)",
                    "sociolab: the demo store at \(path) cannot be used; add --force to build it again",
                ], exitCode: ExitCode.store)
        }
        guard await workspace.dataset.totalCount > 0 else {
            (store as? JSONFileStore)?.close()
            context.console.summary("sociolab: note: the demo store at \(path) is empty; building it again")
            return nil
        }
        if context.arguments.isGiven("--seed") || context.arguments.isGiven("--scale") {
            context.console.summary(
                "sociolab: note: reusing the demo store at \(path); add --force to rebuild it with these options"
            )
        } else {
            context.console.summary("Using the demo store at \(path) (add --force to rebuild it)")
        }
        return workspace
    }

    /// Creates the demo store and fills it with generated data.
    ///
    /// The demo scale is written as one change set, so `history` shows who made each record and why; the
    /// large scale is written straight into the first snapshot of a store directory, which is much faster
    /// for millions of records (into another backend's store, as one change set too). Another backend's
    /// store that an interrupted run left empty is filled as it is.
    static func build(scale: Scale, seed: UInt64, at url: URL, path: String, context: CommandContext)
        async throws
        -> Workspace
    {
        let console = context.console
        let reporter = ProgressReporter(console.progressHandler)
        defer { console.clearProgress() }
        reporter?.begin(.generating, total: nil)
        let location = try StoreAccess.location(path, environment: context.environment)
        switch scale {
        case .demo,
            .large where location != nil:
            let dataset: Dataset
            if case .large(let persons) = scale {
                dataset = SampleData.large(persons: persons, seed: seed)
            } else {
                dataset = SampleData.demo(seed: seed)
            }
            reporter?.finish()
            let store: any Store
            if let location, try await location.exists() {
                store = try await location.open(readOnly: false)
            } else {
                store = try await StoreAccess.create(
                    at: url, path: path, operation: dataset.operation, environment: context.environment)
            }
            let workspace = try await Workspace(
                store: store, plugins: context.plugins, clock: context.environment.clock)
            var scaleName = "demo"
            if case .large(let persons) = scale { scaleName = "large:\(persons)" }
            try await workspace.apply(
                dataset.allRecords.map(Change.insert), author: "sociolab demo",
                reason: "demo data (scale \(scaleName), seed \(seed))", progress: console.progressHandler)
            console.summary("Built the demo store at \(path): \(dataset.totalCount) records (seed \(seed))")
            return workspace
        case .large(let persons):
            let dataset = SampleData.large(persons: persons, seed: seed)
            reporter?.begin(.writing, total: dataset.totalCount)
            let store = try StoreAccess.create(
                at: url, path: path, dataset: dataset, environment: context.environment)
            reporter?.finish()
            let workspace = try await Workspace(
                store: store, plugins: context.plugins, clock: context.environment.clock)
            console.summary(
                "Built the demo store at \(path): \(dataset.totalCount) records (scale large:\(persons), seed \(seed))"
            )
            return workspace
        }
    }
}
