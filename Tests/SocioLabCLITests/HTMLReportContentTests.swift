import Foundation
import Testing

/// What the demo report's HTML holds, in both languages: the cover block, the one-page summary, measures
/// with their units, the breakdowns asked for, charts that explain themselves and the print layout.
struct HTMLReportContentTests {
    /// The demo report as of 2020-12-31 in a language, broken down by gender and partner.
    static func demo(_ language: String) throws -> String {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            "report", "--store", store, "--format", "html", "--lang", language, "--as-of", "2020-12-31",
            "--by", "gender", "--by", "partner")
        #expect(result.exitCode == 0, "\(result)")
        return result.standardOutput
    }

    /// The text between the first `start` and the next `end` after it, or an empty string.
    static func part(_ html: String, from start: String, to end: String) -> String {
        guard let open = html.range(of: start), let close = html[open.upperBound...].range(of: end) else {
            return ""
        }
        return String(html[open.lowerBound..<close.upperBound])
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test(
        "A cover block, then the summary of the 13 outputs with status; details from the next page",
        arguments: ["sl", "en"])
    func coverAndSummary(language: String) throws {
        let html = try Self.demo(language)
        let sl = language == "sl"
        let cover = Self.part(html, from: "<header class=\"cover\">", to: "</header>")
        for text in [
            sl ? "Aktivno in povezano" : "Active and connected", "sociolab-podravje",
            sl ? "1. 4. 2018 – 31. 12. 2021" : "2018-04-01 – 2021-12-31", sl ? "31. 12. 2020" : "2020-12-31",
            sl ? "Prstni odtis podatkov" : "Data fingerprint",
        ] {
            #expect(cover.contains(text), "cover: \(text)")
        }
        let summary = Self.part(html, from: "<section class=\"summary\">", to: "</section>")
        let table = Self.part(summary, from: "<table class=\"outputs\">", to: "</table>")
        #expect(Self.count("<tr><td class=\"id\">OUT-", in: table) == 13)
        #expect(!table.contains("campaign.reach"), "only the outputs are in the summary")
        for status in sl ? ["doseženo", "zaostaja", "ogroženo"] : ["achieved", "behind", "at risk"] {
            #expect(table.contains(status))
        }
        #expect(html.contains("@page { size: A4; margin: 10mm; }"))
        #expect(html.contains(".details { break-before: page; }"))
        #expect(html.contains("figure { margin: 0 0 3mm; break-inside: avoid; }"))
    }

    @Test("Measures and counts are labelled with their units", arguments: ["sl", "en"])
    func measuresWithUnits(language: String) throws {
        let html = try Self.demo(language)
        let sl = language == "sl"
        let table = Self.part(html, from: "<table class=\"measures\">", to: "</table>")
        // Each row: the id, the title, the counted unit, two counts, the measure's name, two measures.
        let rows: [(String, [String])] = [
            ("OUT-06", [sl ? "delovna mesta" : "jobs", "22", sl ? "EPZ" : "FTE", sl ? "18,45" : "18.45"]),
            ("training.hours", [sl ? "usposabljanja" : "trainings", "78", sl ? "ure" : "hours", "712"]),
            ("mentoring.hours", [sl ? "mentorstva" : "mentorings", "52", sl ? "ure" : "hours", "190"]),
            ("campaign.reach", [sl ? "kampanje" : "campaigns", sl ? "185.000" : "185,000"]),
            ("fair.visitors", [sl ? "sejmi" : "fairs", sl ? "1.250" : "1,250"]),
            ("conference.headcount", [sl ? "konference" : "conferences", "230"]),
        ]
        for (id, cells) in rows {
            let row = Self.part(table, from: id.replacingOccurrences(of: ".", with: ".<wbr>"), to: "</tr>")
            #expect(!row.isEmpty, "no row for \(id)")
            for cell in cells { #expect(row.contains(">" + cell + "<"), "\(id): \(cell)") }
        }
    }

    @Test("The breakdowns asked for (--by) are tables", arguments: ["sl", "en"])
    func breakdowns(language: String) throws {
        let html = try Self.demo(language)
        let tables = html.components(separatedBy: "<table class=\"breakdown\">").dropFirst()
        let headings = tables.map { Self.part($0, from: "<thead><tr><th>", to: "</th>") }
        let sl = language == "sl"
        #expect(headings.contains { $0.contains(sl ? "Spol" : "Gender") })
        #expect(headings.contains { $0.contains("Partner") })
        let byPartner = tables.first { $0.contains("PRIZMA") } ?? ""
        #expect(byPartner.contains("OUT-05") && byPartner.contains(sl ? "osebe" : "persons"))
    }

    @Test(
        "Charts: outputs with a target only, value axes, legends, and no text inside a chart but axis and bar labels",
        arguments: ["sl", "en"])
    func charts(language: String) throws {
        let html = try Self.demo(language)
        let sl = language == "sl"
        let progress = Self.part(html, from: "<svg class=\"progress\"", to: "</svg>")
        #expect(progress.contains(">OUT-05<") && progress.contains(">210 / 200 ("))
        #expect(!progress.contains("OUT-03"), "OUT-03 has no target and no bar")
        #expect(progress.contains(sl ? ">50\u{A0}%<" : ">50%<"), "the scale in percent of the target")
        let figure = Self.part(html, from: "<figure class=\"chart wide\">", to: "</figure>")
        #expect(figure.contains(sl ? "pričakovano do dneva poročila" : "expected by the report day"))
        #expect(figure.contains("key tick") && figure.contains("key behind"))
        let series = html.components(separatedBy: "<figure class=\"chart\">").dropFirst()
        #expect(series.count >= 13)
        for chart in series {
            let svg = Self.part(chart, from: "<svg", to: "</svg>")
            #expect(
                Self.count("text-anchor=\"end\"", in: svg) >= 2, "a value axis with at least 0 and the top")
        }
        let out05 = series.first { $0.hasPrefix("<figcaption>OUT-05 ") } ?? ""
        #expect(out05.contains(sl ? "cilj 200" : "target 200") && out05.contains("key target"))
        // The target is named in the legend, not written over the bars.
        #expect(!Self.part(out05, from: "<svg", to: "</svg>").contains(sl ? "Cilj" : "Target"))
    }
}
