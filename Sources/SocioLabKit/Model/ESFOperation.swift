/// An ESF operation: its period, budget, partners, pillars, target groups and output targets.
///
/// ``ESFOperation/socioLabPodravje`` is the SocioLab Podravje preset.
public struct ESFOperation: Hashable, Sendable, Codable, Identifiable {
    /// The operation's identifier, such as `"sociolab-podravje"`.
    public var id: String
    /// Its name.
    public var name: LocalizedText
    /// The funding programme.
    public var programme: LocalizedText
    /// The eligibility period; held activities must fall inside it.
    public var period: DateRange
    /// The total budget.
    public var budget: Money
    /// Where the money comes from; the amounts must add up to ``budget`` to the cent.
    public var funding: [FundingSource]
    /// The lead partner and the partners.
    public var partners: [Partner]
    /// The pillars of key activities.
    public var pillars: [Pillar]
    /// The target groups.
    public var targetGroups: [TargetGroup]
    /// The outputs and their targets.
    public var outputs: [OutputTarget]
    /// The cost categories of its budget (``BudgetLine``, ``CostItem``); none when it keeps no finance.
    public var costCategories: [CostCategory]
    /// Its flat rates, for the whole operation or per partner (``FlatRate``).
    public var flatRates: [FlatRate]

    /// Creates an operation.
    public init(
        id: String, name: LocalizedText, programme: LocalizedText, period: DateRange, budget: Money,
        funding: [FundingSource], partners: [Partner], pillars: [Pillar], targetGroups: [TargetGroup],
        outputs: [OutputTarget], costCategories: [CostCategory] = [], flatRates: [FlatRate] = []
    ) {
        self.id = id
        self.name = name
        self.programme = programme
        self.period = period
        self.budget = budget
        self.funding = funding
        self.partners = partners
        self.pillars = pillars
        self.targetGroups = targetGroups
        self.outputs = outputs
        self.costCategories = costCategories
        self.flatRates = flatRates
    }

    /// The partner with an identifier, if it is one of the operation's.
    public func partner(_ id: Partner.ID) -> Partner? { partners.first { $0.id == id } }
    /// The output with an identifier.
    public func output(_ id: OutputID) -> OutputTarget? { outputs.first { $0.id == id } }
    /// The lead partner.
    public var leadPartner: Partner? { partners.first { $0.role == .lead } }
    /// The cost category with an identifier, if it is one of the operation's.
    public func costCategory(_ id: CostCategory.ID) -> CostCategory? { costCategories.first { $0.id == id } }
    /// The flat rates that apply to a partner: its own, and the operation's for the categories it has no
    /// rate of its own in.
    public func flatRates(for partner: Partner.ID) -> [FlatRate] {
        let own = flatRates.filter { $0.partner == partner }
        let ownCategories = Set(own.map(\.category))
        return own + flatRates.filter { $0.partner == nil && !ownCategories.contains($0.category) }
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, programme, period, budget, funding, partners, pillars, outputs
        case targetGroups = "target_groups"
        case costCategories = "cost_categories"
        case flatRates = "flat_rates"
    }

    /// Decodes an operation; missing cost categories and flat rates mean none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(LocalizedText.self, forKey: .name)
        programme = try c.decode(LocalizedText.self, forKey: .programme)
        period = try c.decode(DateRange.self, forKey: .period)
        budget = try c.decode(Money.self, forKey: .budget)
        funding = try c.decode([FundingSource].self, forKey: .funding)
        partners = try c.decode([Partner].self, forKey: .partners)
        pillars = try c.decode([Pillar].self, forKey: .pillars)
        targetGroups = try c.decode([TargetGroup].self, forKey: .targetGroups)
        outputs = try c.decode([OutputTarget].self, forKey: .outputs)
        costCategories = try c.decodeIfPresent([CostCategory].self, forKey: .costCategories) ?? []
        flatRates = try c.decodeIfPresent([FlatRate].self, forKey: .flatRates) ?? []
    }

    /// Encodes the operation; cost categories and flat rates only when it has them, so that an operation
    /// without finance is encoded as before they existed.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(programme, forKey: .programme)
        try c.encode(period, forKey: .period)
        try c.encode(budget, forKey: .budget)
        try c.encode(funding, forKey: .funding)
        try c.encode(partners, forKey: .partners)
        try c.encode(pillars, forKey: .pillars)
        try c.encode(targetGroups, forKey: .targetGroups)
        try c.encode(outputs, forKey: .outputs)
        if !costCategories.isEmpty { try c.encode(costCategories, forKey: .costCategories) }
        if !flatRates.isEmpty { try c.encode(flatRates, forKey: .flatRates) }
    }
}

/// A partner of the operation.
public struct Partner: Hashable, Sendable, Codable, Identifiable {
    /// The partner's identifier.
    public typealias ID = EntityID<Partner>
    /// The identifier, such as `"prizma"`.
    public var id: ID
    /// The registered name.
    public var name: String
    /// A short name for tables.
    public var shortName: String
    /// Lead partner or partner.
    public var role: Role
    /// Its legal form.
    public var legalForm: LegalForm
    /// Whether it holds the social-enterprise status.
    public var socialEnterprise: Bool

    /// Lead partner or partner.
    public enum Role: String, Hashable, Sendable, Codable {
        /// The lead partner, who signs with the funder.
        case lead
        /// A partner.
        case partner
    }

    /// Creates a partner.
    public init(
        id: ID, name: String, shortName: String, role: Role, legalForm: LegalForm, socialEnterprise: Bool
    ) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.role = role
        self.legalForm = legalForm
        self.socialEnterprise = socialEnterprise
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, role
        case shortName = "short_name"
        case legalForm = "legal_form"
        case socialEnterprise = "social_enterprise"
    }
}

/// A source of funding and its amount.
public struct FundingSource: Hashable, Sendable, Codable, Identifiable {
    /// The source's identifier, such as `"esf"`.
    public var id: String
    /// Its name.
    public var name: LocalizedText
    /// The amount.
    public var amount: Money
    /// Its share of the budget in per cent, as the funding decision states it.
    public var sharePercent: Int

    /// Creates a funding source.
    public init(id: String, name: LocalizedText, amount: Money, sharePercent: Int) {
        self.id = id
        self.name = name
        self.amount = amount
        self.sharePercent = sharePercent
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, amount
        case sharePercent = "share_percent"
    }
}

/// One of the operation's pillars of key activities.
public struct Pillar: Hashable, Sendable, Codable, Identifiable {
    /// The pillar's number, 1 … 3.
    public var id: Int
    /// Its title.
    public var title: LocalizedText
    /// Creates a pillar.
    public init(id: Int, title: LocalizedText) {
        self.id = id
        self.title = title
    }
}

/// A target group of the operation.
public struct TargetGroup: Hashable, Sendable, Codable, Identifiable {
    /// The group's identifier.
    public typealias ID = EntityID<TargetGroup>
    /// The identifier, such as `"social-entrepreneurs"`.
    public var id: ID
    /// Its name.
    public var title: LocalizedText
    /// Whether the operation reaches it only indirectly.
    public var indirect: Bool
    /// Creates a target group.
    public init(id: ID, title: LocalizedText, indirect: Bool = false) {
        self.id = id
        self.title = title
        self.indirect = indirect
    }
}

/// The identifier of an output, such as `"OUT-05"`.
public struct OutputID: StringCode, ExpressibleByStringLiteral {
    /// The identifier's text.
    public var rawValue: String
    /// Creates an identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates an identifier from a literal.
    public init(stringLiteral value: String) { rawValue = value }
}

/// An output of the operation and its target.
public struct OutputTarget: Hashable, Sendable, Codable, Identifiable {
    /// The output's identifier.
    public var id: OutputID
    /// Its title.
    public var title: LocalizedText
    /// What is counted.
    public var unit: LocalizedText
    /// The target value; `nil` when the operation gives none. A milestone's target is 1.
    public var target: Int?
    /// Whether the output is a milestone (achieved or not) rather than a count.
    public var isMilestone: Bool
    /// Interim targets, if the funder set a trajectory; otherwise a straight line is expected.
    public var trajectory: [InterimTarget]
    /// Optional sub-targets per partner.
    public var partnerTargets: [Partner.ID: Int]

    /// Creates an output target.
    public init(
        id: OutputID, title: LocalizedText, unit: LocalizedText, target: Int?, isMilestone: Bool = false,
        trajectory: [InterimTarget] = [], partnerTargets: [Partner.ID: Int] = [:]
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.target = target
        self.isMilestone = isMilestone
        self.trajectory = trajectory
        self.partnerTargets = partnerTargets
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, unit, target, trajectory
        case isMilestone = "is_milestone"
        case partnerTargets = "partner_targets"
    }

    /// Decodes an output; missing trajectory and partner targets mean none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(OutputID.self, forKey: .id)
        title = try c.decode(LocalizedText.self, forKey: .title)
        unit = try c.decode(LocalizedText.self, forKey: .unit)
        target = try c.decodeIfPresent(Int.self, forKey: .target)
        isMilestone = try c.decodeIfPresent(Bool.self, forKey: .isMilestone) ?? false
        trajectory = try c.decodeIfPresent([InterimTarget].self, forKey: .trajectory) ?? []
        let byPartner = try c.decodeIfPresent([String: Int].self, forKey: .partnerTargets) ?? [:]
        partnerTargets = Dictionary(uniqueKeysWithValues: byPartner.map { (Partner.ID($0.key), $0.value) })
    }

    /// Encodes the output; partner targets as an object keyed by partner id.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(unit, forKey: .unit)
        try c.encodeIfPresent(target, forKey: .target)
        try c.encode(isMilestone, forKey: .isMilestone)
        try c.encode(trajectory, forKey: .trajectory)
        try c.encode(
            Dictionary(uniqueKeysWithValues: partnerTargets.map { ($0.key.rawValue, $0.value) }),
            forKey: .partnerTargets)
    }
}

/// A value an output should have reached by a day.
public struct InterimTarget: Hashable, Sendable, Codable {
    /// The day.
    public var day: Day
    /// The value expected by then.
    public var value: Int
    /// Creates an interim target.
    public init(day: Day, value: Int) {
        self.day = day
        self.value = value
    }
}
