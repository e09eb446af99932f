import Foundation

/// One stored field of an entity: its snake_case name, where it lives in the model type, how its value is
/// spelled, whether it is personal data, and what it means.
///
/// A field is declared once, in the entity's schema (`Person+Schema.swift`); the CSV exchange (its
/// column, the exporter's cell, the import's merge into a stored record) and the check of
/// `Documentation/DataFormats.md` follow from it. The typed factories (``text(_:_:required:personal:_:)``
/// and so on) capture the key path's value type, so writing a cell reads the value at a fixed offset where
/// the layout allows it, without going through the key path each time.
package struct SchemaField<Entity>: Sendable {
    /// The field's snake_case name: its CSV column.
    package let name: String
    /// How the value is spelled.
    package let codec: ValueCodec
    /// Whether the field is personal data (erasable, never in aggregates).
    package let isPersonal: Bool
    /// Whether a CSV file of the entity must have the column (the entity cannot be without the value).
    package let isRequired: Bool
    /// One line saying what the field holds.
    package let documentation: String
    /// Where the value lives in the model type.
    package let keyPath: PartialKeyPath<Entity> & Sendable
    /// The value as a CSV cell, before formula protection; `""` for none.
    package let cell: @Sendable (Entity) -> String
    /// Copies the field's value from `stored` into `entity` (the import's merge of a column the file lacks).
    package let keepStored: @Sendable (_ entity: inout Entity, _ stored: Entity) -> Void

    /// A field whose value is spelled by `spell`.
    /// - Parameters:
    ///   - name: The snake_case name.
    ///   - keyPath: Where the value lives.
    ///   - codec: How the value is spelled (for the documentation).
    ///   - required: Whether a CSV file must have the column.
    ///   - personal: Whether the value is personal data.
    ///   - documentation: One line saying what the field holds.
    ///   - spell: The value as a CSV cell.
    package init<Value>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, codec: ValueCodec,
        required: Bool = false, personal: Bool = false, _ documentation: String,
        spell: @escaping @Sendable (Value) -> String
    ) {
        self.name = name
        self.codec = codec
        isRequired = required
        isPersonal = personal
        self.documentation = documentation
        self.keyPath = keyPath
        let read = FieldRead(keyPath)
        cell = { spell(read($0)) }
        keepStored = { entity, stored in entity[keyPath: keyPath] = stored[keyPath: keyPath] }
    }
}

/// Reads a stored property at its offset in the entity when the key path is a chain of stored
/// properties (``MemoryLayout/offset(of:)``), else through the key path.
struct FieldRead<Entity, Value>: Sendable {
    private let offset: Int?
    private let keyPath: KeyPath<Entity, Value> & Sendable

    init(_ keyPath: KeyPath<Entity, Value> & Sendable) {
        self.keyPath = keyPath
        offset = MemoryLayout<Entity>.offset(of: keyPath)
    }

    @inline(__always)
    func callAsFunction(_ entity: Entity) -> Value {
        guard let offset else { return entity[keyPath: keyPath] }
        return withUnsafePointer(to: entity) {
            UnsafeRawPointer($0).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
        }
    }
}

// MARK: Typed fields

extension SchemaField {
    /// The entity's identifier, `id`: required.
    package static func id<Tag: Sendable>(
        _ keyPath: WritableKeyPath<Entity, EntityID<Tag>> & Sendable, _ documentation: String
    )
        -> Self
    {
        Self("id", keyPath, codec: .id, required: true, documentation) { $0.rawValue }
    }

    /// Free text.
    package static func text(
        _ name: String, _ keyPath: WritableKeyPath<Entity, String> & Sendable, required: Bool = false,
        personal: Bool = false, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .text, required: required, personal: personal, documentation) { $0 }
    }

    /// Free text that may be absent.
    package static func text(
        _ name: String, _ keyPath: WritableKeyPath<Entity, String?> & Sendable, required: Bool = false,
        personal: Bool = false, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .text, required: required, personal: personal, documentation) { $0 ?? "" }
    }

    /// A day.
    package static func day(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Day> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .day, required: required, documentation) { $0.description }
    }

    /// A day that may be unknown.
    package static func day(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Day?> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .day, required: required, documentation) { $0?.description ?? "" }
    }

    /// Yes or no (an empty cell reads as no).
    package static func bool(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Bool> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .bool, documentation) { $0 ? "yes" : "no" }
    }

    /// Yes, no or unknown.
    package static func bool(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Bool?> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .bool, documentation) { $0.map { $0 ? "yes" : "no" } ?? "" }
    }

    /// A whole number that may be unknown.
    package static func integer(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Int?> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .integer, documentation) { $0.map(String.init) ?? "" }
    }

    /// A quantity.
    package static func quantity(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Quantity> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .quantity, required: required, documentation) { $0.description }
    }

    /// A quantity that may be unknown.
    package static func quantity(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Quantity?> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .quantity, documentation) { $0?.description ?? "" }
    }

    /// A reference to another entity (or any other identifier).
    package static func reference<Tag: Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .code, required: required, documentation) { $0.rawValue }
    }

    /// A reference to another entity that may be absent.
    package static func reference<Tag: Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>?> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .code, documentation) { $0?.rawValue ?? "" }
    }

    /// A list of references, joined with `;`.
    package static func references<Tag: Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, [EntityID<Tag>]> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .list, documentation) { CellText.joinList($0.map(\.rawValue)) }
    }

    /// An open code (an activity kind, a role, an output), written as its text.
    package static func code<Value: RawRepresentable<String> & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .code, required: required, documentation) { $0.rawValue }
    }

    /// A checked identifier (EMŠO, tax or registration number), written as its description.
    package static func identifier<Value: CustomStringConvertible & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable, personal: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .code, personal: personal, documentation) { $0?.description ?? "" }
    }

    /// A municipality, written as its three-digit statistical code.
    package static func municipality(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Municipality.Code?> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .code, documentation) { $0?.rawValue ?? "" }
    }

    /// One of a closed set of values, written as its raw value.
    package static func enumeration<Value: RawRepresentable<String> & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .enumeration, required: required, documentation) { $0.rawValue }
    }

    /// One of a closed set of values or unknown, written as its raw value (or as `spell` says).
    package static func enumeration<Value: RawRepresentable<String> & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable, required: Bool = false,
        _ documentation: String, spell: @escaping @Sendable (Value) -> String = { $0.rawValue }
    ) -> Self {
        Self(name, keyPath, codec: .enumeration, required: required, documentation) { $0.map(spell) ?? "" }
    }

    /// A list of text items, joined with `;`.
    package static func list(
        _ name: String, _ keyPath: WritableKeyPath<Entity, [String]> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .list, documentation) { CellText.joinList($0) }
    }

    /// A JSON value, written compact with sorted keys.
    package static func json(
        _ name: String, _ keyPath: WritableKeyPath<Entity, JSONValue> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .json, documentation) { $0.jsonText }
    }

    /// The documents that prove the entity, `evidence`: a JSON list, empty when there are none.
    package static func evidence(
        _ keyPath: WritableKeyPath<Entity, [Evidence]> & Sendable, _ documentation: String
    ) -> Self {
        Self("evidence", keyPath, codec: .json, documentation) { items in
            guard !items.isEmpty else { return "" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? String(decoding: encoder.encode(items), as: UTF8.self)) ?? ""
        }
    }
}
