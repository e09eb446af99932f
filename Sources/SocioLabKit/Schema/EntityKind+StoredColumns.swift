extension EntityKind {
    /// The members of the kind's stored form, for a backend that keeps each member in a column of its own
    /// (the PostgreSQL store's tables), sorted by name as the stored form orders them.
    ///
    /// They follow from the kind's schema, so a field added there reaches such a backend's tables without
    /// a line of its own. Each member is:
    /// - `name`: its key in the entity's `Codable` form (`"birth_date"`, `"organisation"`);
    /// - `type`: how that form spells its value: `"day"` (`"YYYY-MM-DD"`), `"text"`, `"bool"`, `"integer"`,
    ///   `"quantity"` (a decimal with at most two places), `"texts"` (an array of strings) or `"json"` (any
    ///   other JSON value: an object, evidence, plugin details);
    /// - `isRequired`: whether every entity has a value for it;
    /// - `choices`: for an enumeration, every value it may take; `nil` for other members.
    public var storedColumns: [(name: String, type: String, isRequired: Bool, choices: [String]?)] {
        var visitor = StoredColumnsVisitor()
        return accept(&visitor)
    }
}

/// Reads the stored columns off a kind's schema.
private struct StoredColumnsVisitor: EntityTypeVisitor {
    mutating func visit<E: RegisteredEntity>(_ type: E.Type)
        -> [(name: String, type: String, isRequired: Bool, choices: [String]?)]
    {
        E.schema.stored.map { member in
            let field = E.schema.fields.first { $0.stored?.name == member.name }
            let type: String
            switch member.canonicalSource.call {
            case .day: type = "day"
            case .string: type = "text"
            case .bool: type = "bool"
            case .int: type = "integer"
            case .quantity: type = "quantity"
            case .strings: type = "texts"
            case .evidence, .json, .object: type = "json"
            }
            return (member.name, type, member.isRequired, field?.storedChoices)
        }
    }
}
