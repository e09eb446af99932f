import Foundation

extension ReportBuilder {
    /// The outputs a cost per result is given for: persons trained, organisations supported, jobs.
    static let costPerResultOutputs = ["OUT-05", "OUT-04", "OUT-06"]

    /// What the finance section counts beside the report's indicators: each cost-per-result output for
    /// each partner that may have spend, each count a job of the report's parallel loop on its context.
    struct FinancePlan: Sendable {
        /// The cost-per-result outputs the builder has.
        var outputs: [any Indicator]
        /// The operation's partners in its order, kept by the scope, with at least one cost item: every
        /// partner with spend is among them (the section keeps those with spend).
        var partners: [Partner.ID]

        /// One count per output and partner.
        var jobs: Int { outputs.count * partners.count }

        /// Count `job` (output `job / partners.count`, partner `job % partners.count`): the output's value to
        /// date with that partner alone, the report's other filters kept.
        func count(_ job: Int, scope: Scope, context: IndicatorContext) -> Int {
            var partnerScope = scope.withoutPartners
            partnerScope.partners = [partners[job % partners.count]]
            return IndicatorEngine.evaluate(
                outputs[job / partners.count], scope: partnerScope, context: context, dimensions: []
            ).toDate
        }
    }

    /// The finance section's counts to make, or `nil` when it is not computed (no finance record, or
    /// ``computesFinance`` off).
    /// - Complexity: O(*P* + *c*) in the operation's partners and their cost items.
    func financePlan(_ dataset: Dataset, scope: Scope) -> FinancePlan? {
        guard computesFinance, FinanceFigures.holdsFinance(dataset) else { return nil }
        let outputs = Self.costPerResultOutputs.compactMap { id in indicators.first { $0.id == id } }
        let partners = dataset.operation.partners.map(\.id).filter { partner in
            (scope.partners.isEmpty || scope.partners.contains(partner))
                && !dataset.costItems(of: partner).isEmpty
        }
        return FinancePlan(outputs: outputs, partners: partners)
    }

    /// The report's finance section: the absorption (``FinanceFigures``) with the cost per result of
    /// ``costPerResultOutputs``, overall and per partner with spend, and a warning per partner or category
    /// over its budget.
    ///
    /// Results are the outputs' values to date (a partner's: its activities alone, as for a partner's
    /// sub-target). A cost per result is hidden with its count when suppression hides that count, since
    /// spend ÷ cost per result would give the count away.
    /// - Parameters:
    ///   - absorption: ``FinanceFigures/section(_:partners:asOf:)`` of the report's dataset and scope.
    ///   - plan: The counts made, and `counts` their values in the plan's job order.
    ///   - entries: The report's indicator lines (their titles and values to date).
    /// - Complexity: O(*o* × *P*) in outputs and partners.
    func financeSection(
        _ absorption: IndicatorReport.Finance, plan: FinancePlan, counts: [Int],
        entries: [IndicatorReport.Entry]
    ) -> (IndicatorReport.Finance, [LocalizedText])? {
        var finance = absorption
        let spentBy = Dictionary(finance.byPartner.map { ($0.key, $0.spent.cents) }) { first, _ in first }
        var lines: [IndicatorReport.CostPerResult] = []
        for (o, indicator) in plan.outputs.enumerated() {
            let entry = entries.first { $0.id == indicator.id }
            let title = entry?.title ?? indicator.title
            lines.append(costLine(indicator.id, title, nil, finance.total.spent.cents, entry?.toDate))
            for (p, partner) in plan.partners.enumerated() {
                guard let spent = spentBy[partner.rawValue], spent > 0 else { continue }
                let count = counts[o * plan.partners.count + p]
                let protect = indicator.countsPersons ? suppression : nil
                let hidden = protect?.isSmall(count) ?? false
                lines.append(costLine(indicator.id, title, partner, spent, hidden ? nil : count))
            }
        }
        finance.costPerResult = lines
        var warnings: [LocalizedText] = []
        for line in finance.byPartner + finance.byCategory where line.overBudget {
            let sl = line.label.sl
            let en = line.label.en
            warnings.append(
                LocalizedText(
                    sl: "\(sl): porabljeno (\(ReportFormat(language: .slovenian).cents(line.spent.cents))) "
                        + "presega načrtovano (\(ReportFormat(language: .slovenian).cents(line.planned.cents))).",
                    en: "\(en): spent (\(ReportFormat(language: .english).cents(line.spent.cents))) exceeds "
                        + "the plan (\(ReportFormat(language: .english).cents(line.planned.cents)))."))
        }
        return (finance, warnings)
    }

    /// A cost per result: spend ÷ results in cents, rounded half up; none without a result.
    private func costLine(
        _ output: String, _ title: LocalizedText, _ partner: Partner.ID?, _ spent: Int64, _ results: Int?
    ) -> IndicatorReport.CostPerResult {
        let per = results.flatMap { $0 > 0 ? (spent * 2 + Int64($0)) / (Int64($0) * 2) : nil }
        return IndicatorReport.CostPerResult(
            output: output, title: title, partner: partner, spent: spent, results: results, perResult: per)
    }
}

extension SocioLabError.Code {
    /// A report asked for its finance section on a store that holds no finance record.
    public static let reportNoFinance = Self(rawValue: "report.no-finance")
}
