/// The stored fields of one entity kind, in their declared order (the order of the CSV columns).
///
/// Each entity kind declares its schema once, beside its model type (`Person+Schema.swift`), and
/// ``ExchangeTable/layout`` registers them; see `Documentation/Architecture.md`, "How to add a field".
package struct EntitySchema<Entity>: Sendable {
    /// The fields, in order.
    package let fields: [SchemaField<Entity>]

    /// Creates a schema.
    /// - Parameter fields: The fields in their order; names must be distinct.
    package init(_ fields: [SchemaField<Entity>]) {
        precondition(Set(fields.map(\.name)).count == fields.count, "A schema names each field once.")
        self.fields = fields
    }

    /// The field with a name.
    package subscript(name: String) -> SchemaField<Entity>? { fields.first { $0.name == name } }
}
