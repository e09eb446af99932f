// swift-format-ignore-file
// The snippet of Documentation/Reports.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import Foundation
import SocioLabKit

/// Reports.md.
func reportsBuilding(dataset: Dataset, registry: PluginRegistry, url: URL) throws {
var builder = ReportBuilder(plugins: registry)                 // extraIndicators: plugin indicators
builder.suppression = try SuppressionPolicy(threshold: 5)     // for anything published
let report = builder.build(dataset, scope: Scope(period: .year(2019)),
                           asOf: Day(year: 2019, month: 12, day: 31)!)
let trained = report[.trainedPersons]?.toDate            // OUT-05 by a typed id; report[esf: .co01] for ESF
print(TextReportRenderer(language: .slovenian).render(report))
try HTMLReportRenderer(language: .slovenian).render(report).write(to: url, atomically: true, encoding: .utf8)
_ = trained
}
