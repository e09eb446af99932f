import Foundation
import Testing

/// The finance section of the HTML report opened in headless Chromium at A4's printable width, as
/// `HTMLReportBrowserTests` opens the whole report: nothing wider than the page, no chart text on a bar or a
/// line; and the absorption chart drawn to scale, its approved columns below the straight line when
/// absorption is behind it.
@Suite(
    .enabled(
        if: HeadlessChromium.available,
        "no headless Chromium here: install Debian's chromium (apt-get install -y chromium) or set SOCIOLAB_CHROMIUM"
    ))
struct FinanceHTMLBrowserTests {
    /// The script that measures the absorption chart: its columns and the straight line, in CSS pixels.
    static let measureScript = """
        (function () {
          var svg = document.querySelector('svg.absorption');
          var out = { found: !!svg, approved: [], claimed: [], line: null };
          if (svg) {
            svg.querySelectorAll('rect.col').forEach(function (r) {
              var b = r.getBoundingClientRect(); out.approved.push([b.left, b.right, b.top, b.bottom]);
            });
            svg.querySelectorAll('rect.claimed').forEach(function (r) {
              var b = r.getBoundingClientRect(); out.claimed.push([b.left, b.right, b.top, b.bottom]);
            });
            var l = svg.querySelector('line.straight');
            if (l) { var b = l.getBoundingClientRect(); out.line = [b.left, b.right, b.top, b.bottom]; }
          }
          document.getElementById('chart-check').textContent = encodeURIComponent(JSON.stringify(out));
        })();
        """

    struct Measures: Decodable {
        var found: Bool
        var approved: [[Double]]
        var claimed: [[Double]]
        var line: [Double]?
    }

    @Test("The finance section fits A4 and its chart's text overlaps nothing", arguments: ["sl", "en"])
    func layout(language: String) throws {
        let directory = try TemporaryDirectory()
        let store = try ClaimCommandTests.store(in: directory)
        let result = try directory.sociolab(
            "report", "--store", store, "--format", "html", "--lang", language, "--as-of", "2019-12-31",
            "--out", "finance.html")
        #expect(result.exitCode == 0, "\(result)")
        let html = String(decoding: try directory.read("finance.html"), as: UTF8.self)
        #expect(html.contains("<svg class=\"absorption\""))
        let printed = html.replacingOccurrences(of: "@media screen", with: "@media not all")
            .replacingOccurrences(of: "@media print", with: "@media all")
            .replacingOccurrences(
                of: "</body>",
                with: "<pre id=\"layout-check\"></pre><pre id=\"chart-check\"></pre><script>"
                    + HeadlessChromium.layoutCheckScript + Self.measureScript + "</script></body>")
        let page = try directory.write(printed, to: "check.html")
        let width = HeadlessChromium.printableWidth
        let run = try HeadlessChromium.run(
            ["--window-size=\(width),1200", "--dump-dom"], page: page, in: directory)
        #expect(run.exitCode == 0, "\(run)")
        let check = try HeadlessChromium.layoutCheck(fromDOM: run.standardOutput)
        #expect(check.width == width)
        #expect(check.problems.isEmpty, "\(language): \(check.problems.joined(separator: "\n"))")
        let dom = run.standardOutput
        let start = try #require(dom.range(of: "<pre id=\"chart-check\">"))
        let end = try #require(dom[start.upperBound...].range(of: "</pre>"))
        let json = try #require(String(dom[start.upperBound..<end.lowerBound]).removingPercentEncoding)
        let measures = try JSONDecoder().decode(Measures.self, from: Data(json.utf8))
        #expect(measures.found)
        // The fixture's claim k0 (200.00 with 80.00 of remaining costs) was submitted in 2019-Q3 and never
        // approved: claimed columns from that quarter on, no approved column.
        #expect(measures.claimed.count == 2, "\(measures.claimed)")
        #expect(measures.approved.isEmpty)
        let line = try #require(measures.line)
        // The straight line rises from the axis to the plan, over the whole plot; every claimed column
        // (280.00 of 14,000.00 planned) stands far below it.
        for column in measures.claimed {
            let (left, top) = (column[0], column[2])
            let lineY = line[3] - (line[3] - line[2]) * (left - line[0]) / (line[1] - line[0])
            #expect(top > lineY, "a claimed column reaches above the straight line: \(column) \(line)")
        }
    }
}
