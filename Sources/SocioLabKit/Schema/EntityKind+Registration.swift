/// The one place where the entity kinds a dataset holds are registered: each ``EntityKind`` with its model
/// type, in ``EntityKind`` order.
///
/// A ``Dataset`` keeps one table per registered kind (see `Dataset/TableRegistry.swift`) and, for each, the
/// reverse indexes its kind declares (`Schema/EntitySchema+References.swift`). Everything a dataset does
/// with every kind — counting, finding by reference, changing, comparing, visiting — goes through the two
/// switches below, which hand the work a kind's own type, so that it runs specialised for it.
///
/// A new entity kind conforms to ``RegisteredEntity`` (its indexes, beside its references) and adds one
/// line to each switch here.
protocol RegisteredEntity: Entity, CanonicalObject {
    /// The kind's stored fields.
    static var schema: EntitySchema<Self> { get }
    /// The reverse indexes a dataset keeps of the kind, declared from the schema's references.
    static var indexes: [EntityIndex<Self>] { get }
}

/// Work done with one entity kind's type, chosen at run time by an ``EntityKind``.
protocol EntityTypeVisitor {
    /// What the work returns.
    associatedtype Result
    /// Does the work for one kind.
    /// - Parameter type: The kind's model type.
    mutating func visit<E: RegisteredEntity>(_ type: E.Type) -> Result
}

/// Work done with one entity, as its own type, chosen at run time by an ``EntityRecord``.
protocol EntityValueVisitor {
    /// What the work returns.
    associatedtype Result
    /// Does the work for one entity.
    /// - Parameter entity: The entity.
    mutating func visit<E: RegisteredEntity>(_ entity: E) -> Result
}

extension EntityKind {
    /// Hands `visitor` the kind's model type.
    /// - Parameter visitor: The work to do.
    /// - Returns: What the work returns.
    func accept<V: EntityTypeVisitor>(_ visitor: inout V) -> V.Result {
        switch self {
        case .organisation: visitor.visit(Organisation.self)
        case .person: visitor.visit(Person.self)
        case .personalDetails: visitor.visit(PersonalDetails.self)
        case .infoPoint: visitor.visit(InfoPoint.self)
        case .activity: visitor.visit(Activity.self)
        case .participation: visitor.visit(Participation.self)
        case .job: visitor.visit(Job.self)
        case .product: visitor.visit(Product.self)
        case .developmentPlan: visitor.visit(DevelopmentPlan.self)
        case .supportProgramme: visitor.visit(SupportProgramme.self)
        case .milestone: visitor.visit(Milestone.self)
        case .budgetLine: visitor.visit(BudgetLine.self)
        case .costItem: visitor.visit(CostItem.self)
        case .paymentClaim: visitor.visit(PaymentClaim.self)
        case .paymentClaimItem: visitor.visit(PaymentClaimItem.self)
        }
    }
}

extension EntityKind {
    /// The position of the kind in ``EntityKind/allCases``: where a dataset's registry keeps its table, and
    /// the order an import applies kinds in.
    var ordinal: Int {
        switch self {
        case .organisation: 0
        case .person: 1
        case .personalDetails: 2
        case .infoPoint: 3
        case .activity: 4
        case .participation: 5
        case .job: 6
        case .product: 7
        case .developmentPlan: 8
        case .supportProgramme: 9
        case .milestone: 10
        case .budgetLine: 11
        case .costItem: 12
        case .paymentClaim: 13
        case .paymentClaimItem: 14
        }
    }
}

extension EntityRecord {
    /// Hands `visitor` the wrapped entity as its own type.
    /// - Parameter visitor: The work to do.
    /// - Returns: What the work returns.
    func accept<V: EntityValueVisitor>(_ visitor: inout V) -> V.Result {
        switch self {
        case .organisation(let e): visitor.visit(e)
        case .person(let e): visitor.visit(e)
        case .personalDetails(let e): visitor.visit(e)
        case .infoPoint(let e): visitor.visit(e)
        case .activity(let e): visitor.visit(e)
        case .participation(let e): visitor.visit(e)
        case .job(let e): visitor.visit(e)
        case .product(let e): visitor.visit(e)
        case .developmentPlan(let e): visitor.visit(e)
        case .supportProgramme(let e): visitor.visit(e)
        case .milestone(let e): visitor.visit(e)
        case .budgetLine(let e): visitor.visit(e)
        case .costItem(let e): visitor.visit(e)
        case .paymentClaim(let e): visitor.visit(e)
        case .paymentClaimItem(let e): visitor.visit(e)
        }
    }
}
