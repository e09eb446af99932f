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
        milestones: [Milestone] = [], budgetLines: [BudgetLine] = [], costItems: [CostItem] = [],
        paymentClaims: [PaymentClaim] = [], paymentClaimItems: [PaymentClaimItem] = []
    ) {
        self.init(
            loading: operation, organisations: organisations, persons: persons.map { $0 },
            personalDetails: personalDetails.map { $0 }, infoPoints: infoPoints, activities: activities,
            participations: participations.map { $0 }, jobs: jobs, products: products,
            developmentPlans: developmentPlans, supportProgrammes: supportProgrammes, milestones: milestones,
            budgetLines: budgetLines, costItems: costItems, paymentClaims: paymentClaims,
            paymentClaimItems: paymentClaimItems)
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
        supportProgrammes: [SupportProgramme], milestones: [Milestone], budgetLines: [BudgetLine] = [],
        costItems: [CostItem] = [], paymentClaims: [PaymentClaim] = [],
        paymentClaimItems: [PaymentClaimItem] = []
    ) {
        self.operation = operation
        // In `EntityKind` order, as the registry keeps them.
        let loads: [AnyKindLoad] = [
            KindLoad(organisations.map { $0 }), KindLoad(persons), KindLoad(personalDetails),
            KindLoad(infoPoints.map { $0 }), KindLoad(activities.map { $0 }),
            KindLoad(participations, searchingInOrder: true), KindLoad(jobs.map { $0 }),
            KindLoad(products.map { $0 }), KindLoad(developmentPlans.map { $0 }),
            KindLoad(supportProgrammes.map { $0 }), KindLoad(milestones.map { $0 }),
            KindLoad(budgetLines.map { $0 }), KindLoad(costItems.map { $0 }),
            KindLoad(paymentClaims.map { $0 }), KindLoad(paymentClaimItems.map { $0 }),
        ]
        // Each step reaches a kind's load through the registration's switch, so that it runs specialised
        // for the kind's type (through an existential it would run generic, several times slower).
        var steps = LoadSteps(loads: loads, rowCounts: loads.map(\.rowCount))
        for kind in EntityKind.allCases { _ = kind.accept(&steps) }
        let work = steps.work
        DispatchQueue.concurrentPerform(iterations: work.count) { work[$0]() }
        steps.stage = .check
        guard EntityKind.allCases.allSatisfy({ $0.accept(&steps) }) else {
            // A repeated identifier (or a missing row): insert one by one, so the later entity replaces the
            // earlier everywhere and the indexes agree with the tables.
            steps.stage = .insertOneByOne
            for kind in EntityKind.allCases { _ = kind.accept(&steps) }
            registry = steps.registry
            return
        }
        steps.stage = .install
        for kind in EntityKind.allCases { _ = kind.accept(&steps) }
        registry = steps.registry
    }
}

/// The steps of bulk loading, taken kind by kind with each kind's own type.
private struct LoadSteps: EntityTypeVisitor {
    enum Stage { case makeJobs, check, install, insertOneByOne }
    let loads: [AnyKindLoad]
    let rowCounts: [Int]
    var stage = Stage.makeJobs
    var work: [@Sendable () -> Void] = []
    var registry = TableRegistry()

    mutating func visit<E: RegisteredEntity>(_ type: E.Type) -> Bool {
        let load = unsafeDowncast(loads[E.kind.ordinal], to: KindLoad<E>.self)
        switch stage {
        case .makeJobs: work += load.jobs(rowCounts: rowCounts)
        case .check: return load.isComplete
        case .install: registry.replace(with: load.storage())
        case .insertOneByOne: registry.update(E.self) { load.insertOneByOne(into: &$0) }
        }
        return true
    }
}

/// The bulk loading of one kind, as the array of every kind's holds it.
///
/// Why `@unchecked Sendable` is safe: the class has no state, and its one subclass, ``KindLoad``, only
/// constants that are `Sendable` (the rows, and the thread-safe boxes its jobs fill).
private class AnyKindLoad: @unchecked Sendable {
    /// The number of rows.
    var rowCount: Int { 0 }
}

/// The rows of kind `E` and, once its jobs have run, their table and indexes.
private final class KindLoad<E: RegisteredEntity>: AnyKindLoad, @unchecked Sendable {
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

    override var rowCount: Int { rows.count }

    /// The jobs that build the table and each index, to run in parallel.
    /// - Parameter rowCounts: The rows of every kind, by ``EntityKind/position`` (an index is sized for
    ///   the kind its keys point to).
    func jobs(rowCounts: [Int]) -> [@Sendable () -> Void] {
        var jobs: [@Sendable () -> Void] = [
            { self.table.set(0, EntityTable(slots: self.rows, searchingInOrder: self.searchingInOrder)) }
        ]
        for (position, declaration) in E.indexes.enumerated() {
            let keys = declaration.target.map { rowCounts[$0.ordinal] } ?? rows.count
            jobs.append {
                let key = declaration.keyAt
                let rows = self.rows
                let index = rows.withUnsafeBufferPointer { buffer in
                    MultiIndex<String, Int32>.build(
                        count: rows.count, keys: keys, scattered: declaration.scattered
                    ) { row in
                        guard rows[row].isPresent else { return nil }
                        // A present optional's payload starts at its own address: the row read in place.
                        return key(
                            UnsafeRawPointer(buffer.baseAddress! + row).assumingMemoryBound(to: E.self))
                    }
                }
                self.indexes.set(position, index)
            }
        }
        return jobs
    }

    /// Whether the built table holds every row at its own slot (no identifier repeated, no row missing),
    /// so that the indexes, which file row positions, are right.
    var isComplete: Bool { table[0]?.count == rows.count }

    /// The built table and indexes.
    func storage() -> KindStorage<E> {
        KindStorage(table: table[0]!, indexes: E.indexes.indices.map { indexes[$0]! })
    }

    /// Inserts the rows one by one instead.
    func insertOneByOne(into storage: inout KindStorage<E>) {
        for case let row? in rows { _ = storage.upsert(row) }
    }
}
