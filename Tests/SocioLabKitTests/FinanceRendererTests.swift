import Foundation
import Testing

@testable import SocioLabKit

/// The finance section in every renderer, in Slovenian and English; its JSON keys; suppression; and that
/// nothing in it names a person or a staff member.
struct FinanceRendererTests {
    static let report = FinanceFiguresTests.report

    @Test(
        "Every format shows the finance section in its language, with amounts as the language writes them",
        arguments: IndicatorReport.Format.allCases)
    func everyFormat(format: IndicatorReport.Format) {
        let sl = Self.report.rendered(as: format, language: .slovenian)
        let en = Self.report.rendered(as: format, language: .english)
        switch format {
        case .json:
            #expect(sl.contains("\"finance\"") && sl.contains("\"costPerResult\""))
        case .csv:
            #expect(en.contains("finance,approved,Absorption,total,total,Total,740.05,,,2075.00,"))
            #expect(sl.contains("finance,approved,Črpanje sredstev,total,total,Skupaj,\"740,05\""))
            #expect(
                en.contains("cost_per_result,OUT-05,Persons included in training programmes,,,,436.36,,2,"))
        default:
            #expect(sl.contains("Črpanje sredstev") && sl.contains("Strošek na rezultat"), "\(format)")
            #expect(en.contains("Absorption") && en.contains("Cost per result"), "\(format)")
            #expect(sl.contains("740,05") && en.contains("740.05"), "\(format)")
            #expect(sl.contains("zaostaja") && en.contains("behind"), "\(format)")
        }
    }

    @Test(
        "No renderer names a staff member or an evidence document", arguments: IndicatorReport.Format.allCases
    )
    func noPerson(format: IndicatorReport.Format) {
        for language in [Language.slovenian, .english] {
            let text = Self.report.rendered(as: format, language: language)
            #expect(!text.contains("s-prizma") && !text.contains("s-tkalka"), "\(format)")
            #expect(!text.contains("P-c1") && !text.contains("R-4"), "\(format)")
        }
    }

    @Test("The JSON keys are the documented ones and decode back to the same report")
    func jsonKeys() throws {
        let text = JSONReportRenderer().render(Self.report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let finance = try #require(object["finance"] as? [String: Any])
        #expect(
            Set(finance.keys) == [
                "currency", "euRatePercent", "total", "byPartner", "byCategory", "byYear", "quarters",
                "costPerResult",
            ])
        let total = try #require(finance["total"] as? [String: Any])
        #expect(
            Set(total.keys) == [
                "key", "label", "planned", "spent", "claimed", "approved", "paid", "expected", "progress",
                "status", "forecast", "overBudget",
            ])
        let approved = try #require(total["approved"] as? [String: Any])
        #expect(approved["cents"] as? Int == 74_005 && approved["eu"] as? Int == 59_204)
        let back = try JSONDecoder().decode(IndicatorReport.self, from: Data(text.utf8))
        #expect(back == Self.report)
    }

    @Test("Money is never suppressed; a cost per result is hidden with its small count")
    func suppression() throws {
        var builder = ReportBuilder(plugins: Fixture.plugins)
        builder.suppression = try SuppressionPolicy(threshold: 3)
        let report = builder.build(FinanceReportFixtures.dataset, asOf: FinanceReportFixtures.asOf)
        let finance = try #require(report.finance)
        #expect(finance.total == FinanceFiguresTests.finance.total)
        // Two persons trained: below 3, hidden overall and for prizma, with their cost per result.
        let trained = finance.costPerResult.filter { $0.output == "OUT-05" }
        #expect(trained.allSatisfy { $0.results == nil || $0.results == 0 })
        #expect(trained.allSatisfy { $0.perResult == nil })
        #expect(trained.allSatisfy { $0.spent > 0 })
    }

    @Test("The text report's finance lines fit 100 columns in both languages")
    func width() {
        for language in [Language.slovenian, .english] {
            let text = TextReportRenderer(language: language).render(Self.report)
            for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
        }
    }
}
