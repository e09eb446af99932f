import Foundation
import Testing

@testable import SocioLabKit

/// Issue 15, "Content": what every renderer shows (breakdowns asked for, measures with units, forecasts,
/// final statuses, partner scopes, the technical appendix, columns that fit).
struct ReportContentTests {
    static let period = DateRange(Fixture.day("2018-04-01"), Fixture.day("2021-12-31"))

    // MARK: Forecasts and final statuses

    @Test func forecastIsAWholeNumberAndOnlyWhileItSaysSomething() throws {
        let asOf = Fixture.day("2019-12-31")
        let running = ProgressAssessment.assess(value: 100, target: 200, period: Self.period, asOf: asOf)
        let forecast = try #require(running.forecast)
        #expect(forecast == forecast.rounded())
        #expect(forecast == (100.0 * 1371 / 640).rounded())
        // Achieved, a milestone, a one-off output: no forecast.
        #expect(
            ProgressAssessment.assess(value: 5, target: 5, period: Self.period, asOf: asOf).forecast == nil)
        #expect(
            ProgressAssessment.assess(value: 0, target: 1, isMilestone: true, period: Self.period, asOf: asOf)
                .forecast == nil)
        #expect(
            ProgressAssessment.assess(value: 0, target: 1, period: Self.period, asOf: asOf).forecast == nil)
        // No target: still a whole number.
        let free = try #require(
            ProgressAssessment.assess(value: 7, target: nil, period: Self.period, asOf: asOf).forecast)
        #expect(free == free.rounded())
    }

    @Test(arguments: [
        ("2022-01-01", 30, ProgressStatus.notAchieved, 10 as Int?), ("2022-06-30", 40, .achieved, nil),
    ])
    func afterTheEndStatusesAreFinal(asOf: String, value: Int, status: ProgressStatus, shortfall: Int?) {
        let a = ProgressAssessment.assess(
            value: value, target: 40, period: Self.period, asOf: Fixture.day(asOf))
        #expect(a.status == status)
        #expect(a.shortfall == shortfall)
        #expect(a.forecast == nil)
    }

    @Test func reportAfterTheEndSaysNotAchievedWithTheShortfall() throws {
        let report = ReportBuilder(plugins: Fixture.plugins).build(
            Fixture.outputs, asOf: Fixture.day("2022-01-15"))
        #expect(report.isFinal)
        for entry in report.indicators where entry.target != nil {
            #expect(entry.status == .achieved || entry.status == .notAchieved, "\(entry.id)")
            #expect(entry.forecast == nil)
        }
        let out05 = try #require(report.indicators.first { $0.id == "OUT-05" })
        #expect(out05.shortfall == out05.target! - out05.toDate!)
        for language in Language.allCases {
            let text = TextReportRenderer(language: language).render(report)
            let markdown = MarkdownReportRenderer(language: language).render(report)
            for document in [text, markdown] {
                #expect(document.contains(ProgressStatus.notAchieved.title[language]))
                #expect(!document.contains(ProgressStatus.behind.title[language] + " "))
                #expect(!document.contains(ProgressStatus.atRisk.title[language]))
            }
        }
        #expect(CSVReportRenderer(language: .english).render(report).contains("not_achieved"))
    }

    @Test func aPeriodAfterTheEndIsRefused() throws {
        let builder = ReportBuilder(plugins: Fixture.plugins)
        let operation = Fixture.outputs.operation
        #expect(throws: Never.self) { try builder.check(Scope(period: .year(2021)), in: operation) }
        let error = try #require(throws: SocioLabError.self) {
            try builder.check(Scope(period: .year(2022)), in: operation)
        }
        #expect(error.code == .reportPeriodAfterEnd)
        #expect(error.message(in: .slovenian).contains("31. 12. 2021"))
        #expect(error.message(in: .english).contains("2021-12-31"))
    }

    // MARK: Breakdowns asked for

    @Test(arguments: Language.allCases)
    func requestedBreakdownsAreTablesInTextAndMarkdown(language: Language) {
        var builder = ReportBuilder(plugins: Fixture.plugins)
        let plain = builder.build(Fixture.outputs, asOf: Fixture.asOf)
        builder.requestedBreakdowns = [.partner]
        let asked = builder.build(Fixture.outputs, asOf: Fixture.asOf)
        #expect(asked.requestedBreakdowns == [.partner])
        let title = ReportFormat(language: language).heading(BreakdownDimension.partner.title[language])
        let text = TextReportRenderer(language: language).render(asked)
        #expect(text.contains(title))
        #expect(!TextReportRenderer(language: language).render(plain).contains(title))
        for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
        let brief = MarkdownReportRenderer(language: language, includesDetails: false)
        #expect(brief.render(asked).contains("| " + title + " |"))
        #expect(!brief.render(plain).contains("| " + title + " |"))
        // CSV has a row per cell either way.
        #expect(CSVReportRenderer(language: language).render(asked).contains("breakdown,OUT-05"))
    }

    // MARK: Measures

    @Test(arguments: Language.allCases)
    func measuresAreShownWithTheirUnitInEveryRenderer(language: Language) throws {
        let report = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        let jobs = try #require(report.indicators.first { $0.id == "OUT-06" })
        let unit = try #require(jobs.measureUnit)
        #expect(unit.en == "FTE")
        let fte = ReportFormat(language: language).quantity(try #require(jobs.measureToDate))
        let text = TextReportRenderer(language: language).render(report)
        let measureLine = try #require(
            text.split(separator: "\n").first { $0.contains(unit[language] + " —") })
        #expect(measureLine.contains(fte))
        #expect(measureLine.contains(ReportFormat.Word.value.text[language]))
        #expect(measureLine.contains(ReportFormat.Word.toDate.text[language]))
        let markdown = MarkdownReportRenderer(language: language).render(report)
        #expect(markdown.contains(ReportFormat.Word.measureToDate.text[language]))
        #expect(markdown.contains("| OUT-06 | " + jobs.unit[language] + " | " + unit[language] + " |"))
        let csv = CSVReportRenderer(language: language).render(report)
        let rows = csv.split(whereSeparator: \.isNewline).filter { $0.hasPrefix("measure,OUT-06,") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.hasSuffix("," + unit[language] + ",,,") })
        #expect(rows.contains { $0.contains(",to_date,") })
    }

    // MARK: Partners

    @Test func aPartnerWithoutSubTargetsGetsItsShareWithoutAStatus() throws {
        let scope = Scope(partners: ["prizma"])
        let report = ReportBuilder(plugins: Fixture.plugins).build(
            Fixture.outputs, scope: scope, asOf: Fixture.asOf)
        let whole = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        for entry in report.indicators {
            #expect(entry.target == nil && entry.status == nil, "\(entry.id)")
            let all = try #require(whole.indicators.first { $0.id == entry.id })
            #expect(entry.operationToDate == all.toDate, "\(entry.id)")
            if let share = entry.share { #expect(share == Double(entry.toDate!) / Double(all.toDate!)) }
        }
        let text = TextReportRenderer(language: .english).render(report)
        #expect(text.contains("PRIZMA"))
        #expect(text.contains("share "))
        #expect(!text.contains(ProgressStatus.behind.title.en))
    }

    @Test func aPartnerIsMeasuredAgainstItsSubTarget() throws {
        var dataset = Fixture.outputs
        let index = try #require(dataset.operation.outputs.firstIndex { $0.id.rawValue == "OUT-05" })
        dataset.operation.outputs[index].partnerTargets = ["prizma": 4, "citilab": 196]
        let report = ReportBuilder(plugins: Fixture.plugins).build(
            dataset, scope: Scope(partners: ["prizma"]), asOf: Fixture.asOf)
        let out05 = try #require(report.indicators.first { $0.id == "OUT-05" })
        #expect(out05.target == 4)
        #expect(out05.status != nil)
        #expect(out05.share == nil)
    }

    // MARK: Appendix and columns

    @Test(arguments: Language.allCases)
    func unverifiedCodesMoveToATechnicalAppendixInTheReportsLanguage(language: Language) throws {
        let report = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        let unverified = report.esf.filter { $0.verification != .verified }.map(\.code)
        try #require(!unverified.isEmpty)
        for document in [
            TextReportRenderer(language: language).render(report),
            MarkdownReportRenderer(language: language).render(report),
        ] {
            #expect(!document.contains("UNVERIFIED"))
            #expect(!document.contains("†"))
            let appendix = try #require(document.range(of: ReportFormat.Word.appendix.text[language]))
            #expect(document[appendix.upperBound...].contains(unverified[0]))
        }
        #expect(JSONReportRenderer().render(report).contains("\"verification\" : \"unverified\""))
        #expect(CSVReportRenderer(language: language).render(report).contains(",unverified"))
    }

    @Test(arguments: Language.allCases)
    func textColumnsNeverOverflowWithLargeValues(language: Language) throws {
        var report = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        let f = ReportFormat(language: language)
        report.indicators[1].value = 12_345_678
        report.indicators[1].toDate = 123_456_789
        report.indicators[1].target = 1_534_000
        report.indicators[1].progress = 80.46
        report.indicators[1].status = .notAchieved
        report.indicators[1].shortfall = 1_234_567
        let text = TextReportRenderer(language: language).render(report)
        for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
        let row = try #require(
            text.split(separator: "\n").first { $0.hasPrefix(report.indicators[1].id + " ") })
        for figure in [f.integer(12_345_678), f.integer(123_456_789), f.integer(1_534_000), f.percent(80.46)]
        {
            #expect(row.contains(figure), "\(figure) in \(row)")
        }
        #expect(row.contains(f.integer(1_234_567)))
        // Only the title may be shortened; the status with its shortfall is whole.
        #expect(row.hasSuffix(f.status(of: report.indicators[1])))
    }
}
