import SocioLabKit
import SocioLabPlugins
import Testing

struct FairPluginTests {
    let plugin = FairPlugin()

    @Test func detailsRoundTrip() throws {
        let details = FairPlugin.Details(openDayHosts: ["o1"], exhibitors: ["o2", "o3"], visitors: 240)
        let payload = try plugin.payload(details)
        #expect(payload.jsonText == #"{"exhibitors":["o2","o3"],"open_day_hosts":["o1"],"visitors":240}"#)
        let activity = PluginFixtures.activity(kind: .fair, details: payload.jsonText)
        #expect(try plugin.details(of: activity) == details)
        #expect(try plugin.payload(plugin.details(of: activity)) == activity.details)
    }

    @Test func organisationsMustExist() {
        #expect(
            PluginFixtures.issues(
                "fair.organisations", kind: .fair, details: #"{"open_day_hosts":["o1"],"exhibitors":["o2"]}"#
            ).isEmpty)
        let issues = PluginFixtures.issues(
            "fair.organisations", kind: .fair,
            details: #"{"open_day_hosts":["o8"],"exhibitors":["o2","o9","o9"]}"#)
        #expect(issues.map(\.field) == ["details.exhibitors", "details.open_day_hosts"])
    }

    @Test func visitorsAreNotNegative() {
        #expect(PluginFixtures.issues("fair.visitors", kind: .fair, details: #"{"visitors":0}"#).isEmpty)
        #expect(PluginFixtures.issues("fair.visitors", kind: .fair, details: #"{"visitors":-3}"#).count == 1)
    }

    @Test func qualifiesWithOpenDaysOnly() {
        let registry = PluginRegistry.standard
        #expect(
            registry.qualifications(
                of: PluginFixtures.activity(kind: .fair, details: #"{"open_day_hosts":["o1"]}"#))
                == [.fairWithOpenDays])
        #expect(
            registry.qualifications(
                of: PluginFixtures.activity(kind: .fair, details: #"{"open_day_hosts":[]}"#)
            )
            .isEmpty)
        #expect(
            registry.qualifications(of: PluginFixtures.activity(kind: .fair, details: #"{"visitors":500}"#))
                .isEmpty)
    }

    @Test func headcountLivesBesideNamedParticipations() throws {
        // Mixed attendance: an anonymous headcount of 300 and two named visitors. The headcount creates no
        // participation, so person-based counts see only the two named visitors.
        let fair = PluginFixtures.activity(kind: .fair, details: #"{"open_day_hosts":["o1"],"visitors":300}"#)
        let named = [
            Participation(id: "x1", activity: "a1", person: "p1").record,
            Participation(id: "x2", activity: "a1", person: "p2").record,
        ]
        let dataset = PluginFixtures.dataset([fair.record] + named)
        #expect(try plugin.details(of: fair).visitors == 300)
        #expect(Set(dataset.participations(in: "a1").compactMap(\.person)) == ["p1", "p2"])
    }
}
