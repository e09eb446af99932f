/// Per participation slot: the slots of its activity, person and organisation (-1 for none or missing).
struct ParticipationLinks: Sendable {
    var activity: [Int32]
    var person: [Int32]
    var organisation: [Int32]

    /// Three jobs that fill the activity, person and organisation columns into `results` (0, 1, 2) from
    /// the dataset's indexes.
    /// - Complexity: O(*p* + *a* + *n* + *o*), with one hash lookup per activity, person and organisation.
    static func jobs(_ dataset: Dataset, into results: ParallelResults<[Int32]>) -> [@Sendable () -> Void] {
        let count = dataset.participations.slotCount
        @Sendable func fill<E: Entity>(_ job: Int, _ table: EntityTable<E>, _ slotsOf: (E.ID) -> [Int32]) {
            var column = [Int32](repeating: -1, count: count)
            let entities = table.slots
            for slot in entities.indices {
                // Only the identifier, read in place: copying each entity would retain all it holds.
                guard let id = entities[slot]?.id else { continue }
                for p in slotsOf(id) { column[Int(p)] = Int32(slot) }
            }
            results.set(job, column)
        }
        // The indexes are taken out of the dataset's registry once, not once per lookup.
        let indexes = dataset.participationSlotIndexes()
        // The persons' first: theirs is the longest.
        return [
            { fill(1, dataset.persons) { indexes.person[$0.rawValue] } },
            { fill(0, dataset.activities) { indexes.activity[$0.rawValue] } },
            { fill(2, dataset.organisations) { indexes.organisation[$0.rawValue] } },
        ]
    }
}
