/// A support programme with its materials (OUT-07), such as "Pospeševalnik družbenih inovacij".
public struct SupportProgramme: Entity {
    /// The programme's identifier.
    public typealias ID = EntityID<SupportProgramme>
    /// The entity kind, `support_programme`.
    public static let kind = EntityKind.supportProgramme

    /// The identifier.
    public var id: ID
    /// Its title.
    public var title: String
    /// The day it was approved; it counts from this day.
    public var approvedOn: Day?
    /// Its materials (titles or document ids).
    public var materials: [String]
    /// The documents that prove it.
    public var evidence: [Evidence]

    /// Creates a support programme.
    public init(
        id: ID, title: String, approvedOn: Day? = nil, materials: [String] = [], evidence: [Evidence] = []
    ) {
        self.id = id
        self.title = title
        self.approvedOn = approvedOn
        self.materials = materials
        self.evidence = evidence
    }

    /// None.
    public var references: [EntityReference] { [] }
    /// The programme wrapped for a change set.
    public var record: EntityRecord { .supportProgramme(self) }

    private enum CodingKeys: String, CodingKey {
        case id, title, materials, evidence
        case approvedOn = "approved_on"
    }

    /// Decodes a programme; missing lists mean empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        approvedOn = try c.decodeIfPresent(Day.self, forKey: .approvedOn)
        materials = try c.decodeIfPresent([String].self, forKey: .materials) ?? []
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}
