import Testing

@testable import SocioLabKit

struct IndicatorTests {
    let context = IndicatorContext(dataset: Fixture.outputs, plugins: Fixture.plugins, asOf: Fixture.asOf)

    func value(_ indicator: any Indicator, _ scope: Scope = .wholeOperation) -> IndicatorValue {
        IndicatorEngine.evaluate(indicator, scope: scope, context: context)
    }

    @Test func trainedPersonsCountedOnceAcrossTrainingsAndPartners() {
        // p1: three trainings (prizma, citilab, prizma); p2: one; p7: one on 30 June. p3 no-show/registered,
        // p4 planned/cancelled, p5 trainer, p6 mentoring only, p8 after the report day: none counts.
        let v = value(OutputIndicators.trainedPersons)
        #expect(v.value == 3)
        #expect(v.toDate == 3)
        let byPartner = v.breakdowns.first { $0.dimension == .partner }!
        #expect(byPartner.cells.first { $0.key == "prizma" }?.value == 1)
        #expect(byPartner.cells.first { $0.key == "citilab" }?.value == 1)
        #expect(byPartner.cells.first { $0.key == "tkalka" }?.value == 1)
        #expect(byPartner.additive)
        let byGender = v.breakdowns.first { $0.dimension == .gender }!
        #expect(byGender.cells.first { $0.key == "female" }?.value == 2)
        #expect(byGender.cells.first { $0.key == "male" }?.value == 1)
    }

    @Test func personTrainedByTwoPartnersCountsOnceAndForEachPartnerFilter() {
        #expect(value(OutputIndicators.trainedPersons, Scope(partners: ["citilab"])).value == 2)
        #expect(value(OutputIndicators.trainedPersons, Scope(partners: ["prizma"])).value == 1)
        #expect(value(OutputIndicators.trainedPersons, Scope(partners: ["prizma", "citilab"])).value == 2)
    }

    @Test func lastDayOfQuarterBelongsToThatQuarter() {
        let v = value(OutputIndicators.trainedPersons)
        let q2 = v.series.first { $0.period == .quarter(2018, 2) }!
        let q3 = v.series.first { $0.period == .quarter(2018, 3) }!
        #expect(q2.value == 2)  // p1 on 10 May, p7 on 30 June
        #expect(q3.value == 1)  // p2
        #expect(q3.cumulative == 3)
        #expect(v.series.compactMap(\.value).reduce(0, +) == v.value)
        #expect(v.series.last?.period == .quarter(2019, 4))
        #expect(value(OutputIndicators.trainedPersons, Scope(period: .quarter(2018, 2))).value == 2)
    }

    @Test func periodValueIsFirstEventsAndActiveIsBeside() {
        let q3 = value(OutputIndicators.trainedPersons, Scope(period: .quarter(2018, 3)))
        #expect(q3.value == 1)
        #expect(q3.active == 2)  // p1 and p2 both attended t2
        #expect(q3.toDate == 3)
        let q1 = value(OutputIndicators.trainedPersons, Scope(period: .quarter(2019, 1)))
        #expect(q1.value == 0)
        #expect(q1.active == 1)  // p1 again in t3
    }

    @Test func organisationsViaMembershipAndMentoringCountOnce() {
        // o1 via member p1 (training) and as mentee: once. o2 is not social economy. o3 mentee, o4 organisation
        // in a mentoring. o5 only in a cancelled mentoring.
        let v = value(OutputIndicators.organisations)
        #expect(v.value == 3)
        let q = v.series.first { $0.period == .quarter(2018, 2) }!
        #expect(q.value == 1)  // o1 first via p1 on 10 May 2018
    }

    @Test func jobsCountAndFTE() {
        let v = value(OutputIndicators.jobs)
        #expect(v.value == 2)
        #expect(v.measure == Quantity(hundredths: 150))
    }

    @Test(arguments: [
        ("OUT-01", 1), ("OUT-02", 2), ("OUT-03", 1), ("OUT-07", 1), ("OUT-08", 1), ("OUT-09", 1),
        ("OUT-10", 1),
        ("OUT-11", 1), ("OUT-12", 1), ("OUT-13", 1),
    ])
    func recordAndActivityOutputs(id: String, expected: Int) throws {
        let indicator = try #require(OutputIndicators.all.first { $0.id == id })
        #expect(value(indicator).value == expected)
    }

    @Test func infoPointCountsInItsOpeningPeriodAndClosingDoesNotUndoIt() {
        #expect(value(OutputIndicators.infoPoints, Scope(period: .year(2018))).value == 1)
        #expect(value(OutputIndicators.infoPoints, Scope(period: .year(2019))).value == 1)
        #expect(value(OutputIndicators.infoPoints, Scope(partners: ["prizma"])).value == 1)
    }

    @Test func filtersOnActivitiesExcludeEventsWithoutActivity() {
        #expect(value(OutputIndicators.jobs, Scope(pillars: [1])).value == 0)
        #expect(value(OutputIndicators.trainedPersons, Scope(pillars: [2])).value == 2)  // p1 and p2 in t2
        #expect(value(OutputIndicators.trainedPersons, Scope(activityKinds: ["mentoring"])).value == 0)
    }

    @Test func eventsAfterTheReportDayDoNotCount() {
        let later = IndicatorContext(
            dataset: Fixture.outputs, plugins: Fixture.plugins, asOf: Fixture.day("2020-12-31"))
        #expect(
            IndicatorEngine.evaluate(OutputIndicators.trainedPersons, scope: .wholeOperation, context: later)
                .value == 4)
        let earlier = IndicatorContext(
            dataset: Fixture.outputs, plugins: Fixture.plugins, asOf: Fixture.day("2018-06-29"))
        #expect(
            IndicatorEngine.evaluate(
                OutputIndicators.trainedPersons, scope: .wholeOperation, context: earlier
            ).value == 1)
    }

    @Test func entryDayMatchesDataset() {
        let dataset = Fixture.outputs
        for person in dataset.persons.all {
            let slot = dataset.persons.slot(of: person.id)!
            #expect(context.personEntryDay[slot] == dataset.entryDate(of: person))
        }
    }

    @Test func withoutPluginsNothingQualifies() {
        let bare = IndicatorContext(dataset: Fixture.outputs, plugins: PluginRegistry(), asOf: Fixture.asOf)
        #expect(
            IndicatorEngine.evaluate(OutputIndicators.trainedPersons, scope: .wholeOperation, context: bare)
                .value == 0)
    }

    @Test func thirdPartyIndicatorWithLittleCode() {
        struct MentoredPersons: Indicator {
            let id = "X-MENTORED"
            let title = LocalizedText(sl: "Mentorirane osebe", en: "Mentored persons")
            let unit = LocalizedText(sl: "osebe", en: "persons")
            let countingRule = LocalizedText(sl: "…", en: "Distinct persons in a held mentoring.")
            var countsPersons: Bool { true }
            func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
                let mentoring = context.activities(qualifying: .mentoring)
                for i in context.attendedActivity.indices {
                    let a = Int(context.attendedActivity[i])
                    let p = Int(context.attendedPerson[i])
                    guard mentoring[a], p >= 0 else { continue }
                    sink.add(QualifyingEvent(unit: p, day: context.activityStart[a], activity: a, person: p))
                }
            }
        }
        #expect(value(MentoredPersons()).value == 1)  // p6
        let report = ReportBuilder(plugins: Fixture.plugins, extraIndicators: [MentoredPersons()])
            .build(Fixture.outputs, asOf: Fixture.asOf)
        #expect(report.indicators.last?.id == "X-MENTORED")
        #expect(report.indicators.last?.value == 1)
        #expect(report.indicators.last?.target == nil)
    }

    @Test func unregisteredKindIsReportedNotDropped() {
        let report = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        #expect(report.warnings.contains { $0.en.contains("unknown-kind") })
    }
}

struct IndicatorProgressTests {
    let period = DateRange(Fixture.day("2018-04-01"), Fixture.day("2021-12-31"))

    @Test func straightLineStatuses() {
        // Half-way through 1,371 days is day 686 (2019-12-16): expected 100 of 200 there.
        let asOf = Fixture.day("2018-04-01").adding(days: 685)
        let expected = 200.0 * 686 / 1371
        let onTrack = ProgressAssessment.assess(value: 101, target: 200, period: period, asOf: asOf)
        #expect(onTrack.status == .onTrack)
        #expect(abs(onTrack.expected! - expected) < 1e-9)
        #expect(
            ProgressAssessment.assess(value: 81, target: 200, period: period, asOf: asOf).status == .atRisk)
        #expect(
            ProgressAssessment.assess(value: 80, target: 200, period: period, asOf: asOf).status == .behind)
        #expect(
            ProgressAssessment.assess(value: 200, target: 200, period: period, asOf: asOf).status == .achieved
        )
        let forecast = ProgressAssessment.assess(value: 100, target: 200, period: period, asOf: asOf)
            .forecast!
        // Issue 15: a forecast counts whole units.
        #expect(forecast == (100.0 * 1371 / 686).rounded())
        #expect(onTrack.progress == 101.0 / 200)
    }

    @Test func trajectoryAndMilestone() {
        let trajectory = [InterimTarget(day: Fixture.day("2019-12-31"), value: 50)]
        let a = ProgressAssessment.assess(
            value: 45, target: 200, trajectory: trajectory, period: period, asOf: Fixture.day("2019-12-31"))
        #expect(a.expected == 50)
        #expect(a.status == .atRisk)
        let m = ProgressAssessment.assess(
            value: 0, target: 1, isMilestone: true, period: period, asOf: Fixture.day("2019-12-31"))
        #expect(m.status == .onTrack)
        let late = ProgressAssessment.assess(
            value: 0, target: 1, isMilestone: true, period: period, asOf: Fixture.day("2021-12-31"))
        #expect(late.status == .behind)
        #expect(
            ProgressAssessment.assess(value: 3, target: nil, period: period, asOf: Fixture.day("2019-12-31"))
                .status == nil)
    }

    @Test func partnerSubTargetsAndWarning() {
        var dataset = Fixture.outputs
        dataset.operation.outputs[4].partnerTargets = ["prizma": 100, "citilab": 50]
        let report = ReportBuilder(plugins: Fixture.plugins).build(dataset, asOf: Fixture.asOf)
        let out05 = report.indicators.first { $0.id == "OUT-05" }!
        #expect(out05.partnerTargets.map(\.partner) == ["citilab", "prizma"])
        #expect(out05.partnerTargets.first { $0.partner == "citilab" }?.value == 2)
        #expect(out05.partnerTargets.first { $0.partner == "prizma" }?.value == 1)
        #expect(report.warnings.contains { $0.en.contains("OUT-05") && $0.en.contains("150") })
        let scoped = ReportBuilder(plugins: Fixture.plugins).build(
            dataset, scope: Scope(partners: ["citilab"]), asOf: Fixture.asOf)
        #expect(scoped.indicators.first { $0.id == "OUT-05" }?.target == 50)
    }

    @Test func reportCarriesTargetsAndStatus() {
        let report = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        let ids: [String] = (1...13).map { n in n < 10 ? "OUT-0\(n)" : "OUT-\(n)" }
        #expect(report.indicators.map(\.id) == ids)
        let out05 = report.indicators.first { $0.id == "OUT-05" }!
        #expect(out05.target == 200)
        #expect(out05.value == 3)
        #expect(out05.status == .behind)
        #expect(report.indicators.first { $0.id == "OUT-01" }?.status == .achieved)
        #expect(report.indicators.first { $0.id == "OUT-06" }?.measureToDate == Quantity(hundredths: 150))
    }
}
