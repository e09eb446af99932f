/// Turns an ``IndicatorReport`` into a document.
///
/// Implementation requirements: rendering is a pure function of the report (the same report gives the same
/// text), reads nothing else, and writes numbers and dates in the renderer's language.
public protocol ReportRenderer: Sendable {
    /// Renders a report.
    /// - Parameter report: The report.
    /// - Returns: The document's text.
    func render(_ report: IndicatorReport) -> String
}
