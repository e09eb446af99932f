/// Any one entity, wrapped so that a change set, the journal and validation can carry every kind alike.
///
/// Encoded as `{"kind": "person", "value": {…}}`.
public enum EntityRecord: Hashable, Sendable {
    /// An organisation.
    case organisation(Organisation)
    /// A person's statistical record.
    case person(Person)
    /// A person's personal details.
    case personalDetails(PersonalDetails)
    /// An info point.
    case infoPoint(InfoPoint)
    /// An activity.
    case activity(Activity)
    /// A participation.
    case participation(Participation)
    /// A job.
    case job(Job)
    /// A product.
    case product(Product)
    /// A development plan.
    case developmentPlan(DevelopmentPlan)
    /// A support programme.
    case supportProgramme(SupportProgramme)
    /// A milestone.
    case milestone(Milestone)
    // The finance kinds are few beside persons and participations, and a cost item is the largest entity
    // (about 270 bytes against a person's 150): held inline it made every record of an import (the batch,
    // the change list) that size. Boxed, a record is as large as the largest of the kinds held by the
    // million.
    /// A budget line.
    indirect case budgetLine(BudgetLine)
    /// A cost item.
    indirect case costItem(CostItem)
    /// A payment claim.
    indirect case paymentClaim(PaymentClaim)
    /// A cost item declared in a payment claim.
    case paymentClaimItem(PaymentClaimItem)

    /// The wrapped entity.
    public var entity: any Entity {
        switch self {
        case .organisation(let e): return e
        case .person(let e): return e
        case .personalDetails(let e): return e
        case .infoPoint(let e): return e
        case .activity(let e): return e
        case .participation(let e): return e
        case .job(let e): return e
        case .product(let e): return e
        case .developmentPlan(let e): return e
        case .supportProgramme(let e): return e
        case .milestone(let e): return e
        case .budgetLine(let e): return e
        case .costItem(let e): return e
        case .paymentClaim(let e): return e
        case .paymentClaimItem(let e): return e
        }
    }

    /// The kind of the wrapped entity.
    public var kind: EntityKind {
        // A switch, not `type(of: entity).kind`: `entity` boxes the value (a heap copy of a record), and an
        // import asks every record its kind and reference several times.
        switch self {
        case .organisation: .organisation
        case .person: .person
        case .personalDetails: .personalDetails
        case .infoPoint: .infoPoint
        case .activity: .activity
        case .participation: .participation
        case .job: .job
        case .product: .product
        case .developmentPlan: .developmentPlan
        case .supportProgramme: .supportProgramme
        case .milestone: .milestone
        case .budgetLine: .budgetLine
        case .costItem: .costItem
        case .paymentClaim: .paymentClaim
        case .paymentClaimItem: .paymentClaimItem
        }
    }
    /// A reference to the wrapped entity.
    public var reference: EntityReference {
        var visitor = ReferenceVisitor()
        return accept(&visitor)
    }
    /// The entities the wrapped entity points to.
    public var references: [EntityReference] { entity.references }
}

extension EntityRecord: Codable {
    private enum CodingKeys: String, CodingKey { case kind, value }

    /// Decodes `{"kind": …, "value": …}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(EntityKind.self, forKey: .kind) {
        case .organisation: self = .organisation(try c.decode(Organisation.self, forKey: .value))
        case .person: self = .person(try c.decode(Person.self, forKey: .value))
        case .personalDetails: self = .personalDetails(try c.decode(PersonalDetails.self, forKey: .value))
        case .infoPoint: self = .infoPoint(try c.decode(InfoPoint.self, forKey: .value))
        case .activity: self = .activity(try c.decode(Activity.self, forKey: .value))
        case .participation: self = .participation(try c.decode(Participation.self, forKey: .value))
        case .job: self = .job(try c.decode(Job.self, forKey: .value))
        case .product: self = .product(try c.decode(Product.self, forKey: .value))
        case .developmentPlan: self = .developmentPlan(try c.decode(DevelopmentPlan.self, forKey: .value))
        case .supportProgramme: self = .supportProgramme(try c.decode(SupportProgramme.self, forKey: .value))
        case .milestone: self = .milestone(try c.decode(Milestone.self, forKey: .value))
        case .budgetLine: self = .budgetLine(try c.decode(BudgetLine.self, forKey: .value))
        case .costItem: self = .costItem(try c.decode(CostItem.self, forKey: .value))
        case .paymentClaim: self = .paymentClaim(try c.decode(PaymentClaim.self, forKey: .value))
        case .paymentClaimItem: self = .paymentClaimItem(try c.decode(PaymentClaimItem.self, forKey: .value))
        }
    }

    /// Encodes `{"kind": …, "value": …}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try entity.encode(to: c.superEncoder(forKey: .value))
    }
}

/// Reads a record's reference from the entity as its own type (without boxing it).
private struct ReferenceVisitor: EntityValueVisitor {
    func visit<E: RegisteredEntity>(_ entity: E) -> EntityReference { entity.reference }
}
