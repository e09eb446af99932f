/// A cost item declared in a payment claim: one row of `payment_claim_items.csv`.
///
/// A cost item may be declared once (CPR Art. 65(11)): the rule `core.finance-claimed-once` reports
/// a cost item listed by two claims.
public struct PaymentClaimItem: Entity {
    /// The membership's identifier.
    public typealias ID = EntityID<PaymentClaimItem>
    /// The entity kind, `payment_claim_item`.
    public static let kind = EntityKind.paymentClaimItem

    /// The identifier.
    public var id: ID
    /// The claim.
    public var claim: PaymentClaim.ID
    /// The cost item it declares.
    public var costItem: CostItem.ID

    /// Creates a membership.
    public init(id: ID, claim: PaymentClaim.ID, costItem: CostItem.ID) {
        self.id = id
        self.claim = claim
        self.costItem = costItem
    }

    /// The claim and the cost item.
    public var references: [EntityReference] {
        [EntityReference(.paymentClaim, claim.rawValue), EntityReference(.costItem, costItem.rawValue)]
    }
    /// The membership wrapped for a change set.
    public var record: EntityRecord { .paymentClaimItem(self) }

    /// Decodes a membership from its stored form.
    public init(from decoder: any Decoder) throws {
        self = try Self.schema.decode(from: decoder, blank: Self.blank)
    }

    /// Encodes the membership in its stored form.
    public func encode(to encoder: any Encoder) throws { try Self.schema.encode(self, to: encoder) }
}
