import Testing

@testable import SocioLabKit

/// Issue 15: the complementary suppression rule as a property over random groups, for k = 3, 5 and 10 —
/// no shown cell from 1 to k − 1, and no single hidden value recoverable from the group's total, also
/// when the cells add up to less than the total (a unit with no value in any cell).
struct SuppressionPropertyTests {
    @Test(arguments: [3, 5, 10])
    func noSmallCellIsShownOrRecoverable(threshold: Int) throws {
        let policy = try SuppressionPolicy(threshold: threshold)
        var generator = SplitMix64(seed: 15_000 + UInt64(threshold))
        for _ in 0..<5000 {
            let cells = (0..<generator.uniform(in: 1...7)).map { _ in generator.uniform(3 * threshold) }
            // Half the groups have units outside every cell (gender not recorded), as ESF splits do.
            let remainder = generator.uniform(2) == 0 ? 0 : generator.uniform(2 * threshold)
            let total = cells.reduce(0, +) + remainder
            let r = policy.suppress(cells: cells, total: total)
            #expect(
                policy.isSafe(cells: cells, hidden: r.cells, total: total, totalHidden: r.total),
                "cells \(cells) total \(total) hidden \(r.cells) \(r.total)")
            let shown = zip(cells, r.cells).filter { !$1 }.map(\.0)
            #expect(!shown.contains(where: policy.isSmall))
            guard !r.total else { continue }
            // What the reader computes: the total minus the shown cells.
            let unknown =
                zip(cells, r.cells).filter { $1 && $0 > 0 }.map(\.0) + (remainder > 0 ? [remainder] : [])
            if unknown.count == 1 { #expect(!policy.isSmall(unknown[0]), "\(cells) + \(remainder)") }
            if unknown.count > 1, unknown.contains(where: policy.isSmall) {
                #expect(unknown.reduce(0, +) >= threshold)
            }
        }
    }

    @Test func theReportedLeakIsClosed() throws {
        // 2020, k = 3: total 41, women 30, men 9, non-binary 1 and one person with no gender recorded.
        let policy = try SuppressionPolicy(threshold: 3)
        let r = policy.suppress(cells: [30, 9, 1], total: 41)
        #expect(r.cells == [false, true, true])
        #expect(policy.isSafe(cells: [30, 9, 1], hidden: r.cells, total: 41, totalHidden: r.total))
        // A small unrecorded remainder alone is protected too.
        let alone = policy.suppress(cells: [30, 9, 0], total: 41)
        #expect(alone.cells == [false, true, false])
    }

    @Test func theSafetyCheckCatchesTheOldLeak() throws {
        let policy = try SuppressionPolicy(threshold: 3)
        #expect(
            !policy.isSafe(cells: [30, 9, 1], hidden: [false, false, true], total: 41, totalHidden: false))
        #expect(!policy.isSafe(cells: [30, 2], hidden: [false, false], total: 32, totalHidden: false))
    }

    @Test func incompleteRecordsAreSuppressedWhenSmall() {
        var records: [EntityRecord] = [Fixture.activity("t1", "training", "2019-02-01")]
        for n in 1...12 {
            // Persons 1 and 2 have no birth date: their records are incomplete.
            records.append(
                .person(
                    Person(
                        id: .init("p\(n)"), gender: .female,
                        birthDate: n <= 2 ? nil : Fixture.day("1980-01-01"),
                        employmentStatus: .unemployed, isced: 3)))
            records.append(Fixture.attend("a\(n)", "t1", person: "p\(n)"))
        }
        var builder = ReportBuilder(plugins: Fixture.plugins)
        let dataset = Dataset(operation: .socioLabPodravje, records: records)
        let open = builder.build(dataset, asOf: Fixture.asOf)
        builder.suppression = .standard
        let published = builder.build(dataset, asOf: Fixture.asOf)
        #expect(open.incompleteRecords == 2)
        #expect(published.incompleteRecords == nil)
        // EECO01 (complete records) is the grand total minus the incomplete ones: hidden with them.
        #expect(open.esfPlus.first { $0.code == "EECO01" }?.value == 10)
        let complete = published.esfPlus.first { $0.code == "EECO01" }
        #expect(complete?.value == nil)
        #expect(complete?.byGender.allSatisfy { $0.value == nil } == true)
        #expect(published.participants == 12)
        let line = "Incomplete records (counted in the grand total only): "
        #expect(TextReportRenderer(language: .english).render(open).contains(line + "2\n"))
        #expect(TextReportRenderer(language: .english).render(published).contains(line + "*\n"))
        #expect(CSVReportRenderer(language: .english).render(published).contains("only),,,,*,"))
    }
}
