import Foundation

/// Builds an ``IndicatorReport`` from a dataset: every output against its target, any extra indicators,
/// and the ESF common indicators.
///
/// ```swift
/// var builder = ReportBuilder(plugins: registry)
/// builder.suppression = try SuppressionPolicy(threshold: 5)
/// let report = builder.build(dataset, scope: Scope(period: .year(2019)), asOf: Day(year: 2019, month: 12, day: 31)!)
/// print(TextReportRenderer(language: .slovenian).render(report))
/// ```
public struct ReportBuilder: Sendable {
    /// The plugins asked what activities qualify as.
    public var plugins: PluginRegistry
    /// The indicators, the operation's outputs first (``OutputIndicators/all`` by default).
    public var indicators: [any Indicator]
    /// The breakdowns wanted (all by default).
    public var breakdowns: [BreakdownDimension]
    /// Small-cell suppression, or `nil` for none (the default; set it for anything published).
    public var suppression: SuppressionPolicy?
    /// Whether to compute the dataset fingerprint (yes by default; the benchmarks time the counts alone).
    ///
    /// The fingerprint hashes every entity, which costs far more than the counts on a large dataset (seconds
    /// for millions of records); a workspace's report passes the one it keeps per revision as
    /// ``precomputedFingerprint``.
    package var computesFingerprint: Bool
    /// A fingerprint already computed for exactly this dataset, used instead of computing it.
    package var precomputedFingerprint: String?

    /// Creates a builder for the operation's outputs, the registered plugins' own indicators, and any
    /// extra indicators.
    /// - Parameters:
    ///   - plugins: The plugins; their ``PluginRegistry/indicators`` follow the outputs.
    ///   - extraIndicators: Indicators added after the plugins' (an embedder's own).
    public init(plugins: PluginRegistry, extraIndicators: [any Indicator] = []) {
        self.plugins = plugins
        self.indicators = OutputIndicators.all + plugins.indicators + extraIndicators
        self.breakdowns = BreakdownDimension.allCases
        self.suppression = nil
        self.computesFingerprint = true
        self.precomputedFingerprint = nil
    }

    /// Builds the report.
    /// - Parameters:
    ///   - dataset: The records.
    ///   - scope: The period and filters.
    ///   - asOf: The report day: events after it do not count.
    /// - Returns: The report.
    /// - Complexity: O(*p* + *n*) in participations and persons for the counts, run in parallel across
    ///   indicators; O(*n* log *n*) in all entities for the fingerprint.
    public func build(_ dataset: Dataset, scope: Scope = .wholeOperation, asOf: Day) -> IndicatorReport {
        let context = IndicatorContext(dataset: dataset, plugins: plugins, asOf: asOf)
        let operation = dataset.operation
        let jobs = indicators.count + 2
        let values = ParallelResults<ComputedPart>(count: jobs)
        let indicators = self.indicators
        let dimensions = breakdowns
        // The longest jobs start first, so that the last one to end is short: the fingerprint, the ESF
        // set, the indicators that count persons (they read every attendance), then the rest.
        let order =
            [indicators.count + 1, indicators.count]
            + indicators.indices.filter { indicators[$0].countsPersons }
            + indicators.indices.filter { !indicators[$0].countsPersons }
        DispatchQueue.concurrentPerform(iterations: jobs) { turn in
            let job = order[turn]
            switch job {
            case indicators.count:
                values.set(job, .esf(ESFIndicators.compute(context: context, scope: scope)))
            case indicators.count + 1:
                values.set(
                    job,
                    .fingerprint(
                        precomputedFingerprint
                            ?? (computesFingerprint ? DatasetFingerprint.sha256(of: dataset) : "")))
            default:
                let indicator = indicators[job]
                let value = IndicatorEngine.evaluate(
                    indicator, scope: scope, context: context, dimensions: dimensions)
                let partners = partnerValues(
                    indicator, operation.output(OutputID(rawValue: indicator.id)), context)
                values.set(job, .indicator(value, partners))
            }
        }
        var results: [IndicatorReport.Entry] = []
        var esf: ESFResult?
        var fingerprint = ""
        var warnings: [LocalizedText] = []
        for (job, part) in values.values.enumerated() {
            switch part {
            case .esf(let result): esf = result
            case .fingerprint(let text): fingerprint = text
            case .indicator(let value, let partners):
                let (result, warning) = line(indicators[job], value, partners, scope, operation, asOf)
                results.append(result)
                if let warning { warnings.append(warning) }
            }
        }
        warnings += unregisteredKindWarnings(dataset)
        let (participants, byGender, esfEntries, plusEntries) = esfSection(esf!)
        return IndicatorReport(
            operation: IndicatorReport.OperationSummary(
                id: operation.id, name: operation.name, period: operation.period),
            scope: scope, range: scope.range(in: operation), asOf: asOf, fingerprint: fingerprint,
            suppressionThreshold: suppression?.threshold, indicators: results, participants: participants,
            participantsByGender: byGender, incompleteRecords: esf!.incompleteRecords, esf: esfEntries,
            esfPlus: plusEntries, warnings: warnings)
    }

    private enum ComputedPart: Sendable {
        case indicator(IndicatorValue, [(Partner.ID, Int)])
        case esf(ESFResult)
        case fingerprint(String)
    }

    /// Distinct units to date per partner with a sub-target: the indicator counted with that partner alone.
    private func partnerValues(
        _ indicator: any Indicator, _ output: OutputTarget?, _ context: IndicatorContext
    )
        -> [(Partner.ID, Int)]
    {
        guard let output, !output.partnerTargets.isEmpty else { return [] }
        return output.partnerTargets.keys.sorted().map { partner in
            let value = IndicatorEngine.evaluate(
                indicator, scope: Scope(partners: [partner]), context: context, dimensions: [])
            return (partner, value.toDate)
        }
    }

    private func line(
        _ indicator: any Indicator, _ value: IndicatorValue, _ partners: [(Partner.ID, Int)], _ scope: Scope,
        _ operation: ESFOperation, _ asOf: Day
    ) -> (IndicatorReport.Entry, LocalizedText?) {
        let output = operation.output(OutputID(rawValue: indicator.id))
        var target = output?.target
        var trajectory = output?.trajectory ?? []
        if scope.partners.count == 1, let partner = scope.partners.first,
            let sub = output?.partnerTargets[partner]
        {
            target = sub
            trajectory = []
        }
        let protect = indicator.countsPersons ? suppression : nil
        let hide = { (v: Int) in protect?.isSmall(v) ?? false }
        let toDateHidden = hide(value.toDate)
        var assessment = ProgressAssessment.assess(
            value: value.toDate, target: target, isMilestone: output?.isMilestone ?? false,
            trajectory: trajectory,
            period: operation.period, asOf: asOf)
        if toDateHidden {
            assessment.progress = nil
            assessment.forecast = nil
        }
        var warning: LocalizedText?
        var partnerLines: [IndicatorReport.PartnerProgress] = []
        if let output, !output.partnerTargets.isEmpty {
            for (partner, reached) in partners {
                let sub = output.partnerTargets[partner]!
                let a = ProgressAssessment.assess(
                    value: reached, target: sub, period: operation.period, asOf: asOf)
                let hidden = hide(reached)
                partnerLines.append(
                    IndicatorReport.PartnerProgress(
                        partner: partner, name: operation.partner(partner)?.shortName ?? partner.rawValue,
                        target: sub,
                        value: hidden ? nil : reached, progress: hidden ? nil : a.progress, status: a.status))
            }
            let sum = output.partnerTargets.values.reduce(0, +)
            if let total = output.target, sum != total {
                warning = LocalizedText(
                    sl:
                        "\(output.id): podcilji partnerjev (skupaj \(sum)) se ne seštejejo v cilj operacije (\(total)).",
                    en:
                        "\(output.id): the partners' sub-targets (\(sum) in all) do not add up to the operation's "
                        + "target (\(total)).")
            }
        }
        let series = seriesPoints(value, protect)
        let breakdowns = value.breakdowns.map { b -> Breakdown in
            guard let protect else { return b }
            let hidden = protect.suppress(
                cells: b.cells.map { $0.value ?? 0 }, total: b.additive ? value.value : nil)
            var suppressed = b
            for (i, h) in hidden.cells.enumerated() where h {
                suppressed.cells[i].value = nil
                suppressed.cells[i].suppressed = true
            }
            return suppressed
        }
        let result = IndicatorReport.Entry(
            id: indicator.id, title: output?.title ?? indicator.title, unit: output?.unit ?? indicator.unit,
            countingRule: indicator.countingRule, isMilestone: output?.isMilestone ?? false,
            value: hide(value.value) ? nil : value.value, active: hide(value.active) ? nil : value.active,
            toDate: toDateHidden ? nil : value.toDate,
            suppressed: hide(value.value) || hide(value.active) || toDateHidden,
            measureName: indicator.measure,
            measure: value.measure, measureToDate: value.measureToDate, assessment: assessment,
            series: series,
            breakdowns: breakdowns, partnerTargets: partnerLines)
        return (result, warning)
    }

    /// The series with suppression: quarters as a group with the to-date total; a cumulative value is shown
    /// only where it cannot split the hidden quarters (none or all of them lie before it).
    private func seriesPoints(_ value: IndicatorValue, _ protect: SuppressionPolicy?) -> [SeriesPoint] {
        guard let protect else { return value.series }
        let (hidden, totalHidden) = protect.suppress(
            cells: value.series.map { $0.value ?? 0 }, total: value.toDate)
        let hiddenCount = hidden.filter { $0 }.count
        var seen = 0
        return value.series.enumerated().map { i, point in
            if hidden[i] { seen += 1 }
            let cumulativeShown =
                !totalHidden && (seen == 0 || seen == hiddenCount) && !protect.isSmall(point.cumulative ?? 0)
            return SeriesPoint(
                period: point.period, value: hidden[i] ? nil : point.value,
                cumulative: cumulativeShown ? point.cumulative : nil)
        }
    }

    private func esfSection(_ esf: ESFResult) -> (
        Int?, [BreakdownCell], [IndicatorReport.ESFEntry], [IndicatorReport.ESFEntry]
    ) {
        let genderKeys: [(String, LocalizedText)] = [
            ("female", Gender.female.title), ("male", Gender.male.title),
            ("non_binary", Gender.nonBinary.title),
        ]
        func cells(_ split: ESFGenderSplit, total: Int) -> (Bool, [BreakdownCell]) {
            let values = split.values
            let sumMatches = values.reduce(0, +) == total
            let (hidden, totalHidden) =
                suppression?.suppress(cells: values, total: sumMatches ? total : nil)
                ?? (Array(repeating: false, count: 3), false)
            let hideTotal = totalHidden || (suppression?.isSmall(total) ?? false)
            return (
                hideTotal,
                zip(genderKeys, zip(values, hidden)).map { key, cell in
                    BreakdownCell(key: key.0, label: key.1, value: cell.1 ? nil : cell.0, suppressed: cell.1)
                }
            )
        }
        func entries(_ figures: [ESFFigure]) -> [IndicatorReport.ESFEntry] {
            figures.map { figure in
                let definition = figure.definition
                guard let split = figure.byGender else {
                    return IndicatorReport.ESFEntry(
                        code: definition.code, title: definition.title, verification: definition.verification,
                        value: figure.value, suppressed: false, byGender: [])
                }
                let (hidden, genderCells) = cells(split, total: figure.value)
                return IndicatorReport.ESFEntry(
                    code: definition.code, title: definition.title, verification: definition.verification,
                    value: hidden ? nil : figure.value, suppressed: hidden, byGender: genderCells)
            }
        }
        let (hidden, byGender) = cells(esf.participantsByGender, total: esf.participants)
        return (hidden ? nil : esf.participants, byGender, entries(esf.esf2014), entries(esf.esfPlus))
    }

    private func unregisteredKindWarnings(_ dataset: Dataset) -> [LocalizedText] {
        var counts: [ActivityKind: Int] = [:]
        for activity in dataset.activities.slots {
            guard let activity, activity.status == .held, plugins.plugin(for: activity.kind) == nil else {
                continue
            }
            counts[activity.kind, default: 0] += 1
        }
        return counts.keys.sorted().map { kind in
            LocalizedText(
                sl:
                    "\(counts[kind]!) izvedenih aktivnosti vrste '\(kind)' nima vtičnika; ne štejejo v noben izložek, "
                    + "ki je odvisen od vrste aktivnosti.",
                en:
                    "\(counts[kind]!) held activities of kind '\(kind)' have no plugin; they count in no output "
                    + "that depends on the kind of activity.")
        }
    }
}
