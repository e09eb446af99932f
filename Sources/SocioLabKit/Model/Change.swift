/// One change to one entity: insert a new one, replace an existing one, or delete one.
public enum Change: Hashable, Sendable {
    /// Adds an entity whose identifier is not in use.
    case insert(EntityRecord)
    /// Replaces the entity with the same identifier, which must exist.
    case update(EntityRecord)
    /// Removes an entity, which must exist.
    case delete(EntityReference)

    /// The entity the change is about.
    public var reference: EntityReference {
        switch self {
        case .insert(let r), .update(let r): return r.reference
        case .delete(let ref): return ref
        }
    }
}

extension Change: Codable {
    private enum CodingKeys: String, CodingKey { case op, record, ref }

    /// Decodes `{"op": "insert"|"update", "record": …}` or `{"op": "delete", "ref": "kind/id"}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .op) {
        case "insert": self = .insert(try c.decode(EntityRecord.self, forKey: .record))
        case "update": self = .update(try c.decode(EntityRecord.self, forKey: .record))
        case "delete":
            let text = try c.decode(String.self, forKey: .ref)
            guard let ref = EntityReference(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .ref, in: c, debugDescription: "'\(text)' is not a reference of the form kind/id")
            }
            self = .delete(ref)
        case let op:
            throw DecodingError.dataCorruptedError(
                forKey: .op, in: c, debugDescription: "'\(op)' is not insert, update or delete")
        }
    }

    /// Encodes the change.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .insert(let r):
            try c.encode("insert", forKey: .op)
            try c.encode(r, forKey: .record)
        case .update(let r):
            try c.encode("update", forKey: .op)
            try c.encode(r, forKey: .record)
        case .delete(let ref):
            try c.encode("delete", forKey: .op)
            try c.encode(ref.description, forKey: .ref)
        }
    }
}
