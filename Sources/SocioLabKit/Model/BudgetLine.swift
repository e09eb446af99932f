/// A line of the operation's budget: what a partner plans to spend in a cost category, in one year or
/// over the whole period.
///
/// A reallocation between lines is an update of two lines in one change set, whose reason the history
/// keeps. A unit-cost line (a category of kind ``CostCategory/Kind/unitCost``) carries its unit, its
/// unit cost and the units planned; its planned amount is their product.
public struct BudgetLine: Entity {
    /// The line's identifier.
    public typealias ID = EntityID<BudgetLine>
    /// The entity kind, `budget_line`.
    public static let kind = EntityKind.budgetLine

    /// The identifier.
    public var id: ID
    /// The partner whose budget it is.
    public var partner: Partner.ID
    /// The cost category.
    public var category: CostCategory.ID
    /// The calendar year it plans, or `nil` for the whole period.
    public var year: Int?
    /// The planned amount.
    public var planned: Money
    /// For a unit-cost line: the unit, such as `"hour"`.
    public var unit: String?
    /// For a unit-cost line: the cost of one unit.
    public var unitCost: Money?
    /// For a unit-cost line: the units planned.
    public var plannedUnits: Quantity?

    /// Creates a budget line.
    public init(
        id: ID, partner: Partner.ID, category: CostCategory.ID, year: Int? = nil, planned: Money,
        unit: String? = nil, unitCost: Money? = nil, plannedUnits: Quantity? = nil
    ) {
        self.id = id
        self.partner = partner
        self.category = category
        self.year = year
        self.planned = planned
        self.unit = unit
        self.unitCost = unitCost
        self.plannedUnits = plannedUnits
    }

    /// None: the partner and the category are the operation's configuration, not entities.
    public var references: [EntityReference] { [] }
    /// The line wrapped for a change set.
    public var record: EntityRecord { .budgetLine(self) }

    /// Decodes a line from its stored form.
    public init(from decoder: any Decoder) throws {
        self = try Self.schema.decode(from: decoder, blank: Self.blank)
    }

    /// Encodes the line in its stored form.
    public func encode(to encoder: any Encoder) throws { try Self.schema.encode(self, to: encoder) }
}
