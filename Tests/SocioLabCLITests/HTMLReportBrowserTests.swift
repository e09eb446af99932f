import Foundation
import Testing

/// The demo report's HTML opened in a real browser (headless Chromium) at the printable width of A4 with
/// 10 mm margins, with the print styles in effect: nothing wider than the page, no chart text on a bar, a
/// line or another text; printed to PDF twice, the same number of pages.
@Suite(
    .enabled(
        if: HeadlessChromium.available,
        "no headless Chromium here: install Debian's chromium (apt-get install -y chromium) or set SOCIOLAB_CHROMIUM"
    ))
struct HTMLReportBrowserTests {
    /// The demo report as of 2020-12-31, broken down by gender and by partner, written by `sociolab`.
    static func demoReport(_ language: String, in directory: TemporaryDirectory) throws -> String {
        let store = try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            "report", "--store", store, "--format", "html", "--lang", language, "--as-of", "2020-12-31",
            "--by", "gender", "--by", "partner", "--out", "report.html")
        #expect(result.exitCode == 0, "\(result)")
        return String(decoding: try directory.read("report.html"), as: UTF8.self)
    }

    @Test("Nothing is wider than A4's printable width and no chart text overlaps", arguments: ["sl", "en"])
    func layout(language: String) throws {
        let directory = try TemporaryDirectory()
        let html = try Self.demoReport(language, in: directory)
        // The print styles replace the screen styles, as when printing; the page is as wide as the paper less
        // its margins.
        #expect(html.contains("@media screen") && html.contains("@media print"))
        let printed = html.replacingOccurrences(of: "@media screen", with: "@media not all")
            .replacingOccurrences(of: "@media print", with: "@media all")
            .replacingOccurrences(
                of: "</body>",
                with: "<pre id=\"layout-check\"></pre><script>" + HeadlessChromium.layoutCheckScript
                    + "</script></body>")
        let page = try directory.write(printed, to: "check.html")
        let width = HeadlessChromium.printableWidth
        let result = try HeadlessChromium.run(
            ["--window-size=\(width),1200", "--dump-dom"], page: page, in: directory)
        #expect(result.exitCode == 0, "\(result)")
        let check = try HeadlessChromium.layoutCheck(fromDOM: result.standardOutput)
        #expect(check.width == width, "the browser's viewport is not the printable width")
        #expect(check.elements > 500 && check.svgs > 10 && check.texts > 100, "too little was checked")
        #expect(check.problems.isEmpty, "\(language): \(check.problems.joined(separator: "\n"))")
    }

    @Test(
        "Printed to PDF on A4, the report has a summary page and details, the same pages every time",
        arguments: ["sl", "en"])
    func pages(language: String) throws {
        let directory = try TemporaryDirectory()
        let page = try directory.write(try Self.demoReport(language, in: directory), to: "page.html")
        var counts: [Int] = []
        for run in 1...2 {
            let pdf = directory.path("report-\(run).pdf")
            let result = try HeadlessChromium.run(
                ["--no-pdf-header-footer", "--print-to-pdf=" + pdf.path], page: page, in: directory)
            #expect(result.exitCode == 0, "\(result)")
            counts.append(HeadlessChromium.pageCount(ofPDF: try Data(contentsOf: pdf)))
        }
        #expect(counts[0] >= 2, "\(language): \(counts[0]) pages")
        #expect(counts[0] == counts[1], "\(language): \(counts) pages")
    }
}
