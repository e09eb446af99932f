import Testing

@testable import SocioLabKit

struct SuppressionTests {
    let k5 = SuppressionPolicy.standard

    @Test func thresholdBelowThreeIsRejected() throws {
        #expect(throws: SocioLabError.self) { try SuppressionPolicy(threshold: 2) }
        #expect(try SuppressionPolicy(threshold: 3).threshold == 3)
        #expect(try SuppressionPolicy().threshold == 5)
    }

    @Test func singleSmallCellGetsAComplement() {
        let r = k5.suppress(cells: [2, 10, 8], total: 20)
        #expect(r.cells == [true, false, true])
        #expect(!r.total)
    }

    @Test func hiddenCellsMustAddUpToAtLeastK() {
        // Two hidden 1s would be recoverable (1 + 1 = 2 has one answer); the 30 joins them.
        #expect(k5.suppress(cells: [1, 1, 30], total: 32).cells == [true, true, true])
        #expect(k5.suppress(cells: [0, 3, 12, 40], total: 55).cells == [false, true, true, false])
    }

    @Test func smallTotalIsHidden() {
        let r = k5.suppress(cells: [2, 1], total: 3)
        #expect(r.total)
        #expect(r.cells == [true, true])
    }

    @Test func suppressionCannotBeUndoneBySubtraction() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let cells = (0..<Int(generator.next() % 6 + 1)).map { _ in Int(generator.next() % 12) }
            let total = cells.reduce(0, +)
            let r = k5.suppress(cells: cells, total: total)
            let hidden = cells.indices.filter { r.cells[$0] }
            for i in cells.indices where k5.isSmall(cells[i]) { #expect(r.cells[i]) }
            guard !r.total, !hidden.isEmpty else { continue }
            // Total minus the shown cells gives the hidden sum only: at least two cells and at least k,
            // so more than one assignment of values ≥ 1 fits.
            #expect(hidden.count >= 2)
            #expect(hidden.map { cells[$0] }.reduce(0, +) >= 5)
        }
    }

    @Test func reportSuppressesPersonCountsOnly() throws {
        var builder = ReportBuilder(plugins: Fixture.plugins)
        builder.suppression = .standard
        let report = builder.build(Fixture.outputs, asOf: Fixture.asOf)
        let out05 = try #require(report.indicators.first { $0.id == "OUT-05" })
        #expect(out05.value == nil)
        #expect(out05.suppressed)
        #expect(out05.progress == nil)
        let gender = try #require(out05.breakdowns.first { $0.dimension == .gender })
        #expect(gender.cells.allSatisfy { $0.value == nil || $0.value == 0 })
        // Organisations and info points are not persons: shown as they are.
        #expect(report.indicators.first { $0.id == "OUT-02" }?.value == 2)
        #expect(report.suppressionThreshold == 5)
    }

    @Test func seriesCumulativeDoesNotRevealHiddenQuarters() throws {
        // Quarters 0, 7, 2, 9 with total 18 → 2 is hidden and one complement (7); cumulatives between
        // the two hidden quarters are hidden too, the ones before and after are shown.
        var records: [EntityRecord] = []
        let quarters = [("2018-05-01", 0), ("2018-08-01", 7), ("2018-11-01", 2), ("2019-02-01", 9)]
        var n = 0
        for (i, (start, count)) in quarters.enumerated() {
            records.append(Fixture.activity("t\(i)", "training", start))
            for _ in 0..<count {
                n += 1
                records.append(.person(Person(id: .init("p\(n)"))))
                records.append(Fixture.attend("a\(n)", "t\(i)", person: "p\(n)"))
            }
        }
        var builder = ReportBuilder(plugins: Fixture.plugins)
        builder.suppression = .standard
        let report = builder.build(
            Dataset(operation: .socioLabPodravje, records: records), asOf: Fixture.day("2019-03-31"))
        let series = try #require(report.indicators.first { $0.id == "OUT-05" }).series
        #expect(series.map(\.value) == [0, nil, nil, 9])
        #expect(series.map(\.cumulative) == [0, nil, 9, 18])
    }
}
