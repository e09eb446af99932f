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
    /// A budget line.
    case budgetLine(BudgetLine)
    /// A cost item.
    case costItem(CostItem)
    /// A payment claim.
    case paymentClaim(PaymentClaim)
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
    public var kind: EntityKind { type(of: entity).kind }
    /// A reference to the wrapped entity.
    public var reference: EntityReference { entity.reference }
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
