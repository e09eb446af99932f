import SocioLabKit
import SocioLabPlugins
import Testing

struct PluginIndicatorTests {
    let asOf = Day(year: 2021, month: 12, day: 31)!

    func value(_ indicator: any Indicator, _ records: [EntityRecord]) -> IndicatorValue {
        let context = IndicatorContext(
            dataset: PluginFixtures.dataset(records), plugins: .standard, asOf: asOf)
        return IndicatorEngine.evaluate(indicator, scope: .wholeOperation, context: context, dimensions: [])
    }

    func person(_ id: Person.ID) -> EntityRecord { Person(id: id).record }

    @Test func registryListsEveryPluginIndicator() {
        #expect(
            PluginRegistry.standard.indicators.map(\.id) == [
                "campaign.reach", "competition.entries", "conference.headcount", "fair.visitors",
                "fair.exhibitors",
                "mentoring.hours", "mentoring.organisations", "training.hours", "training.completion",
            ])
    }

    @Test func trainingHoursDelivered() {
        let records = [
            PluginFixtures.activity("t1", kind: .training, details: #"{"hours":8}"#).record,
            PluginFixtures.activity("t2", kind: .training, details: #"{"hours":16.5}"#).record,
            PluginFixtures.activity("t3", kind: .training, details: #"{"hours":4}"#, status: .planned).record,
            PluginFixtures.activity("f1", kind: .fair, details: #"{"visitors":10}"#).record,
        ]
        let v = value(TrainingHoursIndicator(), records)
        #expect(v.value == 2)
        #expect(v.measure == Quantity(hundredths: 2450))
    }

    @Test func trainingCompletionRate() throws {
        let training = PluginFixtures.activity(
            "t1", kind: .training, details: #"{"hours":10,"completion_threshold":0.8}"#)
        let records: [EntityRecord] = [
            training.record, person("p1"), person("p2"), person("p3"), person("p4"),
            Participation(id: "x1", activity: "t1", person: "p1", hours: 8).record,
            Participation(id: "x2", activity: "t1", person: "p2", hours: 5).record,
            Participation(id: "x3", activity: "t1", person: "p3", hours: 3, completed: true).record,
            Participation(id: "x4", activity: "t1", person: "p4", role: .trainer, hours: 10).record,
            Participation(id: "x5", activity: "t1", organisation: "o1", hours: 10).record,
            Participation(id: "x6", activity: "t1", person: "p4", status: .noShow).record,
        ]
        let v = value(TrainingCompletionIndicator(), records)
        #expect(v.value == 3)
        #expect(v.measure == 2)
        let rate = try #require(TrainingCompletionIndicator.rate(of: v))
        #expect(abs(rate - 2.0 / 3.0) < 1e-9)
    }

    @Test func mentoringHoursPerOrganisation() {
        let records = [
            PluginFixtures.activity(
                "m1", kind: .mentoring, details: #"{"mentee_organisation":"o1","hours":2}"#
            ).record,
            PluginFixtures.activity(
                "m2", kind: .mentoring, details: #"{"mentee_organisation":"o1","hours":3}"#
            ).record,
            PluginFixtures.activity(
                "m3", kind: .mentoring, details: #"{"mentee_organisation":"o2","hours":1.5}"#
            )
            .record,
        ]
        let hours = value(MentoringHoursIndicator(), records)
        #expect(hours.value == 3)
        #expect(hours.measure == Quantity(hundredths: 650))
        #expect(value(MentoredOrganisationsIndicator(), records).value == 2)
        #expect(
            MentoringPlugin().hoursByOrganisation(in: PluginFixtures.dataset(records))
                == ["o1": 5, "o2": Quantity(hundredths: 150)])
    }

    @Test func fairVisitorsAndExhibitors() {
        let records = [
            PluginFixtures.activity("f1", kind: .fair, details: #"{"visitors":300,"exhibitors":["o1","o2"]}"#)
                .record,
            PluginFixtures.activity("f2", kind: .fair, details: #"{"visitors":120,"exhibitors":["o2","o3"]}"#)
                .record,
        ]
        let visitors = value(FairVisitorsIndicator(), records)
        #expect(visitors.value == 2)
        #expect(visitors.measure == 420)
        #expect(value(FairExhibitorsIndicator(), records).value == 3)
    }

    @Test func anonymousHeadcountsNeverCountAsPersons() {
        let fair = PluginFixtures.activity(
            "f1", kind: .fair, details: #"{"open_day_hosts":["o1"],"visitors":300}"#)
        let conference = PluginFixtures.activity(
            "c1", kind: .conference, details: #"{"countries":["SI","AT"],"headcount":150}"#)
        let records: [EntityRecord] = [
            fair.record, conference.record, person("p1"), person("p2"),
            Participation(id: "x1", activity: "f1", person: "p1").record,
            Participation(id: "x2", activity: "f1", person: "p2").record,
            Participation(id: "x3", activity: "c1", person: "p1").record,
        ]
        let fairVisitors = AttendanceIndicator(
            id: "fair-persons", title: LocalizedText(sl: "osebe", en: "persons"),
            qualification: .fairWithOpenDays)
        let conferencePersons = AttendanceIndicator(
            id: "conference-persons", title: LocalizedText(sl: "osebe", en: "persons"),
            qualification: .internationalConference)
        #expect(value(fairVisitors, records).value == 2)
        #expect(value(conferencePersons, records).value == 1)
        #expect(!FairVisitorsIndicator().countsPersons)
        #expect(!ConferenceHeadcountIndicator().countsPersons)
        #expect(value(ConferenceHeadcountIndicator(), records).measure == 150)
    }

    @Test func competitionEntrantsAndCampaignReach() {
        let records = [
            PluginFixtures.activity(
                "k1", kind: .competition,
                details: #"{"category":"social_innovation","entries":["o1","o2","o9"]}"#
            ).record,
            PluginFixtures.activity(
                "k2", kind: .competition, details: #"{"category":"ethical_investor","entries":["o2"]}"#
            )
            .record,
            PluginFixtures.activity("r1", kind: .campaign, details: #"{"reach":12000}"#).record,
            PluginFixtures.activity("r2", kind: .campaign, details: #"{"reach":"a lot"}"#).record,
        ]
        // o9 is not recorded and does not count; the malformed campaign does not count.
        #expect(value(CompetitionEntriesIndicator(), records).value == 2)
        let reach = value(CampaignReachIndicator(), records)
        #expect(reach.value == 1)
        #expect(reach.measure == 12_000)
    }
}
