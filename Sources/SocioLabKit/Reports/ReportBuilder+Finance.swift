import Foundation

extension ReportBuilder {
    /// The outputs a cost per result is given for: persons trained, organisations supported, jobs.
    static let costPerResultOutputs = ["OUT-05", "OUT-04", "OUT-06"]

    /// The report's finance section (``FinanceFigures``) with the cost per result of ``costPerResultOutputs``,
    /// overall and per partner with spend, and a warning per partner or category over its budget; `nil`
    /// when the dataset holds no finance record.
    ///
    /// Results are the outputs' values to date (a partner's: its activities alone, as for a partner's
    /// sub-target). A cost per result is hidden with its count when suppression hides that count, since
    /// spend ÷ cost per result would give the count away.
    /// - Complexity: O(*c* + *m* + *b*) for the absorption; one evaluation of each of the three outputs per
    ///   partner with spend, in parallel.
    func financeSection(
        _ dataset: Dataset, scope: Scope, asOf: Day, entries: [IndicatorReport.Entry]
    ) -> (IndicatorReport.Finance, [LocalizedText])? {
        guard var finance = FinanceFigures.section(dataset, partners: scope.partners, asOf: asOf) else {
            return nil
        }
        let outputs = Self.costPerResultOutputs.compactMap { id in indicators.first { $0.id == id } }
        let partners = finance.byPartner.filter { $0.spent.cents > 0 }.map { Partner.ID($0.key) }
            .filter { dataset.operation.partner($0) != nil }
        let context = IndicatorContext(dataset: dataset, plugins: plugins, asOf: asOf)
        let jobs = outputs.count * partners.count
        let counts = ParallelResults<Int>(count: jobs)
        let filter = scope.withoutPartners
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            var partnerScope = filter
            partnerScope.partners = [partners[job % partners.count]]
            let value = IndicatorEngine.evaluate(
                outputs[job / partners.count], scope: partnerScope, context: context, dimensions: [])
            counts.set(job, value.toDate)
        }
        let perPartner = counts.values
        var lines: [IndicatorReport.CostPerResult] = []
        for (o, indicator) in outputs.enumerated() {
            let entry = entries.first { $0.id == indicator.id }
            let title = entry?.title ?? indicator.title
            lines.append(costLine(indicator.id, title, nil, finance.total.spent.cents, entry?.toDate))
            for (p, partner) in partners.enumerated() {
                let spent = finance.byPartner.first { $0.key == partner.rawValue }?.spent.cents ?? 0
                let count = perPartner[o * partners.count + p]
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
