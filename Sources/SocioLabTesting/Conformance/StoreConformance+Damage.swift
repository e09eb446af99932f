import Foundation
import SocioLabKit

extension StoreConformance {
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
}
