import Foundation

extension Dataset {
    /// A dataset built in bulk from arrays of entities.
    ///
    /// Tables and indexes are sized once and built in parallel, which is several times faster than
    /// inserting millions of records one by one. Identifiers must be unique per kind; where one repeats,
    /// the later entity replaces the earlier.
    /// - Complexity: O(n) in the entities.
    public init(
        operation: ESFOperation, organisations: [Organisation] = [], persons: [Person] = [],
        personalDetails: [PersonalDetails] = [], infoPoints: [InfoPoint] = [], activities: [Activity] = [],
        participations: [Participation] = [], jobs: [Job] = [], products: [Product] = [],
        developmentPlans: [DevelopmentPlan] = [], supportProgrammes: [SupportProgramme] = [],
        milestones: [Milestone] = []
    ) {
        self.init(
            loading: operation, organisations: organisations, persons: persons.map { $0 },
            personalDetails: personalDetails.map { $0 }, infoPoints: infoPoints, activities: activities,
            participations: participations.map { $0 }, jobs: jobs, products: products,
            developmentPlans: developmentPlans, supportProgrammes: supportProgrammes, milestones: milestones)
    }

    /// A dataset built from the rows a store has just read, as it does when it opens.
    ///
    /// The three large kinds come as arrays of optionals that become their tables' slots as they are,
    /// without copying a record; participations in identifier order (as a snapshot holds them) are then
    /// found by binary search instead of hashing millions of identifiers (see ``EntityTable``). Every row must be
    /// present (not `nil`). Every kind's table and each of its declared indexes is built as a job of its own,
    /// the jobs in parallel; an index files a row's position, which is its slot.
    /// - Complexity: O(n) in the entities.
    package init(
        loading operation: ESFOperation, organisations: [Organisation], persons: [Person?],
        personalDetails: [PersonalDetails?], infoPoints: [InfoPoint], activities: [Activity],
        participations: [Participation?], jobs: [Job], products: [Product],
        developmentPlans: [DevelopmentPlan],
        supportProgrammes: [SupportProgramme], milestones: [Milestone]
    ) {
        self.operation = operation
        // In `EntityKind` order, as the registry keeps them.
        let loads: [any KindLoading] = [
            KindLoad(organisations.map { $0 }), KindLoad(persons), KindLoad(personalDetails),
            KindLoad(infoPoints.map { $0 }), KindLoad(activities.map { $0 }),
            KindLoad(participations, searchingInOrder: true), KindLoad(jobs.map { $0 }),
            KindLoad(products.map { $0 }), KindLoad(developmentPlans.map { $0 }),
            KindLoad(supportProgrammes.map { $0 }), KindLoad(milestones.map { $0 }),
        ]
        let rowCounts = loads.map(\.rowCount)
        let work = loads.flatMap { $0.jobs(rowCounts: rowCounts) }
        DispatchQueue.concurrentPerform(iterations: work.count) { work[$0]() }
        guard loads.allSatisfy(\.isComplete) else {
            // A repeated identifier (or a missing row): insert one by one, so the later entity replaces the
            // earlier everywhere and the indexes agree with the tables.
            for load in loads { load.insertOneByOne(into: &registry) }
            return
        }
        for load in loads { load.install(into: &registry) }
    }
}

/// The bulk loading of one kind, as ``Dataset/init(loading:organisations:persons:personalDetails:infoPoints:activities:participations:jobs:products:developmentPlans:supportProgrammes:milestones:)``
/// drives it for every kind alike.
private protocol KindLoading: Sendable {
    /// The number of rows.
    var rowCount: Int { get }
    /// The jobs that build the table and each index, to run in parallel.
    /// - Parameter rowCounts: The rows of every kind, by ``EntityKind/position`` (an index is sized for
    ///   the kind its keys point to).
    func jobs(rowCounts: [Int]) -> [@Sendable () -> Void]
    /// Whether the built table holds every row at its own slot (no identifier repeated, no row missing),
    /// so that the indexes, which file row positions, are right.
    var isComplete: Bool { get }
    /// Puts the built table and indexes into the registry.
    func install(into registry: inout TableRegistry)
    /// Inserts the rows one by one instead.
    func insertOneByOne(into registry: inout TableRegistry)
}

/// The rows of kind `E` and, once its jobs have run, their table and indexes.
private final class KindLoad<E: RegisteredEntity>: KindLoading {
    let rows: [E?]
    let searchingInOrder: Bool
    let table = ParallelResults<EntityTable<E>>(count: 1)
    let indexes = ParallelResults<MultiIndex<String, Int32>>(count: E.indexes.count)

    /// - Parameters:
    ///   - rows: The rows, which become the table's slots.
    ///   - searchingInOrder: Whether the table searches identifiers in order instead of hashing them
    ///     (see ``EntityTable/init(slots:searchingInOrder:)``).
    init(_ rows: [E?], searchingInOrder: Bool = false) {
        self.rows = rows
        self.searchingInOrder = searchingInOrder
    }

    var rowCount: Int { rows.count }

    func jobs(rowCounts: [Int]) -> [@Sendable () -> Void] {
        var jobs: [@Sendable () -> Void] = [
            { self.table.set(0, EntityTable(slots: self.rows, searchingInOrder: self.searchingInOrder)) }
        ]
        for (position, declaration) in E.indexes.enumerated() {
            let keys = declaration.target.map { rowCounts[$0.position] } ?? rows.count
            jobs.append {
                let rows = self.rows
                let key = declaration.key
                self.indexes.set(
                    position,
                    .build(count: rows.count, keys: keys, scattered: declaration.scattered) {
                        rows[$0].flatMap(key)
                    })
            }
        }
        return jobs
    }

    var isComplete: Bool { table[0]?.count == rows.count }

    func install(into registry: inout TableRegistry) {
        registry.replace(
            with: KindStorage<E>(table: table[0]!, indexes: E.indexes.indices.map { indexes[$0]! }))
    }

    func insertOneByOne(into registry: inout TableRegistry) {
        registry.update(E.self) { storage in
            for case let row? in rows { _ = storage.upsert(row) }
        }
    }
}
