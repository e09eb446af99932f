/// Which stored members are personal data, read from the schemas' marks (``SchemaField/isPersonal``), never
/// listed again here: a field marked personal in its schema is left out of every pseudonymised package.
enum PersonalData {
    /// The stored names of an entity kind's personal fields, and whether every field but the id is personal
    /// (such a kind, like personal details, is left out whole).
    static func fields(of kind: EntityKind) -> (names: Set<String>, personalOnly: Bool) {
        struct Marks: EntityTypeVisitor {
            func visit<E: RegisteredEntity>(_ type: E.Type) -> (names: Set<String>, personalOnly: Bool) {
                PersonalData.marks(E.schema)
            }
        }
        var marks = Marks()
        return kind.accept(&marks)
    }

    /// Whether a kind holds nothing but an id and personal data.
    static func isPersonalOnly(_ kind: EntityKind) -> Bool { fields(of: kind).personalOnly }

    /// A record's stored JSON form (`{"kind": …, "value": …}`) without its personal members.
    /// - Throws: ``SocioLabError`` when the record cannot be encoded.
    static func stripped(_ record: EntityRecord) throws(SocioLabError) -> JSONValue {
        let encoded: JSONValue
        do {
            encoded = try JSONValue(encoding: record)
        } catch {
            throw SocioLabError(.invalidValue, "the record \(record.reference) cannot be written as JSON")
        }
        let names = fields(of: record.kind).names
        guard !names.isEmpty, case .object(var members) = encoded,
            case .object(var value)? = members["value"]
        else { return encoded }
        for name in names { value[name] = nil }
        members["value"] = .object(value)
        return .object(members)
    }

    fileprivate static func marks<E>(_ schema: EntitySchema<E>) -> (names: Set<String>, personalOnly: Bool) {
        let personal = schema.fields.filter(\.isPersonal)
        let names = Set(personal.map { $0.stored?.name ?? $0.name })
        let others = schema.fields.filter { !$0.isPersonal && $0.codec != .id }
        return (names, !personal.isEmpty && others.isEmpty)
    }
}
