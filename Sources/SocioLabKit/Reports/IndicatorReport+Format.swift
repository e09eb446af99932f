extension IndicatorReport {
    /// The document formats a report renders to, each with the kit's renderer for it, so every front end
    /// offers the same choice and gets the same bytes.
    ///
    /// ```swift
    /// let report = await workspace.report(ReportBuilder(plugins: .standard), asOf: today)
    /// let format = IndicatorReport.Format(rawValue: "markdown") ?? .text
    /// let document = report.rendered(as: format, language: .slovenian)
    /// ```
    public enum Format: String, CaseIterable, Hashable, Sendable {
        /// Plain text for a terminal, at most 100 columns (``TextReportRenderer``).
        case text
        /// Markdown with tables (``MarkdownReportRenderer``).
        case markdown
        /// One CSV table (``CSVReportRenderer``).
        case csv
        /// The report's JSON document (``JSONReportRenderer``).
        case json
        /// A self-contained HTML page with charts (``HTMLReportRenderer``).
        case html

        /// The renderer for the format.
        /// - Parameters:
        ///   - language: The language of labels, numbers and dates (the JSON document has none).
        ///   - excel: For ``csv``: write as Excel expects (UTF-8 byte order mark, `;`, CR LF); ignored by
        ///     the other formats.
        /// - Returns: The kit's renderer for the format, with its defaults otherwise.
        public func renderer(language: Language, excel: Bool = false) -> any ReportRenderer {
            switch self {
            case .text: TextReportRenderer(language: language)
            case .markdown: MarkdownReportRenderer(language: language)
            case .csv: CSVReportRenderer(language: language, excel: excel)
            case .json: JSONReportRenderer()
            case .html: HTMLReportRenderer(language: language)
            }
        }
    }

    /// The report as a document in a format.
    /// - Parameters:
    ///   - format: The format.
    ///   - language: The language of labels, numbers and dates.
    ///   - excel: For ``Format/csv``: write as Excel expects; ignored by the other formats.
    /// - Returns: The document's text, as the format's renderer writes it.
    public func rendered(as format: Format, language: Language, excel: Bool = false) -> String {
        format.renderer(language: language, excel: excel).render(self)
    }
}
