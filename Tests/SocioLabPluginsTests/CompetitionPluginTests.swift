import SocioLabKit
import SocioLabPlugins
import Testing

struct CompetitionPluginTests {
    let plugin = CompetitionPlugin()

    @Test func detailsRoundTrip() throws {
        let details = CompetitionPlugin.Details(
            category: .ethicalInvestor, edition: 2019, entries: ["o1", "o2"], jury: ["A. B.", "C. D."],
            winners: ["o2"])
        let payload = try plugin.payload(details)
        #expect(
            payload.jsonText
                == #"{"category":"ethical_investor","edition":2019,"entries":["o1","o2"],"jury":["A. B.","C. D."],"winners":["o2"]}"#
        )
        let activity = PluginFixtures.activity(kind: .competition, details: payload.jsonText)
        #expect(try plugin.details(of: activity) == details)
        #expect(try plugin.payload(plugin.details(of: activity)) == activity.details)
    }

    @Test func categoryIsRequiredAndKnown() {
        #expect(
            PluginFixtures.issues(
                "competition.category", kind: .competition, details: #"{"category":"social_innovation"}"#
            )
            .isEmpty)
        #expect(PluginFixtures.issues("competition.category", kind: .competition, details: "{}").count == 1)
        let unknown = PluginFixtures.issues(
            "plugin.details", kind: .competition, details: #"{"category":"best"}"#)
        #expect(unknown.map(\.field) == ["details.category"])
    }

    @Test func winnersMustBeEntries() {
        let ok = #"{"category":"social_innovation","entries":["o1","o2"],"winners":["o1"]}"#
        let bad = #"{"category":"social_innovation","entries":["o1"],"winners":["o1","o2","o2"]}"#
        #expect(PluginFixtures.issues("competition.winners", kind: .competition, details: ok).isEmpty)
        let issues = PluginFixtures.issues("competition.winners", kind: .competition, details: bad)
        #expect(issues.count == 1)
        #expect(issues.first?.message.en.contains("o2") == true)
    }

    @Test func entriesAndWinnersMustExist() {
        let ok = #"{"category":"social_innovation","entries":["o1","o2"],"winners":["o1"]}"#
        let bad = #"{"category":"social_innovation","entries":["o1","o7"],"winners":["o8"]}"#
        #expect(PluginFixtures.issues("competition.organisations", kind: .competition, details: ok).isEmpty)
        let issues = PluginFixtures.issues("competition.organisations", kind: .competition, details: bad)
        #expect(issues.map(\.field) == ["details.entries", "details.winners"])
    }

    @Test(arguments: [
        ("social_innovation", Qualification.socialInnovationAward),
        ("ethical_investor", Qualification.ethicalInvestorAward),
    ])
    func qualifiesByCategory(category: String, qualification: Qualification) {
        let activity = PluginFixtures.activity(kind: .competition, details: #"{"category":"\#(category)"}"#)
        #expect(PluginRegistry.standard.qualifications(of: activity) == [qualification])
    }

    @Test func noCategoryNoQualification() {
        #expect(
            PluginRegistry.standard.qualifications(
                of: PluginFixtures.activity(kind: .competition, details: "{}")
            )
            .isEmpty)
    }
}
