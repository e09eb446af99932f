import Foundation

/// Renders a report as JSON: the ``IndicatorReport``'s own encoding, with sorted keys.
///
/// The keys are stable: `indicators` (each with `id`, `title`, `unit`, `value`, `target`, `progress`,
/// `expected`, `status`, `forecast`, `series`, `breakdowns` …), `esf` and `esfPlus` (each with `code`,
/// `title`, `value`, `byGender`), `participants` (the grand total), `incompleteRecords`, `scope`, `asOf`,
/// `fingerprint`, and `finance` (``IndicatorReport/Finance``) when the data holds finance records. Titles carry both languages (`{"sl": …, "en": …}`); dates are ISO; a suppressed count is
/// left out (no `value` key) beside `"suppressed": true`. Decoding the text with `JSONDecoder` gives the report back.
public struct JSONReportRenderer: ReportRenderer {
    /// Whether to indent (yes by default).
    public var prettyPrinted: Bool

    /// Creates a renderer.
    public init(prettyPrinted: Bool = true) { self.prettyPrinted = prettyPrinted }

    /// Renders the report.
    public func render(_ report: IndicatorReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
