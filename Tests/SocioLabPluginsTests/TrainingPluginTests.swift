import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage
import Testing

struct TrainingPluginTests {
    let plugin = TrainingPlugin()
    let full =
        #"{"certificate":true,"completion_threshold":0.8,"hours":24,"module":"Osnove","programme":"sp1","trainer":"Maja"}"#

    @Test func detailsRoundTrip() throws {
        let details = TrainingPlugin.Details(
            programme: "sp1", module: "Osnove", hours: 24, trainer: "Maja",
            completionThreshold: Quantity(hundredths: 80), certificate: true)
        let payload = try plugin.payload(details)
        #expect(payload.jsonText == full)
        let activity = try plugin.activity(
            id: "a1", title: "T", startDate: PluginFixtures.day, details: details)
        #expect(activity.kind == .training)
        #expect(try plugin.details(of: activity) == details)
        // Stored text → typed → stored text is unchanged.
        let stored = PluginFixtures.activity(kind: .training, details: full)
        #expect(try plugin.payload(plugin.details(of: stored)) == stored.details)
    }

    @Test func hoursRule() {
        #expect(PluginFixtures.issues("training.hours", kind: .training, details: #"{"hours": 8}"#).isEmpty)
        #expect(
            PluginFixtures.issues("training.hours", kind: .training, details: #"{"hours": 0}"#).count == 1)
        let missing = PluginFixtures.issues("training.hours", kind: .training, details: "{}")
        #expect(missing.map(\.field) == ["details.hours"])
        #expect(missing.first?.severity == .error)
    }

    @Test(arguments: [("0.8", true), ("1", true), ("0", false), ("1.5", false), ("-0.2", false)])
    func completionThresholdRule(threshold: String, valid: Bool) {
        let issues = PluginFixtures.issues(
            "training.completion-threshold", kind: .training,
            details: #"{"hours": 8, "completion_threshold": \#(threshold)}"#)
        #expect(issues.isEmpty == valid)
    }

    @Test func programmeRule() {
        #expect(
            PluginFixtures.issues(
                "training.programme", kind: .training, details: #"{"hours":8,"programme":"sp1"}"#
            )
            .isEmpty)
        let issues = PluginFixtures.issues(
            "training.programme", kind: .training, details: #"{"hours":8,"programme":"sp9"}"#)
        #expect(issues.map(\.field) == ["details.programme"])
    }

    @Test func participationHoursNeverExceedTheTrainings() {
        let training = PluginFixtures.activity(kind: .training, details: #"{"hours": 8}"#).record
        let within = Participation(id: "x1", activity: "a1", organisation: "o1", hours: 8).record
        let over = Participation(
            id: "x2", activity: "a1", organisation: "o2", hours: Quantity(hundredths: 850))
        let issues = PluginFixtures.issues("training.participation-hours", [training, within, over.record])
        #expect(issues.map(\.entity) == [over.reference])
        #expect(issues.first?.field == "hours")
    }

    @Test func participationHoursAreRecheckedWhenTheTrainingChanges() async throws {
        let store = InMemoryStore(operation: .socioLabPodravje)
        let workspace = try await Workspace(store: store, plugins: .standard)
        let training = PluginFixtures.activity(kind: .training, details: #"{"hours": 8}"#)
        try await workspace.apply(
            PluginFixtures.base.map(Change.insert) + [
                .insert(training.record),
                .insert(Participation(id: "x1", activity: "a1", organisation: "o1", hours: 6).record),
            ], author: "t", reason: "setup")
        var shorter = training
        shorter.details = try JSONValue(parsing: #"{"hours": 4}"#)
        let rejected = await #expect(throws: ChangeRejected.self) {
            try await workspace.apply([.update(shorter.record)], author: "t", reason: "shorten")
        }
        #expect(rejected?.errors.map(\.rule) == ["training.participation-hours"])
        #expect(rejected?.errors.first?.entity == EntityReference(.participation, "x1"))
    }

    @Test func completionRuleAndCompletion() throws {
        let details = TrainingPlugin.Details(hours: 10, completionThreshold: Quantity(hundredths: 80))
        let training = try plugin.activity(
            id: "a1", title: "T", startDate: PluginFixtures.day, details: details)
        let short = Participation(id: "x1", activity: "a1", organisation: "o1", hours: 7, completed: true)
        let enough = Participation(id: "x2", activity: "a1", organisation: "o2", hours: 8, completed: true)
        let issues = PluginFixtures.issues(
            "training.completion", [training.record, short.record, enough.record])
        #expect(issues.map(\.entity) == [short.reference])
        #expect(issues.first?.severity == .warning)

        #expect(plugin.completed(Participation(id: "p", activity: "a1", hours: 8), details: details) == true)
        #expect(plugin.completed(Participation(id: "p", activity: "a1", hours: 7), details: details) == false)
        #expect(plugin.completed(short, details: details) == true)
        #expect(plugin.completed(Participation(id: "p", activity: "a1"), details: details) == nil)
    }

    @Test func qualifiesAsTraining() {
        let registry = PluginRegistry.standard
        #expect(
            registry.qualifications(of: PluginFixtures.activity(kind: .training, details: #"{"hours":8}"#))
                == [.training])
        #expect(
            registry.qualifications(
                of: PluginFixtures.activity(kind: .training, details: #"{"hours":8}"#, status: .planned)
            )
            .isEmpty)
        #expect(
            registry.qualifications(of: PluginFixtures.activity(kind: .training, details: #"{"hours":"x"}"#))
                .isEmpty)
    }
}
