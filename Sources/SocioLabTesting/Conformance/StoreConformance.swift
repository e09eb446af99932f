import Foundation
import SocioLabKit

/// One set of behaviour checks that every ``SocioLabKit/Store`` implementation must pass.
///
/// It does not depend on a test framework, so it can run from a test target, a harness of another service
/// or a release executable. Each check is a named value; run it against a ``Harness`` that makes and
/// reopens stores of your backend:
///
/// ```swift
/// @Test(arguments: StoreConformance.checks)
/// func conforms(_ check: StoreConformance.Check) async throws {
///     try await check.run(StoreConformance.Harness(
///         makeStore: { operation in InMemoryStore(operation: operation) },
///         reopen: { store in store }))
/// }
/// ```
///
/// A check throws ``ConformanceFailure`` saying what differed, or the store's own error.
public enum StoreConformance {
    /// How a check gets stores of the backend under test.
    public struct Harness: Sendable {
        /// Makes a new, empty store for an operation.
        public var makeStore: @Sendable (ESFOperation) async throws -> any Store
        /// Closes a store and opens the same one again, as a new process would. An in-memory store returns
        /// the same instance.
        public var reopen: @Sendable (any Store) async throws -> any Store
        /// Closes a store and damages what it keeps as a failing disk, a careless copy or a hand edit would
        /// (see ``Damage``), returning `false` for a kind it cannot inflict. `nil`, the default, leaves the
        /// backend out of ``damageIsRefused``.
        public var damage: (@Sendable (any Store, Damage) async throws -> Bool)?

        /// Creates a harness.
        /// - Parameters:
        ///   - makeStore: Makes a new, empty store.
        ///   - reopen: Closes a store and opens it again.
        ///   - damage: Closes a store and damages it (optional: only for backends that keep data where it
        ///     can be damaged).
        public init(
            makeStore: @escaping @Sendable (ESFOperation) async throws -> any Store,
            reopen: @escaping @Sendable (any Store) async throws -> any Store,
            damage: (@Sendable (any Store, Damage) async throws -> Bool)? = nil
        ) {
            self.makeStore = makeStore
            self.reopen = reopen
            self.damage = damage
        }
    }

    /// A kind of damage to a stored change set, for ``damageIsRefused``.
    ///
    /// The store under test holds revisions 1…6, and everything up to revision 3 has been compacted.
    public struct Damage: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// A stable name, such as `"last change set lost"`.
        public var rawValue: String
        /// Creates a kind from its name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The name.
        public var description: String { rawValue }

        /// The newest change set (revision 6), acknowledged, is gone whole.
        public static let lastChangeSetLost = Self(rawValue: "last change set lost")
        /// The newest change set is cut in the middle, as a write interrupted before it was acknowledged
        /// would leave it — but it was acknowledged.
        public static let lastChangeSetCut = Self(rawValue: "last change set cut")
        /// The first change set after the compaction (revision 4) is gone.
        public static let firstChangeSetAfterCompactionLost = Self(
            rawValue: "first change set after the compaction lost")
        /// A compacted change set (revision 2) is gone from the history.
        public static let compactedChangeSetLost = Self(rawValue: "compacted change set lost")
        /// The last compacted change set (revision 3) is gone from the history.
        public static let lastCompactedChangeSetLost = Self(rawValue: "last compacted change set lost")

        /// Every kind.
        public static let all: [Damage] = [
            lastChangeSetLost, lastChangeSetCut, firstChangeSetAfterCompactionLost, compactedChangeSetLost,
            lastCompactedChangeSetLost,
        ]
    }

    /// One named check.
    public struct Check: Sendable, CustomStringConvertible {
        /// A short name, such as `"round trip of every entity type"`.
        public let name: String
        private let body: @Sendable (Harness) async throws -> Void

        init(_ name: String, _ body: @escaping @Sendable (Harness) async throws -> Void) {
            self.name = name
            self.body = body
        }

        /// Runs the check.
        /// - Parameter harness: Makes and reopens stores of the backend under test.
        /// - Throws: ``ConformanceFailure`` when the store misbehaves, or the store's error.
        public func run(_ harness: Harness) async throws { try await body(harness) }

        /// Runs the check with the two closures of a ``Harness``.
        /// - Parameters:
        ///   - makeStore: Makes a new, empty store.
        ///   - reopen: Closes a store and opens it again.
        /// - Throws: ``ConformanceFailure`` when the store misbehaves, or the store's error.
        public func run(
            makeStore: @escaping @Sendable (ESFOperation) async throws -> any Store,
            reopen: @escaping @Sendable (any Store) async throws -> any Store
        ) async throws {
            try await body(Harness(makeStore: makeStore, reopen: reopen))
        }

        /// The name.
        public var description: String { name }
    }

    /// A check that found a store misbehaving.
    public struct ConformanceFailure: Error, CustomStringConvertible, Sendable {
        /// The check's name.
        public var check: String
        /// What differed from the expected behaviour.
        public var message: String
        /// `check: message`.
        public var description: String { "\(check): \(message)" }
    }

    /// Every check.
    public static let checks: [Check] = [
        roundTrip, atomicity, revisions, history, historyAfterCompaction, erasure, reopen,
        revisionsNeverReused, historyWithoutGaps, damageIsRefused, extremeValues, beyondTheLimits,
    ]

    // MARK: The checks

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

    /// `history(of:)` returns every change set that touched an entity, oldest first, with author, time,
    /// reason and the values before and after.
    public static let history = Check("history") { harness in
        let name = "history"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        let written = try await writeHistory(store, &dataset)
        store = try await harness.reopen(store)
        try await expectHistory(store, written, name, "after reopening")
    }

    /// Compaction keeps the history: change sets folded into a snapshot are still returned.
    public static let historyAfterCompaction = Check("history after compaction") { harness in
        let name = "history after compaction"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        var written = try await writeHistory(store, &dataset)
        try await store.compact(dataset, revision: 4)
        try await expectHistory(store, written, name, "after compaction")
        let more = try commit(
            [
                .insert(
                    Activity(id: "a-1", kind: "training", title: "Inserted again", startDate: day(2020, 2, 2))
                        .record)
            ],
            on: &dataset, revision: 5)
        try await store.append(more)
        written.append(more)
        store = try await harness.reopen(store)
        try await expectHistory(store, written, name, "after compaction, another change and reopening")
        try await store.compact(dataset, revision: 5)
        store = try await harness.reopen(store)
        try await expectHistory(store, written, name, "after a second compaction and reopening")
    }

    /// Erasing a person's personal details removes them from the history and from what a reopened store
    /// loads, keeps that a change happened, and keeps the statistical record.
    public static let erasure = Check("erasure of personal details") { harness in
        let name = "erasure of personal details"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        let details = PersonalDetails(
            person: "p-erase", givenName: "Zofka", familyName: "Skrivnostna", email: "zofka@example.si")
        try await store.append(
            try commit(
                [.insert(Person(id: "p-erase", gender: .female).record), .insert(details.record)],
                on: &dataset,
                revision: 1))
        var changed = details
        changed.phone = "+386 40 123 456"
        try await store.append(try commit([.update(changed.record)], on: &dataset, revision: 2))
        try await store.compact(dataset, revision: 2)
        var other = details
        other.email = "zofka.skrivnostna@example.si"
        try await store.append(try commit([.update(other.record)], on: &dataset, revision: 3))
        // What Workspace.erasePersonalDetails does: a redacted change set, then the store's erasure.
        let reference = EntityReference(.personalDetails, "p-erase")
        let erase = CommittedChangeSet(
            revision: 4, author: "dpo", timestamp: Timestamp(milliseconds: 1_600_000_000_000),
            reason: "GDPR Art. 17",
            records: [ChangeRecord(reference: reference, before: nil, after: nil, redacted: true)])
        try await store.append(erase)
        dataset.remove(reference)
        try await store.erasePersonalDetails(of: ["p-erase"], dataset: dataset, revision: 4)
        try await expectErased(store, reference, dataset, name, "before reopening")
        store = try await harness.reopen(store)
        try await expectErased(store, reference, dataset, name, "after reopening")
    }

    private static func expectErased(
        _ store: any Store, _ reference: EntityReference, _ dataset: Dataset, _ name: String, _ label: String
    ) async throws {
        let history = try await store.history(of: reference)
        guard history.map(\.revision) == [1, 2, 3, 4] else {
            throw ConformanceFailure(
                check: name,
                message: "history \(label) has revisions \(history.map(\.revision)), not [1, 2, 3, 4]")
        }
        for changeSet in history {
            for record in changeSet.records where record.reference == reference {
                guard record.redacted, record.before == nil, record.after == nil else {
                    throw ConformanceFailure(
                        check: name,
                        message: "revision \(changeSet.revision) still shows the details \(label)")
                }
            }
        }
        guard !"\(history)".contains("Skrivnostna") else {
            throw ConformanceFailure(check: name, message: "the erased name is still in the history \(label)")
        }
        try await expect(store, holds: dataset, at: 4, name, label)
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

    /// The history holds every revision from 1 to the last, whatever was compacted when: one entity
    /// touched by every change set has all of them in its history, in order and unchanged, after
    /// compactions (twice at the same revision, at a revision below the last, after every append) and
    /// reopening.
    public static let historyWithoutGaps = Check("history without gaps") { harness in
        let name = "history without gaps"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        var person = Person(id: "p-every", isced: 0)
        var written: [CommittedChangeSet] = []
        for revision: Int64 in 1...10 {
            let previous = dataset
            let change: Change = revision == 1 ? .insert(person.record) : .update(person.record)
            let changeSet = try commit(
                [change, .insert(Person(id: .init("x-\(revision)")).record)], on: &dataset, revision: revision
            )
            try await store.append(changeSet)
            written.append(changeSet)
            person.isced = Int(revision % 9)
            switch revision {
            case 3:
                try await store.compact(dataset, revision: 3)
                try await store.compact(dataset, revision: 3)
            case 6: store = try await harness.reopen(store)
            case 8: try await store.compact(previous, revision: 7)  // revision 8 stays after the snapshot
            case 9, 10: try await store.compact(dataset, revision: revision)
            default: break
            }
        }
        for when in ["before reopening", "after reopening"] {
            let history = try await store.history(of: person.reference)
            guard history == written else {
                throw ConformanceFailure(
                    check: name,
                    message: "the history \(when) has revisions \(history.map(\.revision)), expected 1…10"
                        + (history.map(\.revision) == written.map(\.revision) ? " (contents differ)" : ""))
            }
            store = try await harness.reopen(store)
        }
        try await expect(store, holds: dataset, at: 10, name, "after reopening")
    }

    /// A store that lost an acknowledged change set says so — `store.corrupt` from reopening, loading or
    /// reading the history — instead of opening without it and giving its revision to the next change set.
    /// Runs only with a harness that can damage its stores (``Harness/damage``).
    public static let damageIsRefused = Check("damage is refused") { harness in
        let name = "damage is refused"
        guard let damage = harness.damage else { return }
        for kind in Damage.all {
            var store = try await harness.makeStore(ConformanceFixtures.operation)
            var dataset = Dataset(operation: ConformanceFixtures.operation)
            var person = Person(id: "p-damage", isced: 0)
            for revision: Int64 in 1...6 {
                let change: Change = revision == 1 ? .insert(person.record) : .update(person.record)
                try await store.append(try commit([change], on: &dataset, revision: revision))
                person.isced = Int(revision)
                if revision == 3 { try await store.compact(dataset, revision: 3) }
            }
            guard try await damage(store, kind) else { continue }
            do {
                store = try await harness.reopen(store)
                let state = try await store.load()
                _ = try await store.history(of: person.reference)
                throw ConformanceFailure(
                    check: name,
                    message:
                        "\(kind) went unnoticed: the store opened at revision \(state.revision) and read its history"
                )
            } catch let error as SocioLabError where error.code == .storeCorrupt {}
        }
    }

    // MARK: Helpers

    /// Applies changes to a dataset and returns the committed change set a workspace would append.
    /// - Throws: ``SocioLabKit/SocioLabError`` `change.conflict` when a change does not fit the dataset.
    public static func commit(_ changes: [Change], on dataset: inout Dataset, revision: Int64) throws
        -> CommittedChangeSet
    {
        var records: [ChangeRecord] = []
        for change in changes { records.append(try dataset.apply(change)) }
        return CommittedChangeSet(
            revision: revision, author: "conformance",
            timestamp: Timestamp(milliseconds: 1_570_000_000_000 + revision),
            reason: "check \(revision): čšž \"quoted\"\nnew line", records: records)
    }

    private static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// Checks that the store loads `expected` at `revision`, naming the records that differ.
    static func expect(
        _ store: any Store, holds expected: Dataset, at revision: Int64, _ check: String, _ when: String
    ) async throws {
        let state = try await store.load()
        guard state.revision == revision else {
            throw ConformanceFailure(
                check: check, message: "revision is \(state.revision), not \(revision), \(when)")
        }
        guard state.dataset == expected else {
            let got = Set(state.dataset.allRecords)
            let want = Set(expected.allRecords)
            let missing = want.subtracting(got).map { "\($0.reference)" }.sorted()
            let extra = got.subtracting(want).map { "\($0.reference)" }.sorted()
            throw ConformanceFailure(
                check: check,
                message: "the dataset differs \(when): missing or changed \(missing), unexpected \(extra)"
                    + (state.dataset.operation == expected.operation ? "" : ", and the operation differs"))
        }
    }

    private static func writeHistory(_ store: any Store, _ dataset: inout Dataset) async throws
        -> [CommittedChangeSet]
    {
        let activity = Activity(id: "a-1", kind: "training", title: "Osnove", startDate: day(2019, 10, 3))
        var renamed = activity
        renamed.title = "Osnove socialnega podjetništva"
        let steps: [[Change]] = [
            [.insert(activity.record), .insert(Person(id: "p-1").record)],
            [.insert(Person(id: "p-2").record)],
            [.update(renamed.record)],
            [.delete(activity.reference), .delete(EntityReference(.person, "p-2"))],
        ]
        var written: [CommittedChangeSet] = []
        for (i, changes) in steps.enumerated() {
            let changeSet = try commit(changes, on: &dataset, revision: Int64(i + 1))
            try await store.append(changeSet)
            written.append(changeSet)
        }
        return written
    }

    private static func expectHistory(
        _ store: any Store, _ written: [CommittedChangeSet], _ check: String, _ when: String
    ) async throws {
        for reference in [
            EntityReference(.activity, "a-1"), EntityReference(.person, "p-1"),
            EntityReference(.person, "p-2"),
            EntityReference(.person, "nobody"),
        ] {
            let got = try await store.history(of: reference)
            let want = written.filter { $0.touches(reference) }
            guard got == want else {
                throw ConformanceFailure(
                    check: check,
                    message: "history of \(reference) \(when) has revisions \(got.map(\.revision)), expected "
                        + "\(want.map(\.revision))"
                        + (got.map(\.revision) == want.map(\.revision) ? " (contents differ)" : ""))
            }
        }
    }
}
