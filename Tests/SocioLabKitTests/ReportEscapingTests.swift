import Foundation
import Testing

@testable import SocioLabKit

/// What the renderers do with text they did not write themselves (an operation's name, an indicator's id
/// and title, an info point's or partner's name in a breakdown, a warning): shown as text, never as markup
/// or a terminal command (issue 12, item 11).
struct ReportEscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "[x](javascript:alert(1))", "![i](http://x/i.png)", "a|b", "`code`",
        "# heading", "*bold* _it_ ~~del~~", "&lt;b&gt;", "$x$", "1. item", "- item", "ESC\u{1B}[31mred",
        "NUL\u{0}end", "line\nbreak", "CR\rend", "CSI\u{9B}2J",
    ]

    /// The fixture report with every text that comes from data or a plugin replaced by `text`.
    static func report(_ text: String) -> IndicatorReport {
        var report = ReportBuilder(plugins: Fixture.plugins).build(Fixture.outputs, asOf: Fixture.asOf)
        let localized = LocalizedText(sl: text, en: text)
        report.operation.name = localized
        report.indicators[0].id = "ID " + text
        report.indicators[0].title = localized
        report.indicators[0].breakdowns = [
            Breakdown(
                dimension: .infoPoint, title: LocalizedText(sl: "točka", en: "info point"), additive: true,
                cells: [BreakdownCell(key: "ip-1", label: localized, value: 4)])
        ]
        report.warnings = [localized]
        return report
    }

    @Test("Markdown: names and titles render as text", arguments: hostile)
    func markdown(text: String) throws {
        let markdown = MarkdownReportRenderer(language: .english).render(Self.report(text))
        let escaped = MarkdownReportRenderer.escape(text)
        // The text appears only in its escaped form, in the title, the table, the breakdown and the warnings.
        #expect(markdown.components(separatedBy: escaped).count - 1 >= 4, "\(escaped)")
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.replacingOccurrences(of: "\\]", with: "").contains("](javascript:"))
        #expect(!markdown.contains("\u{1B}") && !markdown.contains("\u{0}") && !markdown.contains("\r"))
        // Every row of the outputs table still has its ten cells: a `|` in a name is not a column.
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| ID |") })
        for line in lines[header...].prefix(while: { $0.hasPrefix("|") }) {
            #expect(Self.unescapedPipes(in: line) == 11, "\(line)")
        }
        // No line the data wrote starts a heading, a list or a block quote.
        for line in lines where line.contains(escaped) {
            #expect(
                line.hasPrefix("# Indicator report: ") || line.hasPrefix("### ") || line.hasPrefix("|")
                    || line.hasPrefix("- "), "\(line)")
        }
    }

    @Test("Markdown escaping: each special character behind a backslash, line starts defused")
    func markdownEscapeTable() {
        #expect(MarkdownReportRenderer.escape("<script>") == "\\<script\\>")
        #expect(MarkdownReportRenderer.escape("[x](javascript:y)") == "\\[x\\](javascript:y)")
        #expect(MarkdownReportRenderer.escape("a|b") == "a\\|b")
        #expect(MarkdownReportRenderer.escape("`c`") == "\\`c\\`")
        #expect(MarkdownReportRenderer.escape("# h") == "\\# h")
        #expect(MarkdownReportRenderer.escape("- a") == "\\- a")
        #expect(MarkdownReportRenderer.escape("+ a") == "\\+ a")
        #expect(MarkdownReportRenderer.escape("12. a") == "12\\. a")
        #expect(MarkdownReportRenderer.escape("a\\b") == "a\\\\b")
        #expect(MarkdownReportRenderer.escape("x\u{1B}y\nz") == "x\\\\u{1B}y z")
        #expect(MarkdownReportRenderer.escape("Zavod Ptuj (center) - 2019") == "Zavod Ptuj (center) - 2019")
        #expect(MarkdownReportRenderer.escape("Čebelarska zadruga") == "Čebelarska zadruga")
    }

    @Test("HTML: names and titles are character data, control characters visible", arguments: hostile)
    func html(text: String) {
        let html = HTMLReportRenderer(language: .english).render(Self.report(text))
        #expect(!html.contains("<script>"))
        #expect(html.components(separatedBy: "<script").count == 1)
        #expect(!html.contains("\u{1B}") && !html.contains("\u{0}") && !html.contains("\u{9B}"))
        if text.contains("<script>") { #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) }
        if text.contains("\u{1B}") { #expect(html.contains("ESC\\u{1B}[31mred")) }
    }

    @Test("Text: a name cannot steer the terminal or break a line", arguments: hostile)
    func text(text: String) {
        let rendered = TextReportRenderer(language: .english).render(Self.report(text))
        let controls = rendered.unicodeScalars.filter { PrintableText.isEscaped($0) && $0 != "\n" }
        #expect(controls.isEmpty)
        #expect(!rendered.contains("\nbreak"))
        for line in rendered.split(separator: "\n") { #expect(line.count <= 100, "\(line)") }
    }

    @Test("CSV report: control characters in labels are escaped, and the report reads back")
    func csv() throws {
        let rendered = CSVReportRenderer(language: .english).render(Self.report("NUL\u{0}ESC\u{1B}"))
        #expect(!rendered.contains("\u{0}") && !rendered.contains("\u{1B}"))
        #expect(rendered.contains("NUL\\u{0}ESC\\u{1B}"))
        _ = try CSVReader.parse(text: rendered)
    }

    /// The `|` characters of a Markdown table row that are not escaped with a backslash.
    static func unescapedPipes(in line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }
}
