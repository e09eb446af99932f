/// Renders a report as Markdown: a header, the outputs table, the ESF tables, breakdowns and warnings.
public struct MarkdownReportRenderer: ReportRenderer {
    /// The language of labels, numbers and dates.
    public var language: Language
    /// Whether to include the breakdowns and series of each indicator (yes by default).
    public var includesDetails: Bool

    /// Creates a renderer.
    public init(language: Language = .slovenian, includesDetails: Bool = true) {
        self.language = language
        self.includesDetails = includesDetails
    }

    /// Renders the report.
    public func render(_ report: IndicatorReport) -> String {
        let f = ReportFormat(language: language)
        var out = "# " + f.word(.title) + ": " + escape(f.text(report.operation.name)) + "\n\n"
        out += "- **" + f.word(.scope) + ":** " + escape(f.scope(report)) + "\n"
        out += "- **" + f.word(.asOf) + ":** " + f.date(report.asOf) + "\n"
        if !report.fingerprint.isEmpty {
            out += "- **" + f.word(.fingerprint) + ":** " + codeSpan(report.fingerprint) + "\n"
        }
        if report.shows(.outputs) {
            out += "\n## " + f.word(.outputs) + "\n\n"
            out += row(
                [.id, .output, .value, .active, .toDate, .target, .progress, .expected, .status, .forecast]
                    .map(
                        f.word))
            out += "|---|---|--:|--:|--:|--:|--:|--:|---|--:|\n"
            for i in report.indicators {
                out += row([
                    escape(i.id), escape(f.text(i.title)), f.count(i.value), f.count(i.active),
                    f.count(i.toDate),
                    i.target.map(f.integer) ?? "–", f.percent(i.progress),
                    i.expected.map { f.decimal($0) } ?? "–",
                    f.status(of: i), f.forecast(i.forecast),
                ])
            }
            if report.indicators.contains(where: { $0.share != nil }) {
                out += "\n" + f.word(.shareNote) + "\n"
            }
            if report.isFinal { out += "\n" + f.word(.finalNote) + "\n" }
            out += measures(report, f)
        }
        if report.shows(.esf) {
            out += "\n**" + f.word(.participants) + ":** " + f.count(report.participants) + "  \n"
            out += "**" + f.word(.incomplete) + ":** " + f.count(report.incompleteRecords) + "\n"
            for (title, entries) in [(f.word(.esf), report.esf), (f.word(.esfPlus), report.esfPlus)] {
                out += "\n## " + title + "\n\n"
                out += row([.code, .indicator, .total, .women, .men, .nonBinary].map(f.word))
                out += "|---|---|--:|--:|--:|--:|\n"
                for e in entries {
                    let g = e.byGender
                    func cell(_ i: Int) -> String { i < g.count ? f.count(g[i].value) : "–" }
                    out += row([
                        escape(e.code), escape(f.text(e.title)), f.count(e.value), cell(0), cell(1), cell(2),
                    ])
                }
            }
        }
        if report.shows(.outputs) && (includesDetails || report.requestedBreakdowns != nil) {
            out += "\n## " + f.word(.breakdowns) + "\n"
            for i in report.indicators {
                // The breakdowns asked for (`--by`), else every one computed.
                let shown =
                    report.requestedBreakdowns == nil ? i.breakdowns : f.requestedBreakdowns(i, report)
                let breakdowns = shown.filter { $0.cells.contains { $0.value != 0 } }
                let series = includesDetails && i.series.contains(where: { $0.value != 0 })
                guard !breakdowns.isEmpty || series else { continue }
                out += "\n### " + escape(i.id) + " " + escape(f.text(i.title)) + "\n\n"
                if series {
                    out += row(["", f.word(.series), f.word(.cumulative)]) + "|---|--:|--:|\n"
                    for p in i.series {
                        out += row([f.period(p.period), f.count(p.value), f.count(p.cumulative)])
                    }
                    out += "\n"
                }
                for b in breakdowns {
                    out += row([escape(f.heading(f.text(b.title))), f.word(.value)]) + "|---|--:|\n"
                    for c in b.cells { out += row([escape(f.text(c.label)), f.count(c.value)]) }
                    out += "\n"
                }
            }
        }
        out += financeSection(report, f)
        if report.suppressionThreshold != nil { out += "\n" + f.word(.suppressed) + "\n" }
        if !report.warnings.isEmpty {
            out += "\n## " + f.word(.warnings) + "\n\n"
            for w in report.warnings { out += "- " + escape(f.text(w)) + "\n" }
        }
        let unverified = f.unverifiedCodes(report)
        if !unverified.isEmpty {
            out += "\n## " + f.word(.appendix) + "\n\n"
            out +=
                escape(f.word(.unverifiedCodes)) + ": " + unverified.map(escape).joined(separator: ", ")
                + ".\n"
        }
        return out
    }

    /// The measures table: each measure with its unit, the unit of the count beside it, and each figure
    /// marked as in the period or to date.
    private func measures(_ report: IndicatorReport, _ f: ReportFormat) -> String {
        let entries = report.indicators.filter { $0.measureName != nil }
        guard !entries.isEmpty else { return "" }
        var out = "\n## " + f.word(.measures) + "\n\n"
        out += row([.id, .countUnit, .measureUnit, .measureInPeriod, .measureToDate].map(f.word))
        out += "|---|---|---|--:|--:|\n"
        for i in entries {
            out += row([
                escape(i.id), escape(f.text(i.unit)), escape(f.measureLabel(i)), f.measure(i.measure),
                f.measure(i.measureToDate),
            ])
        }
        return out
    }

    func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// Text the renderer did not write itself (names, titles, labels, ids, warnings) as Markdown that shows
    /// it as it is: a line break becomes a space, control characters a visible escape
    /// (``PrintableText``), and every character that could start Markdown or HTML is escaped with a
    /// backslash, so `<script>`, `[x](javascript:…)`, `|`, backticks, `*`, `_` or a leading `#` are shown
    /// as text and never become markup, a link or another table column.
    /// - Complexity: O(*n*) in the length of the text.
    static func escape(_ text: String) -> String {
        let flat = PrintableText.escaped(
            text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " "))
        var out = ""
        out.reserveCapacity(flat.utf8.count + 8)
        var atStart = true
        var digitsAtStart = true
        for character in flat {
            if specialCharacters.contains(character) {
                out.append("\\")
            } else if atStart && (character == "-" || character == "+" || character == "=") {
                // A list item, or a setext heading's underline, when the text starts a line.
                out.append("\\")
            } else if digitsAtStart && !atStart && (character == "." || character == ")") {
                // `1.` or `1)` at the start of a line is an ordered list item.
                out.append("\\")
            }
            digitsAtStart = digitsAtStart && character.isASCII && character.isNumber
            atStart = false
            out.append(character)
        }
        return out
    }

    /// The characters escaped wherever they are: everything that opens code, emphasis, links, images,
    /// HTML, entities, tables, headings, block quotes, strikethrough and math in CommonMark and GitHub
    /// Markdown.
    private static let specialCharacters: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&", "$",
    ]

    func escape(_ text: String) -> String { Self.escape(text) }

    /// A fingerprint as code when it is hexadecimal (as the kit makes it), else as escaped text.
    private func codeSpan(_ text: String) -> String {
        text.allSatisfy(\.isHexDigit) ? "`" + text + "`" : escape(text)
    }
}
