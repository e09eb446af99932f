// swift-format-ignore-file
// The snippet of Documentation/Indicators.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import SocioLabKit

/// Indicators.md.
func indicatorsEvaluating(dataset: Dataset, registry: PluginRegistry) {
let context = IndicatorContext(dataset: dataset, plugins: registry, asOf: Day(year: 2019, month: 12, day: 31)!)
let value = IndicatorEngine.evaluate(OutputIndicators.trainedPersons, scope: Scope(period: .quarter(2019, 3)),
                                     context: context)
print(value.value, value.active, value.toDate, value.series, value.breakdowns)
}
