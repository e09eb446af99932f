import Foundation
import Testing

@testable import SocioLabKit

struct ReportRendererTests {
    struct FormulaTitled: Indicator {
        let id = "X-FORMULA"
        let title = LocalizedText(sl: "=HYPERLINK(\"x\")", en: "=HYPERLINK(\"x\")")
        let unit = LocalizedText(sl: "enote", en: "units")
        let countingRule = LocalizedText(sl: "nič", en: "nothing")
        func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {}
    }

    static let report = ReportBuilder(plugins: Fixture.plugins, extraIndicators: [FormulaTitled()])
        .build(Fixture.outputs, asOf: Fixture.asOf)

    @Test(arguments: Language.allCases)
    func textFitsHundredColumnsWithBars(language: Language) {
        let text = TextReportRenderer(language: language).render(Self.report)
        for line in text.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
        #expect(text.contains("OUT-05"))
        #expect(text.contains("█") || text.contains("░"))
        #expect(text.contains(Self.report.fingerprint))
        // Issue 15: the verification state is in the technical appendix, not a mark beside the code.
        #expect(!text.contains("CO16 †"))
    }

    @Test func textInSlovenianUsesSlovenianFormats() {
        let text = TextReportRenderer(language: .slovenian).render(Self.report)
        #expect(text.contains("Stanje na dan: 31. 12. 2019"))
        #expect(text.contains("1. 4. 2018 – 31. 12. 2021"))
        #expect(text.contains("\u{00A0}%"))
        // Issue 15: every measure figure says whether it is in the period or to date.
        #expect(text.contains("EPZ — V obdobju: 1,5 · Do danes: 1,5"))
        let english = TextReportRenderer(language: .english).render(Self.report)
        #expect(english.contains("As of: 2019-12-31"))
        #expect(english.contains("FTE — In period: 1.5 · To date: 1.5"))
    }

    @Test func slovenianNumberFormats() {
        let sl = ReportFormat(language: .slovenian)
        #expect(sl.integer(1_234_567) == "1.234.567")
        #expect(sl.decimal(45.55, digits: 1) == "45,6")
        #expect(sl.percent(0.625) == "62,5\u{00A0}%")
        #expect(sl.date(Fixture.day("2019-10-03")) == "3. 10. 2019")
        let en = ReportFormat(language: .english)
        #expect(en.integer(1_234_567) == "1,234,567")
        #expect(en.percent(0.625) == "62.5%")
    }

    @Test func markdownHasTables() {
        let md = MarkdownReportRenderer(language: .english).render(Self.report)
        #expect(md.hasPrefix("# Indicator report: "))
        #expect(md.contains("| OUT-05 | Persons included in training programmes | 3 |"))
        #expect(md.contains("| CO01 |"))
        #expect(md.contains("## ESF+ common indicators 2021–2027"))
        #expect(md.contains("### OUT-05"))
    }

    @Test func csvDefusesFormulasAndHasExcelMode() {
        let csv = CSVReportRenderer(language: .english).render(Self.report)
        #expect(csv.hasPrefix(CSVReportRenderer.header.joined(separator: ",")))
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(!csv.contains(",=HYPERLINK"))
        #expect(csv.contains("indicator,OUT-05,Persons included in training programmes,,,,3,"))
        let excel = CSVReportRenderer(language: .slovenian, excel: true).render(Self.report)
        #expect(excel.hasPrefix("\u{FEFF}section;id;"))
        #expect(excel.contains("\r\n"))
        #expect(excel.contains("indicator;OUT-06;"))
        #expect(excel.contains(";0,015;"))  // OUT-05 progress 3/200 with a decimal comma
    }

    @Test func jsonHasStableKeysAndRoundTrips() throws {
        let json = JSONReportRenderer().render(Self.report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        for key in [
            "indicators", "esf", "esfPlus", "participants", "incompleteRecords", "scope", "asOf",
            "fingerprint",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        for key in [
            "id", "title", "unit", "value", "target", "progress", "expected", "status", "forecast", "series",
            "breakdowns",
        ] {
            #expect(indicators[4][key] != nil, "missing indicators.\(key)")
        }
        let esf = try #require(object["esf"] as? [[String: Any]])
        for key in ["code", "title", "value", "byGender"] {
            #expect(esf[0][key] != nil, "missing esf.\(key)")
        }
        #expect(object["asOf"] as? String == "2019-12-31")
        let decoded = try JSONDecoder().decode(IndicatorReport.self, from: Data(json.utf8))
        #expect(decoded == Self.report)
    }

    @Test(arguments: Language.allCases)
    func htmlIsSelfContainedWithSVG(language: Language) {
        let html = HTMLReportRenderer(language: language).render(Self.report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("@page { size: A4"))
        for forbidden in ["<script", "http:", "https:", "src=", "<link", "@import", "url("] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
        #expect(html.contains("&quot;x&quot;"))
    }

    @Test func noPersonalDetailsInAnyRendering() {
        let all = [
            TextReportRenderer().render(Self.report), MarkdownReportRenderer().render(Self.report),
            CSVReportRenderer().render(Self.report), JSONReportRenderer().render(Self.report),
            HTMLReportRenderer().render(Self.report),
        ]
        for text in all {
            #expect(!text.contains("Secret"))
            #expect(!text.contains("Ana"))
        }
    }
}
