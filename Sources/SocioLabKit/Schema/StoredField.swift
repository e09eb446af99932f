/// One member of an entity's stored JSON form — the form of the store's journal and snapshot columns, the
/// JSON document, and the canonical line the dataset fingerprint hashes: its JSON name, how to tell whether
/// an entity has a value, and how to write and read it.
///
/// Stored fields follow from the schema's fields (``SchemaField/stored``), under the CSV column's name
/// unless the field says otherwise (a reference `organisation_id` is stored as `organisation`), plus the
/// members that have no CSV column of their own (``EntitySchema/init(_:storedOnly:)``). Each factory
/// builds its codec from ``ColumnValue`` for one kind of value, so a new field needs no code of its own.
package struct StoredField<Entity>: Sendable {
    /// The member's JSON name.
    package let name: String
    /// Whether every entity has a value that is not `null` (reading `null` or no column is an error).
    package let isRequired: Bool
    /// Whether `null` is one of the member's values (a JSON value's), not the absence of one: a snapshot
    /// column's `null` is then read as the value (``EntityKind/membersStoringNull``).
    package let storesNull: Bool
    /// Whether the entity has a value for the member (a `nil` optional has none).
    package let isPresent: @Sendable (Entity) -> Bool
    /// Writes the entity's value (only called when ``isPresent`` is true).
    package let write: @Sendable (inout JSONWriter, Entity) throws(SocioLabError) -> Void
    /// Reads a value that is not `null` into the entity.
    package let read: @Sendable (inout JSONReader, inout Entity) throws(JSONSyntaxError) -> Void
    /// Reads a snapshot column — a JSON array with one value or `null` per row — into the member of
    /// preallocated rows (``ColumnKernel``).
    package let readColumn: ColumnKernel.Read<Entity>
    /// Writes `"name":value` on the canonical line for the entity at an address, or nothing when it has no
    /// value (see ``CanonicalPlan``).
    let canonical: CanonicalPlan<Entity>.Step
    /// The member's `Codable` form.
    let coding: StoredCoding<Entity>
    /// The member as a generated canonical writer spells it (the same as ``canonical`` writes).
    package let canonicalSource: CanonicalSource

    /// A member every entity has a value for, written always.
    /// - Parameters:
    ///   - name: The JSON name.
    ///   - keyPath: Where the value lives.
    ///   - required: Whether `null` or a missing column is an error when reading (else the entity keeps
    ///     its default).
    ///   - storesNull: Whether `null` is one of the values.
    ///   - write: Writes the value's JSON.
    ///   - reader: Reads it, a value at a time and a snapshot column at a time.
    ///   - call: The cursor call a generated canonical writer makes for it (what `canonical` does).
    ///   - canonical: Writes the value's canonical JSON (after its key).
    init<Value, Reader: StoredValueReader<Value>>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, required: Bool,
        storesNull: Bool = false,
        write: @escaping @Sendable (inout JSONWriter, Value) throws(SocioLabError) -> Void,
        _ reader: Reader.Type,
        call: CanonicalSource.Call,
        canonical: @escaping @Sendable (inout CanonicalWriter.Cursor, Value) -> Void
    ) {
        self.name = name
        canonicalSource = CanonicalSource(name, keyPath, isOptional: false, call)
        isRequired = required
        self.storesNull = storesNull
        coding = StoredCoding(name, keyPath, required: required)
        let value = FieldRead(keyPath)
        let key = Array(name.utf8)
        isPresent = { _ in true }
        self.write = { (w: inout JSONWriter, e: Entity) throws(SocioLabError) in try write(&w, value(e)) }
        readColumn = ColumnKernel.reader(keyPath, required: required, Reader.self)
        self.read = { (r: inout JSONReader, e: inout Entity) throws(JSONSyntaxError) in
            e[keyPath: keyPath] = try Reader.readOne(&r)
        }
        let member = FieldRead(keyPath)
        self.canonical = { cursor, e in
            key.withUnsafeBufferPointer { cursor.key($0) }
            canonical(&cursor, member(at: e))
        }
    }

    /// A member that may have no value: `null` in a column, left out of the canonical line.
    init<Value, Reader: StoredValueReader<Value>>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable,
        write: @escaping @Sendable (inout JSONWriter, Value) -> Void,
        _ reader: Reader.Type,
        call: CanonicalSource.Call,
        canonical: @escaping @Sendable (inout CanonicalWriter.Cursor, Value) -> Void
    ) {
        self.name = name
        canonicalSource = CanonicalSource(name, keyPath, isOptional: true, call)
        isRequired = false
        storesNull = false
        coding = StoredCoding(name, keyPath)
        let value = FieldRead(keyPath)
        let key = Array(name.utf8)
        isPresent = { value($0) != nil }
        self.write = { w, e in write(&w, value(e)!) }
        readColumn = ColumnKernel.reader(keyPath, Reader.self)
        self.read = { (r: inout JSONReader, e: inout Entity) throws(JSONSyntaxError) in
            e[keyPath: keyPath] = try Reader.readOne(&r)
        }
        let member = FieldRead(keyPath)
        self.canonical = { cursor, e in
            guard let v = member(at: e) else { return }
            key.withUnsafeBufferPointer { cursor.key($0) }
            canonical(&cursor, v)
        }
    }
}

// MARK: Kinds of value

extension StoredField {
    /// A day that may be unknown.
    package static func day(_ name: String, _ keyPath: WritableKeyPath<Entity, Day?> & Sendable) -> Self {
        Self(
            name, keyPath, write: { $0.day($1) }, DayReader.self,
            call: .day
        ) { $0.day($1) }
    }

    /// A day every entity has.
    static func day(_ name: String, _ keyPath: WritableKeyPath<Entity, Day> & Sendable) -> Self {
        Self(
            name, keyPath, required: true, write: { w, d in w.day(d) },
            DayReader.self,
            call: .day
        ) { $0.day($1) }
    }

    /// Text that may be absent.
    static func text(_ name: String, _ keyPath: WritableKeyPath<Entity, String?> & Sendable) -> Self {
        Self(
            name, keyPath, write: { $0.string($1) },
            StringReader.self,
            call: .string(text: nil)
        ) { $0.quoted($1) }
    }

    /// Text every entity has.
    static func text(_ name: String, _ keyPath: WritableKeyPath<Entity, String> & Sendable) -> Self {
        Self(
            name, keyPath, required: true, write: { w, s in w.string(s) },
            StringReader.self,
            call: .string(text: nil)
        ) { $0.quoted($1) }
    }

    /// A value spelled as a string (an identifier, a code, an enumeration's raw value).
    static func raw<Value: RawRepresentable<String> & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, required: Bool
    ) -> Self {
        Self(
            name, keyPath, required: required, write: { w, v in w.string(v.rawValue) },
            RawValueReader<Value>.self,
            call: .string(text: "rawValue")
        ) { $0.quoted($1.rawValue) }
    }

    /// A value spelled as a string, or absent.
    static func raw<Value: RawRepresentable<String> & Sendable>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable
    ) -> Self {
        Self(
            name, keyPath, write: { $0.string($1.rawValue) },
            RawValueReader<Value>.self,
            call: .string(text: "rawValue")
        ) { $0.quoted($1.rawValue) }
    }

    /// An entity's identifier or a reference to one.
    static func id<Tag>(_ name: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>> & Sendable) -> Self
    {
        Self(
            name, keyPath, required: true, write: { w, id in w.string(id.rawValue) },
            IDReader<Tag>.self,
            call: .string(text: "rawValue")
        ) { $0.quoted($1.rawValue) }
    }

    /// A reference that may be absent.
    static func id<Tag>(_ name: String, _ keyPath: WritableKeyPath<Entity, EntityID<Tag>?> & Sendable) -> Self
    {
        Self(
            name, keyPath, write: { $0.string($1.rawValue) },
            IDReader<Tag>.self,
            call: .string(text: "rawValue")
        ) { $0.quoted($1.rawValue) }
    }

    /// A list of references, `[]` when there are none.
    static func ids<Tag>(_ name: String, _ keyPath: WritableKeyPath<Entity, [EntityID<Tag>]> & Sendable)
        -> Self
    {
        Self(
            name, keyPath, required: false,
            write: { w, ids in ColumnValue.writeStrings(&w, ids.map(\.rawValue)) },
            IDsReader<Tag>.self,
            call: .strings(text: "rawValue")
        ) { $0.strings($1) { $0.rawValue } }
    }

    /// A list of text items, `[]` when there are none.
    static func texts(_ name: String, _ keyPath: WritableKeyPath<Entity, [String]> & Sendable) -> Self {
        Self(
            name, keyPath, required: false, write: { w, s in ColumnValue.writeStrings(&w, s) },
            StringsReader.self,
            call: .strings(text: nil)
        ) { $0.strings($1) { $0 } }
    }

    /// Yes or no, or unknown.
    static func bool(_ name: String, _ keyPath: WritableKeyPath<Entity, Bool?> & Sendable) -> Self {
        Self(
            name, keyPath, write: { ColumnValue.writeBool(&$0, $1) },
            BoolReader.self,
            call: .bool
        ) { $0.literal($1 ? "true" : "false") }
    }

    /// Yes or no.
    static func bool(_ name: String, _ keyPath: WritableKeyPath<Entity, Bool> & Sendable) -> Self {
        Self(
            name, keyPath, required: true, write: { w, b in ColumnValue.writeBool(&w, b) },
            BoolReader.self,
            call: .bool
        ) { $0.literal($1 ? "true" : "false") }
    }

    /// A whole number, or unknown.
    static func integer(_ name: String, _ keyPath: WritableKeyPath<Entity, Int?> & Sendable) -> Self {
        Self(
            name, keyPath, write: { $0.integer(Int64($1)) },
            IntReader.self,
            call: .int
        ) { $0.integer(Int64($1)) }
    }

    /// A quantity, or unknown.
    static func quantity(_ name: String, _ keyPath: WritableKeyPath<Entity, Quantity?> & Sendable) -> Self {
        Self(
            name, keyPath, write: { ColumnValue.writeQuantity(&$0, $1) },
            QuantityReader.self,
            call: .quantity
        ) { $0.quantity($1) }
    }

    /// A quantity every entity has.
    static func quantity(_ name: String, _ keyPath: WritableKeyPath<Entity, Quantity> & Sendable) -> Self {
        Self(
            name, keyPath, required: true, write: { w, q in ColumnValue.writeQuantity(&w, q) },
            QuantityReader.self,
            call: .quantity
        ) { $0.quantity($1) }
    }

    /// A checked identifier, written as its text, or absent.
    static func identifier<Value: CheckedIdentifier>(
        _ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable
    ) -> Self {
        Self(
            name, keyPath, write: { $0.string($1.description) },
            IdentifierReader<Value>.self,
            call: .string(text: "description")
        ) { $0.quoted($1.description) }
    }

    /// A JSON value, written always.
    static func json(_ name: String, _ keyPath: WritableKeyPath<Entity, JSONValue> & Sendable) -> Self {
        Self(
            name, keyPath, required: false, storesNull: true,
            write: { (w: inout JSONWriter, v: JSONValue) throws(SocioLabError) in try w.value(v) },
            JSONValueReader.self,
            call: .json
        ) { $0.json($1) }
    }

    /// The documents that prove an entity, `[]` when there are none.
    static func evidence(_ keyPath: WritableKeyPath<Entity, [Evidence]> & Sendable) -> Self {
        Self(
            "evidence", keyPath, required: false, write: { w, e in ColumnValue.writeEvidence(&w, e) },
            EvidenceReader.self,
            call: .evidence
        ) { $0.evidenceList($1) }
    }

    /// A person's consent: an object with `given_on` and `withdrawn_on`, written always.
    package static func consent(_ name: String, _ keyPath: WritableKeyPath<Entity, Consent> & Sendable)
        -> Self
    {
        Self(
            name, keyPath, required: false, write: { w, c in ColumnValue.writeConsent(&w, c) },
            ConsentReader.self,
            call: .object([
                CanonicalSource("given_on", \Consent.givenOn, isOptional: true, .day),
                CanonicalSource("withdrawn_on", \Consent.withdrawnOn, isOptional: true, .day),
            ])
        ) { cursor, consent in
            cursor.beginObject()
            cursor.day("given_on", consent.givenOn)
            cursor.day("withdrawn_on", consent.withdrawnOn)
            cursor.endObject()
        }
    }
}

/// The name a schema field is stored under, in the entity's JSON form.
package enum StoredName: Sendable, ExpressibleByStringLiteral {
    /// The CSV column's name.
    case column
    /// Another name (a reference column `organisation_id` is stored as `organisation`).
    case named(String)
    /// Not stored by itself: the value is part of another stored member (a person's `consent_date` is
    /// `consent.given_on`).
    case partOfAnother

    package init(stringLiteral value: String) { self = .named(value) }
}
