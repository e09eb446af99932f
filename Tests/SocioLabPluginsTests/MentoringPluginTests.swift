import SocioLabKit
import SocioLabPlugins
import Testing

struct MentoringPluginTests {
    let plugin = MentoringPlugin()

    @Test func detailsRoundTrip() throws {
        let details = MentoringPlugin.Details(
            menteeOrganisation: "o1", mentor: "Tina", hours: Quantity(hundredths: 350),
            topic: "poslovni model",
            stage: .startup)
        let payload = try plugin.payload(details)
        #expect(
            payload.jsonText
                == #"{"hours":3.5,"mentee_organisation":"o1","mentor":"Tina","stage":"startup","topic":"poslovni model"}"#
        )
        let activity = PluginFixtures.activity(kind: .mentoring, details: payload.jsonText)
        #expect(try plugin.details(of: activity) == details)
        #expect(try plugin.payload(plugin.details(of: activity)) == activity.details)
    }

    @Test func menteeIsRequiredAndMustExist() {
        #expect(
            PluginFixtures.issues(
                "mentoring.mentee", kind: .mentoring, details: #"{"mentee_organisation":"o1"}"#
            )
            .isEmpty)
        let missing = PluginFixtures.issues("mentoring.mentee", kind: .mentoring, details: #"{"hours":2}"#)
        #expect(missing.map(\.field) == ["details.mentee_organisation"])
        let unknown = PluginFixtures.issues(
            "mentoring.mentee", kind: .mentoring, details: #"{"mentee_organisation":"o9"}"#)
        #expect(unknown.count == 1)
        #expect(unknown.first?.message.en.contains("o9") == true)
    }

    @Test func hoursRule() {
        let ok = #"{"mentee_organisation":"o1","hours":2}"#
        let zero = #"{"mentee_organisation":"o1","hours":0}"#
        #expect(PluginFixtures.issues("mentoring.hours", kind: .mentoring, details: ok).isEmpty)
        #expect(PluginFixtures.issues("mentoring.hours", kind: .mentoring, details: zero).count == 1)
    }

    @Test func unknownStageIsADetailsError() {
        let issues = PluginFixtures.issues(
            "plugin.details", kind: .mentoring, details: #"{"mentee_organisation":"o1","stage":"teenage"}"#)
        #expect(issues.map(\.field) == ["details.stage"])
    }

    @Test func qualifiesAsMentoringWithAMentee() {
        let registry = PluginRegistry.standard
        #expect(
            registry.qualifications(
                of: PluginFixtures.activity(kind: .mentoring, details: #"{"mentee_organisation":"o1"}"#))
                == [.mentoring])
        #expect(registry.qualifications(of: PluginFixtures.activity(kind: .mentoring, details: "{}")).isEmpty)
    }
}
