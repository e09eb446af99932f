/// One entity's value before and after a committed change.
public struct ChangeRecord: Hashable, Sendable, Codable {
    /// The entity.
    public var reference: EntityReference
    /// Its value before (`nil` for an insert).
    public var before: EntityRecord?
    /// Its value after (`nil` for a delete).
    public var after: EntityRecord?
    /// Whether the values were erased from the history (personal details of an erased person).
    public var redacted: Bool

    /// Creates a record.
    public init(
        reference: EntityReference, before: EntityRecord?, after: EntityRecord?, redacted: Bool = false
    ) {
        self.reference = reference
        self.before = before
        self.after = after
        self.redacted = redacted
    }

    private enum CodingKeys: String, CodingKey { case reference = "ref", before, after, redacted }

    /// Decodes a record; a missing `redacted` means false.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reference = try c.decode(EntityReference.self, forKey: .reference)
        before = try c.decodeIfPresent(EntityRecord.self, forKey: .before)
        after = try c.decodeIfPresent(EntityRecord.self, forKey: .after)
        redacted = try c.decodeIfPresent(Bool.self, forKey: .redacted) ?? false
    }

    /// Encodes the record, leaving out absent values and a false `redacted`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reference, forKey: .reference)
        try c.encodeIfPresent(before, forKey: .before)
        try c.encodeIfPresent(after, forKey: .after)
        if redacted { try c.encode(true, forKey: .redacted) }
    }
}
