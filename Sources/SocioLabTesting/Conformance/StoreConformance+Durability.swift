import Foundation
import SocioLabKit

/// The checks that what a store acknowledged comes back whole, at the right revision, after reopening.
extension StoreConformance {

    /// Every entity type, with awkward values, survives append → reopen and compact → reopen unchanged.
    public static let roundTrip = Check("round trip of every entity type") { harness in
        let name = "round trip of every entity type"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var expected = Dataset(operation: ConformanceFixtures.operation)
        let first = try commit(ConformanceFixtures.everyKind.map { .insert($0) }, on: &expected, revision: 1)
        try await store.append(first)
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 1, name, "after reopening")
        try await store.compact(expected, revision: 1)
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 1, name, "after compaction and reopening")
        let second = try commit(ConformanceFixtures.updates.map { .update($0) }, on: &expected, revision: 2)
        try await store.append(second)
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 2, name, "after updating every kind and reopening")
    }

    /// A change set is stored whole: every record of a large change set is there after reopening, and a
    /// refused one leaves nothing.
    public static let atomicity = Check("change-set atomicity") { harness in
        let name = "change-set atomicity"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var expected = Dataset(operation: ConformanceFixtures.operation)
        let many = (0..<500).map { i in Change.insert(Person(id: .init("bulk-\(i)"), isced: i % 9).record) }
        try await store.append(try commit(many, on: &expected, revision: 1))
        var refused = expected
        let wrong = try commit([.insert(Person(id: "late").record)], on: &refused, revision: 5)
        do {
            try await store.append(wrong)
            throw ConformanceFailure(
                check: name, message: "a change set with revision 5 after 1 was accepted")
        } catch let error as SocioLabError where error.code == .changeConflict {}
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 1, name, "after a bulk change set and a refused one")
    }

    /// Revisions run 1, 2, 3 … without gaps; anything else is refused with `change.conflict`.
    public static let revisions = Check("gap-free revisions") { harness in
        let name = "gap-free revisions"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var expected = Dataset(operation: ConformanceFixtures.operation)
        try await store.append(try commit([.insert(Person(id: "r1").record)], on: &expected, revision: 1))
        for bad: Int64 in [0, 1, 3, -1] {
            var scratch = expected
            let changeSet = try commit(
                [.insert(Person(id: Person.ID("bad\(bad)")).record)], on: &scratch, revision: bad)
            do {
                try await store.append(changeSet)
                throw ConformanceFailure(check: name, message: "revision \(bad) after 1 was accepted")
            } catch let error as SocioLabError where error.code == .changeConflict {}
        }
        try await store.append(try commit([.insert(Person(id: "r2").record)], on: &expected, revision: 2))
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 2, name, "after refused revisions")
        try await store.append(try commit([.insert(Person(id: "r3").record)], on: &expected, revision: 3))
    }

    /// A store reopened after every kind of write loads what was written: a new store, appends, compaction,
    /// and appends after compaction.
    public static let reopen = Check("reopen") { harness in
        let name = "reopen"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        let empty = Dataset(operation: ConformanceFixtures.operation)
        store = try await harness.reopen(store)
        try await expect(store, holds: empty, at: 0, name, "a new store")
        var dataset = empty
        for revision: Int64 in 1...6 {
            let change = Change.insert(
                Person(id: .init("p-\(revision)"), birthDate: day(1990, 1, Int(revision))).record)
            try await store.append(try commit([change], on: &dataset, revision: revision))
            if revision == 3 { try await store.compact(dataset, revision: 3) }
        }
        store = try await harness.reopen(store)
        try await expect(store, holds: dataset, at: 6, name, "after appends, a compaction and more appends")
        store = try await harness.reopen(store)
        try await expect(store, holds: dataset, at: 6, name, "after reopening twice")
    }

    /// A revision once stored is never given to other content: after reopening, and after compaction and
    /// reopening, a change set at a revision already used is refused with `change.conflict`, and the
    /// stored one is kept.
    public static let revisionsNeverReused = Check("revisions never reused") { harness in
        let name = "revisions never reused"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        for revision: Int64 in 1...3 {
            try await store.append(
                try commit(
                    [.insert(Person(id: .init("u-\(revision)")).record)], on: &dataset, revision: revision))
        }
        func expectRefused(_ revisions: [Int64], _ when: String) async throws {
            for used in revisions {
                var scratch = dataset
                let other = try commit(
                    [.insert(Person(id: .init("other-\(used)")).record)], on: &scratch, revision: used)
                do {
                    try await store.append(other)
                    throw ConformanceFailure(
                        check: name, message: "revision \(used) was accepted again \(when)")
                } catch let error as SocioLabError where error.code == .changeConflict {}
            }
        }
        store = try await harness.reopen(store)
        try await expectRefused([1, 2, 3], "after reopening")
        try await expect(store, holds: dataset, at: 3, name, "after reopening and refused revisions")
        try await store.append(try commit([.insert(Person(id: "u-4").record)], on: &dataset, revision: 4))
        try await store.compact(dataset, revision: 4)
        store = try await harness.reopen(store)
        try await expectRefused([3, 4], "after compaction and reopening")
        try await store.append(try commit([.insert(Person(id: "u-5").record)], on: &dataset, revision: 5))
        store = try await harness.reopen(store)
        try await expectRefused([4, 5], "after appending past a compaction and reopening")
        try await expect(store, holds: dataset, at: 5, name, "at the end")
    }
}
