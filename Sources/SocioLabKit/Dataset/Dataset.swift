import Foundation

/// Everything recorded for one operation: a `Sendable` value (copies never change one another), indexed
/// for the lookups that validation and indicators need.
///
/// An embedder's data changes through a ``Workspace``, which validates and stores every change set. A
/// `Dataset` value itself is built with one of its initialisers (a test fixture, say) and changed, outside
/// a workspace, only by setting ``operation``, by ``apply(_:)`` (one insert, update or delete, checked
/// that it finds or does not find its entity, but not validated) or by ``replay(_:)`` (a committed change
/// set, as a store replays its journal); each keeps the indexes current. Changing a value never changes a
/// copy someone else holds: it costs in proportion to the change when the dataset is not shared, and a
/// shared one copies only the kinds it changes, once, as Swift's copy-on-write collections do.
///
/// ## Design
///
/// The tables live in a registry keyed by ``EntityKind`` (`TableRegistry`), one per kind registered in
/// `Schema/EntityKind+Registration.swift`; the typed accessors (``persons``, ``participations`` …) read
/// it. Each kind declares, beside its schema's references (`Schema/EntitySchema+References.swift`), the
/// reverse indexes the dataset keeps of it: the participations of an activity, the persons of an
/// organisation, personal details by EMŠO. Every index files slots of its kind's table and is maintained
/// the same way for every kind when an entity is inserted, replaced or removed; ``dependents(of:)``
/// follows the reference indexes. Loading in bulk builds every table and every index in parallel.
public struct Dataset: Sendable, Equatable {
    /// The operation the records belong to.
    public var operation: ESFOperation
    /// Every kind's table and reverse indexes.
    var registry = TableRegistry()

    /// An empty dataset for an operation.
    public init(operation: ESFOperation) { self.operation = operation }

    /// A dataset holding `records` (a later record with the same identifier replaces an earlier one).
    public init<S: Sequence>(operation: ESFOperation, records: S) where S.Element == EntityRecord {
        self.operation = operation
        for record in records { upsert(record) }
    }

    // MARK: Tables

    /// Organisations.
    public var organisations: EntityTable<Organisation> {
        _read { yield registry[Organisation.self].table }
    }
    /// Persons' statistical records.
    public var persons: EntityTable<Person> {
        _read { yield registry[Person.self].table }
    }
    /// Persons' personal details, kept apart.
    public var personalDetails: EntityTable<PersonalDetails> {
        _read { yield registry[PersonalDetails.self].table }
    }
    /// Info points.
    public var infoPoints: EntityTable<InfoPoint> {
        _read { yield registry[InfoPoint.self].table }
    }
    /// Activities.
    public var activities: EntityTable<Activity> {
        _read { yield registry[Activity.self].table }
    }
    /// Participations.
    public var participations: EntityTable<Participation> {
        _read { yield registry[Participation.self].table }
    }
    /// Jobs.
    public var jobs: EntityTable<Job> {
        _read { yield registry[Job.self].table }
    }
    /// Products.
    public var products: EntityTable<Product> {
        _read { yield registry[Product.self].table }
    }
    /// Development plans.
    public var developmentPlans: EntityTable<DevelopmentPlan> {
        _read { yield registry[DevelopmentPlan.self].table }
    }
    /// Support programmes.
    public var supportProgrammes: EntityTable<SupportProgramme> {
        _read { yield registry[SupportProgramme.self].table }
    }
    /// Milestones.
    public var milestones: EntityTable<Milestone> {
        _read { yield registry[Milestone.self].table }
    }
    /// Budget lines.
    public var budgetLines: EntityTable<BudgetLine> {
        _read { yield registry[BudgetLine.self].table }
    }
    /// Cost items.
    public var costItems: EntityTable<CostItem> {
        _read { yield registry[CostItem.self].table }
    }
    /// Payment claims.
    public var paymentClaims: EntityTable<PaymentClaim> {
        _read { yield registry[PaymentClaim.self].table }
    }
    /// The cost items each payment claim declares.
    public var paymentClaimItems: EntityTable<PaymentClaimItem> {
        _read { yield registry[PaymentClaimItem.self].table }
    }

    // MARK: Every kind

    /// Every entity, kind by kind (in ``EntityKind`` order), each kind sorted by identifier.
    /// - Complexity: O(n log n).
    public var allRecords: [EntityRecord] {
        struct Collect: EntityTypeVisitor {
            let registry: TableRegistry
            var out: [EntityRecord]
            mutating func visit<E: RegisteredEntity>(_ type: E.Type) {
                out += registry[E.self].table.sortedByID.map(\.record)
            }
        }
        var collect = Collect(registry: registry, out: [])
        collect.out.reserveCapacity(totalCount)
        for kind in EntityKind.allCases { kind.accept(&collect) }
        return collect.out
    }

    /// The number of entities of every kind.
    public var totalCount: Int { EntityKind.allCases.reduce(0) { $0 + count(of: $1) } }

    /// The number of entities in all tables.
    var entityCount: Int { totalCount }

    /// The number of entities of one kind.
    public func count(of kind: EntityKind) -> Int {
        struct Count: EntityTypeVisitor {
            let registry: TableRegistry
            func visit<E: RegisteredEntity>(_ type: E.Type) -> Int { registry[E.self].table.count }
        }
        var count = Count(registry: registry)
        return kind.accept(&count)
    }

    /// The entity a reference points to, if it exists.
    /// - Complexity: O(1) on average.
    public subscript(reference: EntityReference) -> EntityRecord? {
        var find = Find(registry: registry, id: reference.id)
        return reference.kind.accept(&find)
    }

    /// Whether the referenced entity exists.
    /// - Complexity: O(1) on average.
    public func contains(_ reference: EntityReference) -> Bool {
        var find = Find(registry: registry, id: reference.id)
        return reference.kind.accept(&find) != nil
    }

    /// Finds an entity of a kind chosen at run time.
    private struct Find: EntityTypeVisitor {
        let registry: TableRegistry
        let id: String
        func visit<E: RegisteredEntity>(_ type: E.Type) -> EntityRecord? {
            registry[E.self].table[E.ID(id)]?.record
        }
    }

    /// Two datasets are equal when they hold the same operation and the same entities.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        struct Compare: EntityTypeVisitor {
            let lhs: TableRegistry
            let rhs: TableRegistry
            func visit<E: RegisteredEntity>(_ type: E.Type) -> Bool { lhs[E.self].table == rhs[E.self].table }
        }
        var compare = Compare(lhs: lhs.registry, rhs: rhs.registry)
        return lhs.operation == rhs.operation && EntityKind.allCases.allSatisfy { $0.accept(&compare) }
    }
}
