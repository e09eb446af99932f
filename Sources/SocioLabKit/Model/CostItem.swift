/// A cost a partner incurred and paid, declared with the document that proves it (CPR Art. 65,
/// Art. 125(4)).
///
/// The ``amount`` is the eligible amount, net of recoverable VAT; the VAT part is kept apart in ``vat``
/// (Art. 69(3)(c)). A staff cost refers to the staff member by a staff id, never by personal details,
/// and carries the hours worked and the annual gross employment costs with the hours behind them
/// (1,720 for full time, pro rata for part time), from which the hourly rate follows (Art. 68a(2)).
/// A cost in a unit-cost category carries the units; a flat-rate category has no cost items at all.
public struct CostItem: Entity {
    /// The cost item's identifier.
    public typealias ID = EntityID<CostItem>
    /// The entity kind, `cost_item`.
    public static let kind = EntityKind.costItem

    /// The identifier.
    public var id: ID
    /// The partner who bore the cost.
    public var partner: Partner.ID
    /// The cost category.
    public var category: CostCategory.ID
    /// The eligible amount, net of recoverable VAT.
    public var amount: Money
    /// The VAT part, kept apart from ``amount``; `nil` when there is none.
    public var vat: Money?
    /// The day the cost was incurred.
    public var incurredOn: Day
    /// The day it was paid; `nil` while it is not (it cannot be claimed before).
    public var paidOn: Day?
    /// The document that proves it: an invoice, payslip or timesheet number.
    public var evidenceReference: String
    /// What it was for.
    public var purpose: String?
    /// The activity it belongs to, if any.
    public var activity: Activity.ID?
    /// For a staff cost: the staff member's identifier (never a name).
    public var staffID: String?
    /// For a staff cost: the hours worked.
    public var hours: Quantity?
    /// For a staff cost: the latest documented annual gross employment costs.
    public var annualGrossCost: Money?
    /// For a staff cost: the hours behind ``annualGrossCost`` (1,720 full time, pro rata part time).
    public var annualHours: Quantity?
    /// For a unit-cost category: the units delivered.
    public var units: Quantity?
    /// The part of ``amount`` a management verification found ineligible (CPR Art. 125(4)–(5)); `nil`
    /// when none. The flat rates computed from the cost follow its eligible part.
    public var ineligible: Money?

    /// Creates a cost item.
    public init(
        id: ID, partner: Partner.ID, category: CostCategory.ID, amount: Money, vat: Money? = nil,
        incurredOn: Day, paidOn: Day? = nil, evidenceReference: String, purpose: String? = nil,
        activity: Activity.ID? = nil, staffID: String? = nil, hours: Quantity? = nil,
        annualGrossCost: Money? = nil, annualHours: Quantity? = nil, units: Quantity? = nil,
        ineligible: Money? = nil
    ) {
        self.id = id
        self.partner = partner
        self.category = category
        self.amount = amount
        self.vat = vat
        self.incurredOn = incurredOn
        self.paidOn = paidOn
        self.evidenceReference = evidenceReference
        self.purpose = purpose
        self.activity = activity
        self.staffID = staffID
        self.hours = hours
        self.annualGrossCost = annualGrossCost
        self.annualHours = annualHours
        self.units = units
        self.ineligible = ineligible
    }

    /// Whether it is a staff cost (it names a staff member).
    public var isStaffCost: Bool { staffID != nil }
    /// The eligible amount: ``amount`` less the part found ``ineligible``.
    public var eligibleAmount: Money {
        Money(cents: amount.cents.saturatingAdding(-(ineligible?.cents ?? 0)), currency: amount.currency)
    }

    /// The activity, if any.
    public var references: [EntityReference] {
        activity.map { [EntityReference(.activity, $0.rawValue)] } ?? []
    }
    /// The cost item wrapped for a change set.
    public var record: EntityRecord { .costItem(self) }

    /// Decodes a cost item from its stored form.
    public init(from decoder: any Decoder) throws {
        self = try Self.schema.decode(from: decoder, blank: Self.blank)
    }

    /// Encodes the cost item in its stored form.
    public func encode(to encoder: any Encoder) throws { try Self.schema.encode(self, to: encoder) }
}
