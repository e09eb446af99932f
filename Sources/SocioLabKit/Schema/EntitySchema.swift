/// The stored fields of one entity kind, in their declared order (the order of the CSV columns).
///
/// Each entity kind declares its schema once, beside its model type (`Person+Schema.swift`), and
/// ``ExchangeTable/layout`` registers them; see `Documentation/Architecture.md`, "How to add a field".
/// The CSV exchange follows from ``fields``; the stored JSON form — the snapshot's columns and the
/// canonical line the dataset fingerprint hashes — follows from ``stored``.
package struct EntitySchema<Entity>: Sendable {
    /// The fields, in order.
    package let fields: [SchemaField<Entity>]
    /// The members of the entity's stored JSON form, sorted by their names' UTF-8 bytes: the fields' stored
    /// forms and the members with no CSV column.
    package let stored: [StoredField<Entity>]
    /// The canonical JSON writer compiled from ``stored``.
    let canonicalPlan: CanonicalPlan<Entity>

    /// Creates a schema.
    /// - Parameters:
    ///   - fields: The fields in their order; names must be distinct.
    ///   - storedOnly: Members of the stored form that are no CSV column (a person's `consent` object,
    ///     which the fields `consent_date` and `consent_withdrawn` are part of).
    package init(_ fields: [SchemaField<Entity>], storedOnly: [StoredField<Entity>] = []) {
        precondition(Set(fields.map(\.name)).count == fields.count, "A schema names each field once.")
        self.fields = fields
        let stored = (fields.compactMap(\.stored) + storedOnly).sorted {
            $0.name.utf8.lexicographicallyPrecedes($1.name.utf8)
        }
        precondition(Set(stored.map(\.name)).count == stored.count, "A schema stores each member once.")
        self.stored = stored
        canonicalPlan = CanonicalPlan(stored)
    }

    /// The field with a name.
    package subscript(name: String) -> SchemaField<Entity>? { fields.first { $0.name == name } }

    /// The stored member with a name.
    package func stored(named name: String) -> StoredField<Entity>? { stored.first { $0.name == name } }

    /// Writes an entity as its canonical JSON object: the stored members in order, absent values left out.
    /// - Complexity: O(size of the output).
    @inline(__always)
    func writeCanonicalObject(_ entity: Entity, to cursor: inout CanonicalWriter.Cursor) {
        canonicalPlan.write(entity, to: &cursor)
    }
}
