import SocioLabKit
import SocioLabPlugins
import Testing

struct CampaignPluginTests {
    let plugin = CampaignPlugin()

    @Test func detailsRoundTrip() throws {
        let details = CampaignPlugin.Details(channels: ["radio", "facebook"], reach: 12_000)
        let payload = try plugin.payload(details)
        #expect(payload.jsonText == #"{"channels":["radio","facebook"],"reach":12000}"#)
        let activity = PluginFixtures.activity(kind: .campaign, details: payload.jsonText)
        #expect(try plugin.details(of: activity) == details)
        #expect(try plugin.payload(plugin.details(of: activity)) == activity.details)
    }

    @Test func reachIsNotNegative() {
        #expect(PluginFixtures.issues("campaign.reach", kind: .campaign, details: #"{"reach":0}"#).isEmpty)
        let issues = PluginFixtures.issues("campaign.reach", kind: .campaign, details: #"{"reach":-1}"#)
        #expect(issues.map(\.field) == ["details.reach"])
    }

    @Test func qualifiesAsCampaign() {
        #expect(
            PluginRegistry.standard.qualifications(
                of: PluginFixtures.activity(kind: .campaign, details: "{}"))
                == [.campaign])
    }
}
