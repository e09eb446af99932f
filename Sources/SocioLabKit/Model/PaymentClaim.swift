/// A payment claim: the eligible expenditure of a period that a partner (or the whole operation)
/// declares to the managing authority, split into the EU and national shares.
///
/// Its cost items are listed by ``PaymentClaimItem`` records (`payment_claim_items.csv`). It moves
/// draft → submitted → approved (possibly for a lower amount, with the reason) → paid, and never back.
/// The claimed amount and its shares are computed (`FinanceArithmetic`), never entered.
public struct PaymentClaim: Entity {
    /// The claim's identifier.
    public typealias ID = EntityID<PaymentClaim>
    /// The entity kind, `payment_claim`.
    public static let kind = EntityKind.paymentClaim

    /// Where a claim stands; it only moves forward.
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// Being prepared; not yet sent.
        case draft
        /// Sent to the managing authority.
        case submitted
        /// Approved, possibly for a lower amount.
        case approved
        /// Paid out.
        case paid

        /// Orders statuses by their place in a claim's life.
        public static func < (lhs: Status, rhs: Status) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// The identifier.
    public var id: ID
    /// The partner who claims, or `nil` for a claim of the whole operation.
    public var partner: Partner.ID?
    /// The first day of the period it covers.
    public var periodStart: Day
    /// The last day of the period it covers.
    public var periodEnd: Day
    /// Where it stands.
    public var status: Status
    /// The day it was submitted.
    public var submittedOn: Day?
    /// The amount approved, when it is approved; `nil` means the whole claimed amount.
    public var approvedAmount: Money?
    /// Why less was approved than claimed.
    public var approvalReason: String?
    /// The day it was approved.
    public var approvedOn: Day?
    /// The day it was paid.
    public var paidOn: Day?

    /// Creates a payment claim.
    public init(
        id: ID, partner: Partner.ID? = nil, periodStart: Day, periodEnd: Day, status: Status = .draft,
        submittedOn: Day? = nil, approvedAmount: Money? = nil, approvalReason: String? = nil,
        approvedOn: Day? = nil, paidOn: Day? = nil
    ) {
        self.id = id
        self.partner = partner
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.status = status
        self.submittedOn = submittedOn
        self.approvedAmount = approvedAmount
        self.approvalReason = approvalReason
        self.approvedOn = approvedOn
        self.paidOn = paidOn
    }

    /// None: the partner is the operation's configuration, not an entity.
    public var references: [EntityReference] { [] }
    /// The claim wrapped for a change set.
    public var record: EntityRecord { .paymentClaim(self) }

    /// Decodes a claim from its stored form.
    public init(from decoder: any Decoder) throws {
        self = try Self.schema.decode(from: decoder, blank: Self.blank)
    }

    /// Encodes the claim in its stored form.
    public func encode(to encoder: any Encoder) throws { try Self.schema.encode(self, to: encoder) }
}
