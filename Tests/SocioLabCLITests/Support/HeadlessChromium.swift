import Foundation
import Testing

/// A headless Chromium to open the HTML report in, as a reader would print it.
///
/// It is Debian's `chromium` (`.ci/run` installs it when missing), found on `PATH` as `chromium` or
/// `chromium-browser`, or the binary `SOCIOLAB_CHROMIUM` names. Where none runs, ``available`` is false and
/// the browser tests are skipped with that reason printed.
enum HeadlessChromium {
    /// The width in CSS pixels of A4 paper less 10 mm margins: 190 mm at 96 px per inch.
    static let printableWidth = 718

    /// The browser, if one answers `--version`.
    static let executable: URL? = {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let given = environment["SOCIOLAB_CHROMIUM"], !given.isEmpty { candidates.append(given) }
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            for name in ["chromium", "chromium-browser"] { candidates.append(directory + "/" + name) }
        }
        guard let directory = try? TemporaryDirectory() else { return nil }
        for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
            let url = URL(fileURLWithPath: path)
            if let result = try? SocioLabProcess.run(["--version"], in: directory.url, program: url),
                result.exitCode == 0, result.standardOutput.contains("Chrom")
            {
                return url
            }
        }
        return nil
    }()

    /// Whether a browser can be run here.
    static var available: Bool { executable != nil }

    /// Runs the browser headless on a file in `directory`, with a profile of its own there (so tests can run
    /// side by side), and returns what it wrote.
    static func run(_ arguments: [String], page: URL, in directory: TemporaryDirectory) throws -> CLIResult {
        let browser = try #require(executable)
        let profile = directory.path("chromium-profile-\(UUID().uuidString)")
        return try SocioLabProcess.run(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--no-first-run", "--user-data-dir=" + profile.path,
            ] + arguments + [page.absoluteString], in: directory.url, program: browser)
    }

    /// The number of pages of a PDF: its `/Type /Page` objects (not the `/Type /Pages` tree nodes).
    static func pageCount(ofPDF data: Data) -> Int {
        let text = String(decoding: data.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        guard let pattern = try? NSRegularExpression(pattern: "/Type\\s*/Page(?![A-Za-z])") else { return 0 }
        return pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    /// The script the layout check adds to a copy of the page. Chromium runs it after laying the page out;
    /// it writes its findings, percent-encoded JSON, into `<pre id="layout-check">`, which `--dump-dom`
    /// returns: the viewport's width, how many elements, SVGs and SVG texts it looked at, and every problem
    /// found — an element reaching past the viewport's width or content wider than its box, an SVG text
    /// whose box overlaps another text or a shape (bar, line, axis) of the same chart.
    static let layoutCheckScript = """
        (function () {
          var limit = window.innerWidth, problems = [];
          function describe(el) {
            var text = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
            var kind = el.getAttribute('class');
            return el.tagName.toLowerCase() + (kind ? '.' + kind : '') + ' "' + text + '"';
          }
          function overlap(a, b) {
            return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          }
          if (document.documentElement.scrollWidth > limit) {
            problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
          }
          var elements = document.body.querySelectorAll('*');
          for (var i = 0; i < elements.length; i++) {
            var el = elements[i], r = el.getBoundingClientRect();
            if (el.id === 'layout-check' || (r.width === 0 && r.height === 0)) continue;
            if (r.right > limit + 0.5 || r.left < -0.5) {
              problems.push('past the printable width: ' + describe(el) + ' ' + r.left.toFixed(1) + '..' + r.right.toFixed(1));
            } else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
              problems.push('content wider than its box: ' + describe(el) + ' ' + el.scrollWidth + ' > ' + el.clientWidth);
            }
          }
          var svgs = document.querySelectorAll('svg'), texts = 0;
          for (var s = 0; s < svgs.length; s++) {
            var t = Array.prototype.slice.call(svgs[s].querySelectorAll('text'));
            var shapes = Array.prototype.slice.call(
              svgs[s].querySelectorAll('rect, line, path, circle, ellipse, polyline, polygon'));
            texts += t.length;
            for (var a = 0; a < t.length; a++) {
              var box = t[a].getBoundingClientRect();
              for (var b = a + 1; b < t.length; b++) {
                if (overlap(box, t[b].getBoundingClientRect())) {
                  problems.push('text on text: ' + describe(t[a]) + ' / ' + describe(t[b]));
                }
              }
              for (var c = 0; c < shapes.length; c++) {
                if (overlap(box, shapes[c].getBoundingClientRect())) {
                  problems.push('text on a shape: ' + describe(t[a]) + ' / ' + describe(shapes[c]));
                }
              }
            }
          }
          var result = { width: limit, elements: elements.length, svgs: svgs.length, texts: texts, problems: problems };
          document.getElementById('layout-check').textContent = encodeURIComponent(JSON.stringify(result));
        })();
        """

    /// What the layout check found.
    struct LayoutCheck: Decodable, Sendable {
        var width: Int
        var elements: Int
        var svgs: Int
        var texts: Int
        var problems: [String]
    }

    /// Reads the layout check's findings out of the page `--dump-dom` printed.
    static func layoutCheck(fromDOM dom: String) throws -> LayoutCheck {
        let start = try #require(dom.range(of: "<pre id=\"layout-check\">"), "no result element in the DOM")
        let end = try #require(dom[start.upperBound...].range(of: "</pre>"))
        let encoded = String(dom[start.upperBound..<end.lowerBound])
        let json = try #require(
            encoded.removingPercentEncoding, "the script did not run: \(encoded.prefix(200))")
        return try JSONDecoder().decode(LayoutCheck.self, from: Data(json.utf8))
    }
}
