import SocioLabKit
import SocioLabPlugins
import Testing

struct ConferencePluginTests {
    let plugin = ConferencePlugin()

    @Test func detailsRoundTrip() throws {
        let details = ConferencePlugin.Details(
            international: true, countries: ["SI", "AT", "HR"], sessions: 4, speakers: 11, headcount: 180)
        let payload = try plugin.payload(details)
        #expect(
            payload.jsonText
                == #"{"countries":["SI","AT","HR"],"headcount":180,"international":true,"sessions":4,"speakers":11}"#
        )
        let activity = PluginFixtures.activity(kind: .conference, details: payload.jsonText)
        #expect(try plugin.details(of: activity) == details)
        #expect(try plugin.payload(plugin.details(of: activity)) == activity.details)
    }

    @Test(arguments: [("SI", true), ("AT", true), ("si", false), ("XK", false), ("SVN", false), ("", false)])
    func countriesAreAlpha2(code: String, valid: Bool) {
        let issues = PluginFixtures.issues(
            "conference.countries", kind: .conference, details: #"{"countries":["SI","\#(code)"]}"#)
        #expect(issues.isEmpty == valid)
        if !valid { #expect(issues.first?.field == "details.countries[1]") }
    }

    @Test func countryCodeList() {
        #expect(CountryCode.all.count == 249)
        #expect(CountryCode(rawValue: "SI") == .slovenia)
        #expect(CountryCode(rawValue: "ZZ") == nil)
    }

    @Test(arguments: [
        (#"["SI","AT"]"#, true), (#"["AT","HR"]"#, true), (#"["SI"]"#, false), (#"["SI","SI"]"#, false),
        (#"["SI","XX"]"#, false), ("[]", false),
    ])
    func internationalNeedsTwoCountriesOneNotSlovenia(countries: String, international: Bool) {
        let details = #"{"international":true,"countries":\#(countries)}"#
        let issues = PluginFixtures.issues("conference.international", kind: .conference, details: details)
        #expect(issues.isEmpty == international)
        let qualifications = PluginRegistry.standard.qualifications(
            of: PluginFixtures.activity(kind: .conference, details: details))
        #expect(qualifications == (international ? [.internationalConference] : []))
    }

    @Test func declaredNotInternationalIsWarnedAndDoesNotQualify() {
        let details = #"{"international":false,"countries":["SI","AT"]}"#
        let issues = PluginFixtures.issues(
            "conference.international-flag", kind: .conference, details: details)
        #expect(issues.map(\.severity) == [.warning])
        #expect(
            PluginRegistry.standard.qualifications(
                of: PluginFixtures.activity(kind: .conference, details: details)
            )
            .isEmpty)
        #expect(
            PluginFixtures.issues(
                "conference.international-flag", kind: .conference, details: #"{"countries":["SI","AT"]}"#
            ).isEmpty)
    }

    @Test func countsAreNotNegative() {
        #expect(
            PluginFixtures.issues(
                "conference.counts", kind: .conference, details: #"{"sessions":2,"headcount":0}"#
            )
            .isEmpty)
        let issues = PluginFixtures.issues(
            "conference.counts", kind: .conference, details: #"{"sessions":-1,"speakers":-2,"headcount":-3}"#)
        #expect(issues.map(\.field) == ["details.headcount", "details.sessions", "details.speakers"])
    }
}
