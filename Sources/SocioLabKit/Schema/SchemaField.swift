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
    /// Reads the field's cell of the current CSV row into `entity`, recording an error for a bad cell. The
    /// row readers read the fields they know with code of their own (faster); this reads the others.
    let read:
        @Sendable (_ reader: inout CSVRowReader, _ column: ExchangeColumn, _ entity: inout Entity) -> Void
    /// The field in the entity's stored JSON form (journal, snapshot, fingerprint), or `nil` when it is
    /// part of another stored member.
    package let stored: StoredField<Entity>?

    /// A field whose value is spelled by `spell`.
    /// - Parameters:
    ///   - name: The snake_case name.
    ///   - keyPath: Where the value lives.
    ///   - codec: How the value is spelled (for the documentation).
    ///   - required: Whether a CSV file must have the column.
    ///   - personal: Whether the value is personal data.
    ///   - documentation: One line saying what the field holds.
    ///   - stored: The stored field under a name.
    ///   - storedAs: The name it is stored under.
    ///   - spell: The value as a CSV cell.
    ///   - parse: The value of the row's cell, or `nil` to leave the field as it is (an empty or bad cell;
    ///     a bad one is recorded by the reader).
    init<Value>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, codec: ValueCodec,
        required: Bool = false, personal: Bool = false, _ documentation: String,
        stored: (String) -> StoredField<Entity>, storedAs: StoredName = .column,
        spell: @escaping @Sendable (Value) -> String,
        parse: @escaping @Sendable (inout CSVRowReader, ExchangeColumn) -> Value?
    ) {
        switch storedAs {
        case .column: self.stored = stored(name)
        case .named(let other): self.stored = stored(other)
        case .partOfAnother: self.stored = nil
        }
        self.name = name
        self.codec = codec
        isRequired = required
        isPersonal = personal
        self.documentation = documentation
        self.keyPath = keyPath
        let value = FieldRead(keyPath)
        cell = { spell(value($0)) }
        keepStored = { entity, stored in entity[keyPath: keyPath] = stored[keyPath: keyPath] }
        self.read = { reader, column, entity in
            if let value = parse(&reader, column) { entity[keyPath: keyPath] = value }
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
        Self("id", keyPath, codec: .id, required: true, documentation, stored: { .id($0, keyPath) }) {
            $0.rawValue
        } parse: { r, c in
            r.requiredCode(c).map { .init($0) }
        }
    }

    /// Free text.
    package static func text(
        _ name: String, _ keyPath: WritableKeyPath<Entity, String> & Sendable, required: Bool = false,
        personal: Bool = false, _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .text, required: required, personal: personal, documentation,
            stored: { .text($0, keyPath) }
        ) {
            $0
        } parse: { r, c in
            required ? r.requiredText(c) : r.text(c)
        }
    }

    /// Free text that may be absent.
    package static func text(
        _ name: String, _ keyPath: WritableKeyPath<Entity, String?> & Sendable, required: Bool = false,
        personal: Bool = false, _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .text, required: required, personal: personal, documentation,
            stored: { .text($0, keyPath) }
        ) {
            $0 ?? ""
        } parse: { r, c in
            required ? r.requiredText(c) : r.text(c)
        }
    }

    /// A day.
    package static func day(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Day> & Sendable, required: Bool = false,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .day, required: required, documentation, stored: { .day($0, keyPath) },
            storedAs: storedAs
        ) {
            $0.description
        } parse: { r, c in
            required ? r.requiredDay(c) : r.day(c)
        }
    }

    /// A day that may be unknown.
    package static func day(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Day?> & Sendable, required: Bool = false,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .day, required: required, documentation, stored: { .day($0, keyPath) },
            storedAs: storedAs
        ) {
            $0?.description ?? ""
        } parse: { r, c in
            required ? r.requiredDay(c) : r.day(c)
        }
    }

    /// Yes or no (an empty cell reads as no).
    package static func bool(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Bool> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .bool, documentation, stored: { .bool($0, keyPath) }) {
            $0 ? "yes" : "no"
        } parse: { r, c in
            r.bool(c)
        }
    }

    /// Yes, no or unknown.
    package static func bool(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Bool?> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .bool, documentation, stored: { .bool($0, keyPath) }) {
            $0.map { $0 ? "yes" : "no" } ?? ""
        } parse: { r, c in
            r.bool(c)
        }
    }

    /// A whole number that may be unknown.
    package static func integer(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Int?> & Sendable,
        in range: ClosedRange<Int> = 0...Int.max,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .integer, documentation, stored: { .integer($0, keyPath) }) {
            $0.map(String.init) ?? ""
        } parse: { r, c in
            r.integer(c, in: range, shown: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
    }

    /// A quantity.
    package static func quantity(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Quantity> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .quantity, required: required, documentation,
            stored: { .quantity($0, keyPath) }
        ) {
            $0.description
        } parse: { r, c in
            if required, r.withCode(c, { _ in true }) == nil {
                r.missingValue(c)
                return nil
            }
            return r.quantity(c)
        }
    }

    /// A quantity that may be unknown.
    package static func quantity(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Quantity?> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .quantity, documentation, stored: { .quantity($0, keyPath) }) {
            $0?.description ?? ""
        } parse: { r, c in
            r.quantity(c)
        }
    }

    /// A reference to another entity (or any other identifier).
    package static func reference<Tag: Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>> & Sendable, required: Bool = false,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .code, required: required, documentation, stored: { .id($0, keyPath) },
            storedAs: storedAs
        ) {
            $0.rawValue
        } parse: { r, c in
            (required ? r.requiredCode(c) : r.code(c)).map { .init($0) }
        }
    }

    /// A reference to another entity that may be absent.
    package static func reference<Tag: Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>?> & Sendable,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .code, documentation, stored: { .id($0, keyPath) }, storedAs: storedAs) {
            $0?.rawValue ?? ""
        } parse: { r, c in
            r.code(c).map { .init($0) }
        }
    }

    /// A list of references, joined with `;`.
    package static func references<Tag: Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, [EntityID<Tag>]> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .list, documentation, stored: { .ids($0, keyPath) }) {
            CellText.joinList($0.map(\.rawValue))
        } parse: { r, c in
            r.codes(c, in: nil, what: "").map { .init($0) }
        }
    }

    /// An open code (an activity kind, a role, an output), written as its text.
    package static func code<Value: RawRepresentable<String> & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .code, required: required, documentation,
            stored: { .raw($0, keyPath, required: false) }
        ) {
            $0.rawValue
        } parse: { r, c in
            (required ? r.requiredCode(c) : r.code(c)).flatMap { Value(rawValue: $0) }
        }
    }

    /// A checked identifier (EMŠO, tax or registration number), written as its description.
    package static func identifier<Value: CheckedIdentifier>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable, personal: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(
            name, keyPath, codec: .code, personal: personal, documentation,
            stored: { .identifier($0, keyPath) }
        ) {
            $0?.description ?? ""
        } parse: { r, c in
            r.identifier(c) { text throws(IdentifierError) in try Value(text) }
        }
    }

    /// A municipality, written as its three-digit statistical code.
    package static func municipality(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Municipality.Code?> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .code, documentation, stored: { .raw($0, keyPath) }) {
            $0?.rawValue ?? ""
        } parse: { r, c in
            r.municipality(c)
        }
    }

    /// One of a closed set of values, written as its raw value; its Slovenian words are accepted too.
    package static func enumeration<Value: Vocabulary>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, required: Bool = false,
        _ documentation: String
    ) -> Self {
        let options = ChoiceTable<Value>.of(Value.self) { $0.rawValue }
        return Self(
            name, keyPath, codec: .enumeration, required: required, documentation,
            stored: { .raw($0, keyPath, required: true) }
        ) {
            $0.rawValue
        } parse: {
            r, c in
            required ? r.requiredChoice(c, options) : r.choice(c, options)
        }
    }

    /// One of a closed set of values or unknown, written as its raw value (or as `spell` says).
    package static func enumeration<Value: Vocabulary>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable, required: Bool = false,
        _ documentation: String, spell: @escaping @Sendable (Value) -> String = { $0.rawValue }
    ) -> Self {
        let options = ChoiceTable<Value>.of(Value.self, spell: spell)
        return Self(
            name, keyPath, codec: .enumeration, required: required, documentation,
            stored: { .raw($0, keyPath) }
        ) {
            $0.map(spell) ?? ""
        } parse: {
            r, c in
            required ? r.requiredChoice(c, options) : r.choice(c, options)
        }
    }

    /// A list of text items, joined with `;`.
    package static func list(
        _ name: String, _ keyPath: WritableKeyPath<Entity, [String]> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .list, documentation, stored: { .texts($0, keyPath) }) {
            CellText.joinList($0)
        } parse: { r, c in
            r.list(c)
        }
    }

    /// A JSON value, written compact with sorted keys.
    package static func json(
        _ name: String, _ keyPath: WritableKeyPath<Entity, JSONValue> & Sendable, _ documentation: String
    ) -> Self {
        Self(name, keyPath, codec: .json, documentation, stored: { .json($0, keyPath) }) {
            $0.jsonText
        } parse: { r, c in
            r.json(c)
        }
    }

    /// The documents that prove the entity, `evidence`: a JSON list, empty when there are none.
    package static func evidence(
        _ keyPath: WritableKeyPath<Entity, [Evidence]> & Sendable, _ documentation: String
    ) -> Self {
        Self("evidence", keyPath, codec: .json, documentation, stored: { _ in .evidence(keyPath) }) { items in
            guard !items.isEmpty else { return "" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? String(decoding: encoder.encode(items), as: UTF8.self)) ?? ""
        } parse: { r, c in
            r.evidence(c)
        }
    }
}
