import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabKit

/// Issue 15: small-cell suppression as a property of whole reports over random data (the seeded sample
/// generator) for k = 3, 5 and 10: in every group a report publishes with its total — the grand total by
/// gender, each ESF indicator by gender, each breakdown, each series — no count from 1 to k − 1 is shown
/// and no single hidden value can be worked out from the total; incomplete records are hidden when small.
struct ReportSuppressionPropertyTests {
    static let datasets: [Dataset] = {
        var seeds = SplitMix64(seed: 2015)
        return (0..<3).map { _ in
            SampleData.large(persons: 60 + seeds.uniform(240), seed: seeds.next())
        }
    }()

    static let scopes: [Scope] = [
        .wholeOperation, Scope(period: .year(2020)), Scope(period: .quarter(2019, 3)),
    ]

    @Test(arguments: [3, 5, 10])
    func everyPublishedGroupIsSafe(threshold: Int) throws {
        let policy = try SuppressionPolicy(threshold: threshold)
        for dataset in Self.datasets {
            for scope in Self.scopes {
                var builder = ReportBuilder(plugins: .standard)
                builder.computesFingerprint = false
                let open = builder.build(dataset, scope: scope, asOf: SampleData.demoAsOf)
                builder.suppression = policy
                let published = builder.build(dataset, scope: scope, asOf: SampleData.demoAsOf)
                let persons = Set(builder.indicators.filter(\.countsPersons).map(\.id))
                check(policy, open, published, persons: persons)
            }
        }
    }

    /// Checks every group of a published report against the same report without suppression.
    /// - Parameter persons: The indicators that count persons (the others are not suppressed).
    private func check(
        _ policy: SuppressionPolicy, _ open: IndicatorReport, _ published: IndicatorReport,
        persons: Set<String>
    ) {
        func group(
            _ name: String, _ cells: [BreakdownCell], _ shown: [BreakdownCell], total: Int, _ hidden: Bool
        ) {
            let values = cells.map { $0.value ?? 0 }
            let isSafe = policy.isSafe(
                cells: values, hidden: shown.map { $0.value == nil }, total: total, totalHidden: hidden)
            #expect(isSafe, "\(name): \(values) of \(total), shown \(shown.map(\.value))")
        }
        group(
            "participants", open.participantsByGender, published.participantsByGender,
            total: open.participants ?? 0, published.participants == nil)
        for (entry, shown) in zip(open.esf + open.esfPlus, published.esf + published.esfPlus)
        where !entry.byGender.isEmpty {
            group(entry.code, entry.byGender, shown.byGender, total: entry.value ?? 0, shown.value == nil)
        }
        for (entry, shown) in zip(open.indicators, published.indicators) where persons.contains(entry.id) {
            #expect(
                !(shown.value.map(policy.isSmall) ?? false) && !(shown.toDate.map(policy.isSmall) ?? false))
            for (breakdown, shownBreakdown) in zip(entry.breakdowns, shown.breakdowns) {
                group(
                    entry.id + " by " + breakdown.dimension.rawValue, breakdown.cells, shownBreakdown.cells,
                    total: entry.value ?? 0, shown.value == nil)
            }
            let series = entry.series.map { $0.value ?? 0 }
            let hidden = shown.series.map { $0.value == nil }
            #expect(
                policy.isSafe(
                    cells: series, hidden: hidden, total: entry.toDate, totalHidden: shown.toDate == nil),
                "\(entry.id) series")
        }
        let incomplete = open.incompleteRecords ?? 0
        if policy.isSmall(incomplete) { #expect(published.incompleteRecords == nil) }
        // The grand total is EECO01 (complete records) plus the incomplete records: one more group.
        if let complete = open.esfPlus.first(where: { $0.code == "EECO01" }),
            let shown = published.esfPlus.first(where: { $0.code == "EECO01" })
        {
            #expect(
                policy.isSafe(
                    cells: [complete.value ?? 0, incomplete],
                    hidden: [shown.value == nil, published.incompleteRecords == nil],
                    total: open.participants ?? 0, totalHidden: published.participants == nil),
                "EECO01 \(complete.value ?? 0) + incomplete \(incomplete) of \(open.participants ?? 0)")
        }
    }
}
