/// Turns an ``IndicatorReport`` into a document.
///
/// The kit's renderers are ``TextReportRenderer``, ``MarkdownReportRenderer``, ``CSVReportRenderer``,
/// ``JSONReportRenderer`` and ``HTMLReportRenderer`` (``IndicatorReport/Format`` picks one by name).
/// Conform a type to render another format:
///
/// ```swift
/// struct OneLineRenderer: ReportRenderer {
///     func render(_ report: IndicatorReport) -> String {
///         report.indicators.map { "\($0.id)=\($0.value.map(String.init) ?? "*")" }.joined(separator: " ")
///     }
/// }
/// ```
///
/// Implementation requirements: rendering is a pure function of the report (the same report gives the same
/// text), reads nothing else, and writes numbers and dates in the renderer's language.
public protocol ReportRenderer: Sendable {
    /// Renders a report.
    /// - Parameter report: The report.
    /// - Returns: The document's text.
    func render(_ report: IndicatorReport) -> String
}
