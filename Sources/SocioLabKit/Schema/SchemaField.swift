import Foundation

/// One stored field of an entity: its snake_case name and its Slovenian column name (`sl:`), where it lives
/// in the model type, how its value is spelled, whether it is personal data, and what it means.
///
/// A field is declared once, in the entity's schema (`Person+Schema.swift`); the CSV exchange (its
/// column, the exporter's cell, the import's merge into a stored record) and the check of
/// `Documentation/DataFormats.md` follow from it. The typed factories (``text(_:sl:_:required:personal:_:)``
/// and so on) capture the key path's value type, so writing a cell reads the value at a fixed offset where
/// the layout allows it, without going through the key path each time.
package struct SchemaField<Entity>: Sendable {
    /// The field's snake_case name: its CSV column.
    package let name: String
    /// The column's Slovenian name, which a CSV header may use instead of ``name`` (the same in every
    /// table that has the column).
    package let slovenianName: String
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
    /// For an enumeration: each value as files spell it with its Slovenian words, in the vocabulary's
    /// order (what the templates' codebook lists); `nil` for other fields.
    package internal(set) var choices: [VocabularyEntry]?
    /// For an enumeration: every value as the stored form spells it (its raw values), which may differ
    /// from ``choices``' codes (a gender's exchange code); `nil` for other fields.
    package internal(set) var storedChoices: [String]?

    /// A field whose value is spelled by `spell`.
    /// - Parameters:
    ///   - name: The snake_case name.
    ///   - slovenianName: The column's Slovenian name.
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
        _ name: String, sl slovenianName: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable,
        codec: ValueCodec,
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
        self.slovenianName = slovenianName
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
        Self(
            "id", sl: "šifra", keyPath, codec: .id, required: true, documentation,
            stored: { .id($0, keyPath) }
        ) {
            $0.rawValue
        } parse: { r, c in
            r.requiredCode(c).map { .init($0) }
        }
    }

    /// Free text.
    package static func text(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, String> & Sendable,
        required: Bool = false,
        personal: Bool = false, _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .text, required: required, personal: personal, documentation,
            stored: { .text($0, keyPath) }
        ) {
            $0
        } parse: { r, c in
            required ? r.requiredText(c) : r.text(c)
        }
    }

    /// Free text that may be absent.
    package static func text(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, String?> & Sendable,
        required: Bool = false,
        personal: Bool = false, _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .text, required: required, personal: personal, documentation,
            stored: { .text($0, keyPath) }
        ) {
            $0 ?? ""
        } parse: { r, c in
            required ? r.requiredText(c) : r.text(c)
        }
    }

    /// A day.
    package static func day(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Day> & Sendable,
        required: Bool = false,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .day, required: required, documentation,
            stored: { .day($0, keyPath) },
            storedAs: storedAs
        ) {
            $0.description
        } parse: { r, c in
            required ? r.requiredDay(c) : r.day(c)
        }
    }

    /// A day that may be unknown.
    package static func day(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Day?> & Sendable,
        required: Bool = false,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .day, required: required, documentation,
            stored: { .day($0, keyPath) },
            storedAs: storedAs
        ) {
            $0?.description ?? ""
        } parse: { r, c in
            required ? r.requiredDay(c) : r.day(c)
        }
    }

    /// Yes or no (an empty cell reads as no).
    package static func bool(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Bool> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .bool, documentation, stored: { .bool($0, keyPath) }) {
            $0 ? "yes" : "no"
        } parse: { r, c in
            r.bool(c)
        }
    }

    /// Yes, no or unknown.
    package static func bool(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Bool?> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .bool, documentation, stored: { .bool($0, keyPath) }) {
            $0.map { $0 ? "yes" : "no" } ?? ""
        } parse: { r, c in
            r.bool(c)
        }
    }

    /// A whole number that may be unknown.
    package static func integer(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Int?> & Sendable,
        in range: ClosedRange<Int> = 0...Int.max,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .integer, documentation, stored: { .integer($0, keyPath) }) {
            $0.map(String.init) ?? ""
        } parse: { r, c in
            r.integer(c, in: range, shown: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
    }

    /// A quantity.
    package static func quantity(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Quantity> & Sendable,
        required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .quantity, required: required, documentation,
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
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Quantity?> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .quantity, documentation, stored: { .quantity($0, keyPath) }) {
            $0?.description ?? ""
        } parse: { r, c in
            r.quantity(c)
        }
    }

}
