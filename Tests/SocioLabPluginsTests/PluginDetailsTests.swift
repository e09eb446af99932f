import SocioLabKit
import SocioLabPlugins
import SocioLabStorage
import Testing

/// Payloads that do not fit a plugin's details: a validation error naming the activity and field, never a crash.
struct PluginDetailsTests {
    @Test(arguments: [
        (ActivityKind.training, #"{"hours":"many"}"#, "details.hours"),
        (.training, #"{"hours":8,"certificate":"yes"}"#, "details.certificate"),
        (.fair, #"{"exhibitors":["o1",2]}"#, "details.exhibitors[1]"),
        (.fair, #"{"visitors":12.5}"#, "details.visitors"),
        (.conference, #"{"countries":"SI"}"#, "details.countries"),
        (.competition, #"{"category":"best"}"#, "details.category"),
        (.campaign, #"{"reach":null,"channels":[null]}"#, "details.channels[0]"),
        (.mentoring, "[1,2]", "details"),
        (.campaign, "7", "details"),
    ])
    func malformedDetailsAreAValidationError(kind: ActivityKind, details: String, field: String) throws {
        let activity = PluginFixtures.activity(kind: kind, details: details)
        let issues = PluginFixtures.issues("plugin.details", [activity.record])
        let issue = try #require(issues.first)
        #expect(issues.count == 1)
        #expect(issue.severity == .error)
        #expect(issue.entity == activity.reference)
        #expect(issue.field == field)
        #expect(issue.message.en.contains(field))
    }

    @Test func malformedDetailsSilenceThePluginsOtherRules() {
        // hours is not a number: only plugin.details reports, not training.hours.
        let issues = PluginFixtures.validator.validate(
            PluginFixtures.dataset([
                PluginFixtures.activity(kind: .training, details: #"{"hours":"8h"}"#).record
            ]))
        #expect(issues.map(\.rule) == ["plugin.details"])
    }

    @Test func typedDetailsThrowAnErrorNamingActivityAndField() throws {
        let activity = PluginFixtures.activity("a7", kind: .competition, details: #"{"winners":[true]}"#)
        let error = try #require(throws: SocioLabError.self) { try CompetitionPlugin().details(of: activity) }
        #expect(error.code == .pluginDetailsInvalid)
        #expect(error.location.entity == "activity/a7")
        #expect(error.location.field == "details.winners[0]")
        #expect(CompetitionPlugin().detailsIfValid(of: activity) == nil)
    }

    @Test func askingTheWrongPluginIsAnError() throws {
        let activity = PluginFixtures.activity(kind: .fair, details: "{}")
        let error = try #require(throws: SocioLabError.self) { try TrainingPlugin().details(of: activity) }
        #expect(error.code == .pluginKindMismatch)
    }

    @Test func unknownFieldsAreWarnedAndKept() {
        let activity = PluginFixtures.activity(
            kind: .training, details: #"{"hours":8,"hour":8,"notes":null}"#)
        let issues = PluginFixtures.issues("plugin.details-unknown-field", [activity.record])
        #expect(issues.map(\.field) == ["details.hour"])
        #expect(issues.map(\.severity) == [.warning])
        #expect(activity.details["hour"] == .number("8"))
    }

    @Test func aWorkspaceRejectsMalformedDetailsWholeAndWritesNothing() async throws {
        let workspace = try await Workspace(
            store: InMemoryStore(operation: .socioLabPodravje), plugins: .standard)
        let bad = PluginFixtures.activity(kind: .fair, details: #"{"visitors":"lots"}"#)
        let rejected = await #expect(throws: ChangeRejected.self) {
            try await workspace.apply([.insert(bad.record)], author: "t", reason: "import")
        }
        #expect(rejected?.errors.map(\.rule) == ["plugin.details"])
        #expect(rejected?.errors.first?.field == "details.visitors")
        #expect(await workspace.revision == 0)
        #expect(await workspace.dataset.activities.count == 0)
    }
}
