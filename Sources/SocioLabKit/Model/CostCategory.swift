/// A cost category of an operation's budget, such as direct staff costs or external services.
///
/// The categories are configuration of the operation (``ESFOperation/costCategories``), not fixed by
/// the kit: a managing authority may name its own. A category's ``Kind`` says how its costs are
/// declared: as real costs, as staff costs (hours × an hourly rate), as a flat rate computed from other
/// categories (never entered), or as units × a unit cost.
public struct CostCategory: Hashable, Sendable, Codable, Identifiable {
    /// The category's identifier.
    public typealias ID = EntityID<CostCategory>

    /// How a category's costs are declared (CPR Art. 67(1)).
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Real costs incurred and paid, declared with their documents (Art. 67(1)(a)).
        case real
        /// Direct staff costs: hours × the hourly rate of the staff member (Art. 68a(2)).
        case staff
        /// A flat rate of other categories (Art. 67(1)(d), 68, 68b): computed, never entered.
        case flatRate = "flat_rate"
        /// A standard scale of unit costs: units × the unit cost of the budget line (Art. 67(1)(b)).
        case unitCost = "unit_cost"
    }

    /// The identifier, such as `"staff"` or `"remaining"`.
    public var id: ID
    /// Its name.
    public var title: LocalizedText
    /// How its costs are declared.
    public var kind: Kind

    /// Creates a cost category.
    public init(id: ID, title: LocalizedText, kind: Kind) {
        self.id = id
        self.title = title
        self.kind = kind
    }
}
