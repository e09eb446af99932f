/// A milestone output reached on a day, such as OUT-01 "regional network lab established".
public struct Milestone: Entity {
    /// The milestone's identifier.
    public typealias ID = EntityID<Milestone>
    /// The entity kind, `milestone`.
    public static let kind = EntityKind.milestone

    /// The identifier.
    public var id: ID
    /// The output it achieves.
    public var output: OutputID
    /// Its title.
    public var title: String
    /// The day it was achieved; `nil` while it is not.
    public var achievedOn: Day?
    /// The documents that prove it.
    public var evidence: [Evidence]

    /// Creates a milestone.
    public init(id: ID, output: OutputID, title: String, achievedOn: Day? = nil, evidence: [Evidence] = []) {
        self.id = id
        self.output = output
        self.title = title
        self.achievedOn = achievedOn
        self.evidence = evidence
    }

    /// None.
    public var references: [EntityReference] { [] }
    /// The milestone wrapped for a change set.
    public var record: EntityRecord { .milestone(self) }

    private enum CodingKeys: String, CodingKey {
        case id, output, title, evidence
        case achievedOn = "achieved_on"
    }

    /// Decodes a milestone; missing `evidence` means none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        output = try c.decode(OutputID.self, forKey: .output)
        title = try c.decode(String.self, forKey: .title)
        achievedOn = try c.decodeIfPresent(Day.self, forKey: .achievedOn)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }
}
