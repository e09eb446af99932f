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
    /// The breakdowns computed (all by default): in the report's JSON and CSV.
    public var breakdowns: [BreakdownDimension]
    /// The breakdowns the reader asked to see (`--by`), which every renderer shows as tables; `nil` (the
    /// default) for none. They are computed whether or not ``breakdowns`` lists them.
    public var requestedBreakdowns: [BreakdownDimension]?
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
    /// Whether to compute the finance section (yes by default; the benchmarks time the report without it
    /// to tell its cost apart).
    package var computesFinance: Bool

    /// Creates a builder for the operation's outputs, the registered plugins' own indicators, and any
    /// extra indicators.
    /// - Parameters:
    ///   - plugins: The plugins; their ``PluginRegistry/indicators`` follow the outputs.
    ///   - extraIndicators: Indicators added after the plugins' (an embedder's own).
    public init(plugins: PluginRegistry, extraIndicators: [any Indicator] = []) {
        self.plugins = plugins
        self.indicators = OutputIndicators.all + plugins.indicators + extraIndicators
        self.breakdowns = BreakdownDimension.allCases
        self.requestedBreakdowns = nil
        self.suppression = nil
        self.computesFingerprint = true
        self.computesFinance = true
        self.precomputedFingerprint = nil
    }

    /// Builds the report.
    /// - Parameters:
    ///   - dataset: The records.
    ///   - scope: The period and filters.
    ///   - asOf: The report day: events after it do not count.
    /// - Returns: The report. A scope whose period starts after the operation's end gives an empty report:
    ///   call ``check(_:in:)`` first to refuse it (the CLI does).
    /// - Complexity: O(*p* + *n*) in participations and persons for the counts, run in parallel across
    ///   indicators; O(*n* log *n*) in all entities for the fingerprint.
    public func build(_ dataset: Dataset, scope: Scope = .wholeOperation, asOf: Day) -> IndicatorReport {
        let context = IndicatorContext(dataset: dataset, plugins: plugins, asOf: asOf)
        let operation = dataset.operation
        // The finance section (its absorption, then one count per cost-per-result output and partner) runs
        // as jobs of the same loop, on the same context.
        let costPlan = financePlan(dataset, scope: scope)
        let financeJob = indicators.count + 2
        let jobs = financeJob + (costPlan.map { 1 + $0.jobs } ?? 0)
        let values = ParallelResults<ComputedPart>(count: jobs)
        let indicators = self.indicators
        let dimensions =
            breakdowns + (requestedBreakdowns ?? []).filter { !breakdowns.contains($0) }
        // A scope of partners without sub-targets is shown as a share of the whole operation's value.
        let wholeScope = scope.partners.isEmpty ? nil : scope.withoutPartners
        // The longest jobs start first, so that the last one to end is short: the fingerprint, the ESF
        // set, the indicators that count persons (they read every attendance), then the rest.
        let order =
            [indicators.count + 1, indicators.count]
            + indicators.indices.filter { indicators[$0].countsPersons }
            + Array(financeJob..<jobs)
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
            case financeJob:
                values.set(
                    job, .finance(FinanceFigures.section(dataset, partners: scope.partners, asOf: asOf)))
            case let count where count > financeJob:
                let value = costPlan!.count(count - financeJob - 1, scope: scope, context: context)
                values.set(job, .count(value))
            default:
                let indicator = indicators[job]
                let value = IndicatorEngine.evaluate(
                    indicator, scope: scope, context: context, dimensions: dimensions)
                let output = operation.output(OutputID(rawValue: indicator.id))
                let partners = partnerValues(indicator, output, context)
                let whole =
                    wholeScope.flatMap { whole in
                        subTarget(output, scope) == nil
                            ? IndicatorEngine.evaluate(
                                indicator, scope: whole, context: context, dimensions: []
                            ).toDate : nil
                    }
                values.set(job, .indicator(value, partners, whole))
            }
        }
        var results: [IndicatorReport.Entry] = []
        var esf: ESFResult?
        var fingerprint = ""
        var warnings: [LocalizedText] = []
        var absorption: IndicatorReport.Finance?
        var costCounts: [Int] = []
        for (job, part) in values.values.enumerated() {
            switch part {
            case .esf(let result): esf = result
            case .fingerprint(let text): fingerprint = text
            case .finance(let section): absorption = section
            case .count(let value): costCounts.append(value)
            case .indicator(let value, let partners, let whole):
                let (result, warning) = line(
                    indicators[job], value, partners, whole, scope, operation, asOf)
                results.append(result)
                if let warning { warnings.append(warning) }
            }
        }
        warnings += unregisteredKindWarnings(dataset)
        let (participants, byGender, esfEntries, plusEntries, incomplete) = esfSection(esf!)
        var report = IndicatorReport(
            operation: IndicatorReport.OperationSummary(
                id: operation.id, name: operation.name, period: operation.period,
                partners: operation.partners.map {
                    IndicatorReport.PartnerName(id: $0.id, name: $0.shortName)
                },
                programme: operation.programme, budget: operation.budget, funding: operation.funding,
                leadPartner: operation.leadPartner?.id),
            scope: scope, range: scope.range(in: operation), asOf: asOf, fingerprint: fingerprint,
            suppressionThreshold: suppression?.threshold, indicators: results, participants: participants,
            participantsByGender: byGender,
            incompleteRecords: incomplete, esf: esfEntries,
            esfPlus: plusEntries, warnings: warnings)
        report.requestedBreakdowns = requestedBreakdowns
        if let plan = costPlan, let absorption,
            let (finance, financeWarnings) = financeSection(
                absorption, plan: plan, counts: costCounts, entries: results)
        {
            report.finance = finance
            report.warnings += financeWarnings
        }
        return report
    }

    private enum ComputedPart: Sendable {
        case indicator(IndicatorValue, [(Partner.ID, Int)], Int?)
        case esf(ESFResult)
        case fingerprint(String)
        case finance(IndicatorReport.Finance?)
        case count(Int)
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

    /// The target a partner-scoped report is measured against: the sum of the scope's partners'
    /// sub-targets when every one of them has one; `nil` otherwise (and for a scope of no partners).
    private func subTarget(_ output: OutputTarget?, _ scope: Scope) -> Int? {
        guard let output, !scope.partners.isEmpty else { return nil }
        let subs = scope.partners.compactMap { output.partnerTargets[$0] }
        return subs.count == scope.partners.count ? subs.reduce(0, +) : nil
    }

    private func line(
        _ indicator: any Indicator, _ value: IndicatorValue, _ partners: [(Partner.ID, Int)], _ whole: Int?,
        _ scope: Scope, _ operation: ESFOperation, _ asOf: Day
    ) -> (IndicatorReport.Entry, LocalizedText?) {
        let output = operation.output(OutputID(rawValue: indicator.id))
        var target = output?.target
        var trajectory = output?.trajectory ?? []
        if !scope.partners.isEmpty {
            // Partners are measured against their own sub-targets, never the whole operation's target.
            target = subTarget(output, scope)
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
            assessment.shortfall = nil
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
        let valueHidden = hide(value.value)
        let breakdowns = value.breakdowns.map { b -> Breakdown in
            guard let protect else { return b }
            // Always against the value: a non-additive breakdown's cells are protected the same way.
            let hidden = protect.suppress(cells: b.cells.map { $0.value ?? 0 }, total: value.value)
            var suppressed = b
            for (i, h) in hidden.cells.enumerated() where h {
                suppressed.cells[i].value = nil
                suppressed.cells[i].suppressed = true
            }
            return suppressed
        }
        // A measure of persons (completed attendances) is a count of persons too.
        let hideMeasure = { (q: Quantity?, count: Int) -> Bool in
            guard let protect, let q else { return false }
            return hide(count) || protect.isSmall(Int(q.doubleValue.rounded(.up)))
        }
        var result = IndicatorReport.Entry(
            id: indicator.id, title: output?.title ?? indicator.title, unit: output?.unit ?? indicator.unit,
            countingRule: indicator.countingRule, isMilestone: output?.isMilestone ?? false,
            value: valueHidden ? nil : value.value, active: hide(value.active) ? nil : value.active,
            toDate: toDateHidden ? nil : value.toDate,
            suppressed: valueHidden || hide(value.active) || toDateHidden,
            measureName: indicator.measure,
            measure: hideMeasure(value.measure, value.value) ? nil : value.measure,
            measureToDate: hideMeasure(value.measureToDate, value.toDate) ? nil : value.measureToDate,
            assessment: assessment, series: series, breakdowns: breakdowns, partnerTargets: partnerLines)
        result.measureUnit = indicator.measure == nil ? nil : indicator.measureUnit
        if let whole, target == nil {
            let hidden = hide(whole) || toDateHidden
            result.operationToDate = hide(whole) ? nil : whole
            result.share = hidden || whole == 0 ? nil : Double(value.toDate) / Double(whole)
            result.status = nil
            result.forecast = nil
        }
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
}
