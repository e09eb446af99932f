// swift-format-ignore-file
// The snippets of Documentation/Validation.md, verbatim (SnippetDriftTests keeps them so); not formatted.
import SocioLabKit

/// Validation.md, applying a change set.
func validationApplying(workspace: Workspace, changes: [Change]) async throws {
do {
    let result = try await workspace.apply(changes, author: "ana", reason: "March attendance")
    for warning in result.issues { print(warning.text(in: .slovenian)) }
} catch let rejected as ChangeRejected {
    for issue in rejected.errors { print(issue) }   // nothing was written
}
}

struct TitleRequired: EntityRule {
    let id: RuleID = "acme.title"
    let severity = Severity.error
    func check(_ activity: Activity, in dataset: Dataset) -> [ValidationIssue] {
        activity.title.isEmpty
            ? [issue(activity.reference, field: "title",
                     LocalizedText(sl: "naslov manjka", en: "the title is missing"),
                     fix: LocalizedText(sl: "Vpišite naslov.", en: "Enter a title."))]
            : []
    }
}
