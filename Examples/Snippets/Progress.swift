// swift-format-ignore-file
// The snippets of Documentation/Progress.md, verbatim (SnippetDriftTests keeps them so); not formatted.
import Foundation
import SocioLabKit
import SocioLabPlugins

/// What Progress.md's examples show updates on.
@MainActor final class ProgressModel {
    var text = ""
    func show(_ progress: Workspace.Progress) { text = progress.description }
}

/// Progress.md: the callback.
func progressCallback(
    sources: [CSVSource], dataset: Dataset, workspace: Workspace, model: ProgressModel
) async throws {
let batch = try CSVImport.read(sources, options: .init(operation: dataset.operation)) { progress in
    Task { @MainActor in model.show(progress) }
}
try await workspace.apply(batch.changes(against: dataset), author: "ana", reason: "import") { progress in
    Task { @MainActor in model.show(progress) }
}
}

/// Progress.md: a line.
func line(for progress: Workspace.Progress) -> String {
    let percent = progress.fraction.map { " \(Int($0 * 100)) %" } ?? ""
    return "\(progress.phase.name.sl) \(progress.completed)/\(progress.total ?? 0)\(percent)"
}

/// Progress.md: as an asynchronous sequence.
func progressStream(workspace: Workspace, day: Day) async -> IndicatorReport {
let (updates, continuation) = AsyncStream.makeStream(
    of: Workspace.Progress.self, bufferingPolicy: .bufferingNewest(1))
let reader = Task {
    for await progress in updates { print(progress.phase.name.en, progress.fraction ?? 0) }
}
let report = await workspace.report(ReportBuilder(plugins: .standard), asOf: day) { continuation.yield($0) }
continuation.finish()
await reader.value
return report
}
