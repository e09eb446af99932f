import Foundation
import SocioLabKit

/// Turns a built report into bytes in one of the five formats, with the kit's renderers.
enum ReportRendering {
    /// The format names `--format` accepts, in the order help lists them.
    static let formats = ["text", "markdown", "csv", "json", "html"]

    /// Renders `report` in `format` (one of ``formats``) and `language`; `excel` applies to CSV only.
    static func render(_ report: IndicatorReport, format: String, language: Language, excel: Bool) -> Data {
        let renderer: any ReportRenderer =
            switch format {
            case "markdown": MarkdownReportRenderer(language: language)
            case "csv": CSVReportRenderer(language: language, excel: excel)
            case "json": JSONReportRenderer()
            case "html": HTMLReportRenderer(language: language)
            default: TextReportRenderer(language: language)
            }
        var text = renderer.render(report)
        if !text.hasSuffix("\n") { text += "\n" }
        return Data(text.utf8)
    }
}
