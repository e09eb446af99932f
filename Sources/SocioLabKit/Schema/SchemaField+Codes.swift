import Foundation

// MARK: Fields of references, codes and closed sets of values

extension SchemaField {
    /// A reference to another entity (or any other identifier).
    package static func reference<Tag: Sendable>(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>> & Sendable,
        required: Bool = false,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .code, required: required, documentation,
            stored: { .id($0, keyPath) },
            storedAs: storedAs
        ) {
            $0.rawValue
        } parse: { r, c in
            (required ? r.requiredCode(c) : r.code(c)).map { .init($0) }
        }
    }

    /// A reference to another entity that may be absent.
    package static func reference<Tag: Sendable>(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>?> & Sendable,
        storedAs: StoredName = .column, _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .code, documentation, stored: { .id($0, keyPath) },
            storedAs: storedAs
        ) {
            $0?.rawValue ?? ""
        } parse: { r, c in
            r.code(c).map { .init($0) }
        }
    }

    /// A list of references, joined with `;`.
    package static func references<Tag: Sendable>(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, [EntityID<Tag>]> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .list, documentation, stored: { .ids($0, keyPath) }) {
            CellText.joinList($0.map(\.rawValue))
        } parse: { r, c in
            r.codes(c, in: nil, what: "").map { .init($0) }
        }
    }

    /// An open code (an activity kind, a role, an output), written as its text.
    package static func code<Value: RawRepresentable<String> & Sendable>(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable,
        required: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .code, required: required, documentation,
            stored: { .raw($0, keyPath, required: false) }
        ) {
            $0.rawValue
        } parse: { r, c in
            (required ? r.requiredCode(c) : r.code(c)).flatMap { Value(rawValue: $0) }
        }
    }

    /// A checked identifier (EMŠO, tax or registration number), written as its description.
    package static func identifier<Value: CheckedIdentifier>(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable,
        personal: Bool = false,
        _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .code, personal: personal, documentation,
            stored: { .identifier($0, keyPath) }
        ) {
            $0?.description ?? ""
        } parse: { r, c in
            r.identifier(c) { text throws(IdentifierError) in try Value(text) }
        }
    }

    /// A municipality, written as its three-digit statistical code.
    package static func municipality(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Municipality.Code?> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .code, documentation, stored: { .raw($0, keyPath) }) {
            $0?.rawValue ?? ""
        } parse: { r, c in
            r.municipality(c)
        }
    }

    /// One of a closed set of values, written as its raw value; its Slovenian words are accepted too.
    package static func enumeration<Value: Vocabulary>(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable,
        required: Bool = false,
        _ documentation: String
    ) -> Self {
        let options = ChoiceTable<Value>.of(Value.self) { $0.rawValue }
        var field = Self(
            name, sl: sl, keyPath, codec: .enumeration, required: required, documentation,
            stored: { .raw($0, keyPath, required: true) }
        ) {
            $0.rawValue
        } parse: {
            r, c in
            required ? r.requiredChoice(c, options) : r.choice(c, options)
        }
        field.choices = VocabularyEntry.all(of: Value.self) { $0.rawValue }
        field.storedChoices = Value.vocabulary.map(\.rawValue)
        return field
    }

    /// One of a closed set of values or unknown, written as its raw value (or as `spell` says).
    package static func enumeration<Value: Vocabulary>(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable,
        required: Bool = false,
        _ documentation: String, spell: @escaping @Sendable (Value) -> String = { $0.rawValue }
    ) -> Self {
        let options = ChoiceTable<Value>.of(Value.self, spell: spell)
        var field = Self(
            name, sl: sl, keyPath, codec: .enumeration, required: required, documentation,
            stored: { .raw($0, keyPath) }
        ) {
            $0.map(spell) ?? ""
        } parse: {
            r, c in
            required ? r.requiredChoice(c, options) : r.choice(c, options)
        }
        field.choices = VocabularyEntry.all(of: Value.self, spell: spell)
        field.storedChoices = Value.vocabulary.map(\.rawValue)
        return field
    }

    /// A list of text items, joined with `;`.
    package static func list(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, [String]> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .list, documentation, stored: { .texts($0, keyPath) }) {
            CellText.joinList($0)
        } parse: { r, c in
            r.list(c)
        }
    }

    /// A JSON value, written compact with sorted keys.
    package static func json(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, JSONValue> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(name, sl: sl, keyPath, codec: .json, documentation, stored: { .json($0, keyPath) }) {
            $0.jsonText
        } parse: { r, c in
            r.json(c)
        }
    }

    /// The documents that prove the entity, `evidence`: a JSON list, empty when there are none.
    package static func evidence(
        _ keyPath: WritableKeyPath<Entity, [Evidence]> & Sendable, _ documentation: String
    ) -> Self {
        Self(
            "evidence", sl: "dokazila", keyPath, codec: .json, documentation,
            stored: { _ in .evidence(keyPath) }
        ) { items in
            guard !items.isEmpty else { return "" }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? String(decoding: encoder.encode(items), as: UTF8.self)) ?? ""
        } parse: { r, c in
            r.evidence(c)
        }
    }
}
