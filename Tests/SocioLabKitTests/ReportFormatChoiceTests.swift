import Foundation
import Testing

@testable import SocioLabKit

/// `IndicatorReport.Format`: the choice of document format every front end offers.
struct ReportFormatChoiceTests {
    static let report = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)

    @Test func namesAndOrderAreTheOnesFrontEndsList() {
        #expect(
            IndicatorReport.Format.allCases.map(\.rawValue) == ["text", "markdown", "csv", "json", "html"])
        #expect(IndicatorReport.Format(rawValue: "pdf") == nil)
    }

    @Test(arguments: Language.allCases)
    func eachFormatRendersWithItsRenderer(language: Language) {
        let report = Self.report
        let expected: [IndicatorReport.Format: String] = [
            .text: TextReportRenderer(language: language).render(report),
            .markdown: MarkdownReportRenderer(language: language).render(report),
            .csv: CSVReportRenderer(language: language).render(report),
            .json: JSONReportRenderer().render(report),
            .html: HTMLReportRenderer(language: language).render(report),
        ]
        for format in IndicatorReport.Format.allCases {
            #expect(report.rendered(as: format, language: language) == expected[format], "\(format)")
            #expect(format.renderer(language: language).render(report) == expected[format], "\(format)")
        }
    }

    @Test func excelAppliesToCSVOnly() {
        let report = Self.report
        let excel = report.rendered(as: .csv, language: .english, excel: true)
        #expect(excel == CSVReportRenderer(language: .english, excel: true).render(report))
        #expect(excel != report.rendered(as: .csv, language: .english))
        #expect(excel.hasPrefix("\u{FEFF}"))
        for format in IndicatorReport.Format.allCases where format != .csv {
            #expect(
                report.rendered(as: format, language: .english, excel: true)
                    == report.rendered(as: format, language: .english), "\(format)")
        }
    }
}
