/// A socially innovative product or service whose development the operation supported (OUT-08).
public struct Product: Entity {
    /// The product's identifier.
    public typealias ID = EntityID<Product>
    /// The entity kind, `product`.
    public static let kind = EntityKind.product

    /// The identifier.
    public var id: ID
    /// The organisation developing it.
    public var organisation: Organisation.ID
    /// Its name.
    public var name: String
    /// A product or a service.
    public var kind: ProductKind
    /// How far it is, in the organisation's words ("idea", "prototype", "market" …).
    public var stage: String?
    /// The day support was given; a product without it does not count.
    public var supportedOn: Day?
    /// The documents that prove it.
    public var evidence: [Evidence]

    /// Creates a product.
    public init(
        id: ID, organisation: Organisation.ID, name: String, kind: ProductKind = .product,
        stage: String? = nil,
        supportedOn: Day? = nil, evidence: [Evidence] = []
    ) {
        self.id = id
        self.organisation = organisation
        self.name = name
        self.kind = kind
        self.stage = stage
        self.supportedOn = supportedOn
        self.evidence = evidence
    }

    /// The organisation.
    public var references: [EntityReference] { [EntityReference(.organisation, organisation.rawValue)] }
    /// The product wrapped for a change set.
    public var record: EntityRecord { .product(self) }

    private enum CodingKeys: String, CodingKey {
        case id, organisation, name, kind, stage, evidence
        case supportedOn = "supported_on"
    }

    /// Decodes a product; missing `evidence` means none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        organisation = try c.decode(Organisation.ID.self, forKey: .organisation)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decodeIfPresent(ProductKind.self, forKey: .kind) ?? .product
        stage = try c.decodeIfPresent(String.self, forKey: .stage)
        supportedOn = try c.decodeIfPresent(Day.self, forKey: .supportedOn)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}

/// A product or a service.
public enum ProductKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A product.
    case product
    /// A service.
    case service
}
