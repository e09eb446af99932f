/// A flat rate of an operation: a percentage of the eligible costs of some categories (its base) that
/// is declared in another category instead of real costs (CPR Art. 67(1)(d), 68(1)(b), 68b(1)).
///
/// The amount is computed from the base, never entered, and follows it: when a base cost is removed or
/// found ineligible, the flat-rate amount falls with it. A rate may apply to the whole operation or to
/// one partner (``partner``); a partner's own rate replaces the operation's for the same category.
public struct FlatRate: Hashable, Sendable, Codable {
    /// The flat-rate category the amount is declared in (such as remaining or indirect costs).
    public var category: CostCategory.ID
    /// The categories whose eligible costs are the base (usually direct staff costs).
    public var base: [CostCategory.ID]
    /// The rate in per cent with at most two decimals, such as 40 or 15.
    public var percent: Quantity
    /// The highest rate the regulation allows for this kind of flat rate, in per cent (40 for remaining
    /// costs under Art. 68b(1), 15 for indirect costs under Art. 68(1)(b)).
    public var ceilingPercent: Quantity
    /// The partner the rate applies to, or `nil` for every partner of the operation.
    public var partner: Partner.ID?
    /// The categories the flat rate pays for besides its own: a partner it applies to may enter no cost in
    /// them (remaining costs at 40 % cover every cost but staff costs, Art. 68b(1)).
    public var covers: [CostCategory.ID]

    /// Creates a flat rate.
    public init(
        category: CostCategory.ID, base: [CostCategory.ID], percent: Quantity, ceilingPercent: Quantity,
        partner: Partner.ID? = nil, covers: [CostCategory.ID] = []
    ) {
        self.category = category
        self.base = base
        self.percent = percent
        self.ceilingPercent = ceilingPercent
        self.partner = partner
        self.covers = covers
    }

    private enum CodingKeys: String, CodingKey {
        case category, base, percent, partner, covers
        case ceilingPercent = "ceiling_percent"
    }

    /// Decodes a flat rate; missing `partner` means every partner, missing `covers` none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        category = try c.decode(CostCategory.ID.self, forKey: .category)
        base = try c.decode([CostCategory.ID].self, forKey: .base)
        percent = try c.decode(Quantity.self, forKey: .percent)
        ceilingPercent = try c.decode(Quantity.self, forKey: .ceilingPercent)
        partner = try c.decodeIfPresent(Partner.ID.self, forKey: .partner)
        covers = try c.decodeIfPresent([CostCategory.ID].self, forKey: .covers) ?? []
    }
}
