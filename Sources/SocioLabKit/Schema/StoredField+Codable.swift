/// The `Codable` form of one stored member: the member's value under its JSON name, through the value's
/// own `Codable` form — exactly what a hand-written `CodingKeys` case and its `init(from:)` line did.
///
/// Built once per member when its schema is built (``StoredField``'s initialisers), so that an entity's
/// `init(from:)` and `encode(to:)` are ``EntitySchema/decode(from:blank:)`` and
/// ``EntitySchema/encode(_:to:)``, and a new field needs no coding key.
///
/// Why `@unchecked Sendable` is safe: both properties are `let`s, and the closures capture only immutable
/// values — the member's key, its ``StoredMemberAccess`` (`let`s), whether it is required, and the
/// value's type, which is not `SendableMetatype` only because it was opened from `any Codable.Type`.
package struct StoredCoding<Entity>: @unchecked Sendable {
    /// Encodes the member's value, or nothing when the entity has none.
    let encode: (inout KeyedEncodingContainer<StoredKey>, Entity) throws -> Void
    /// Decodes the member into the entity: a required member must be there and not `null`; a missing or
    /// `null` optional member is `nil`; a missing or `null` member with a default keeps the default.
    let decode: (KeyedDecodingContainer<StoredKey>, inout Entity) throws -> Void

    /// The coding of a member every entity has a value for.
    init<Value>(_ name: String, _ keyPath: WritableKeyPath<Entity, Value> & Sendable, required: Bool) {
        guard let type = Value.self as? any Codable.Type else {
            self = Self.notCodable(name, Value.self)
            return
        }
        self = Self.member(type, name, keyPath, required: required)
    }

    /// The coding of a member that may have no value.
    init<Value>(_ name: String, _ keyPath: WritableKeyPath<Entity, Value?> & Sendable) {
        guard let type = Value.self as? any Codable.Type else {
            self = Self.notCodable(name, Value.self)
            return
        }
        self = Self.optionalMember(type, name, keyPath)
    }

    private static func member<Value: Codable, Declared>(
        _: Value.Type, _ name: String, _ declared: WritableKeyPath<Entity, Declared> & Sendable,
        required: Bool
    ) -> Self {
        let key = StoredKey(name)
        // The cast succeeds once, here: `Value` is `Declared`, opened as `Codable`.
        let keyPath = declared as! WritableKeyPath<Entity, Value>
        let access = StoredMemberAccess(keyPath)
        return Self(
            encode: { c, e in try c.encode(access.read(e), forKey: key) },
            decode: { c, e in
                if required {
                    access.write(try c.decode(Value.self, forKey: key), into: &e)
                } else if let value = try c.decodeIfPresent(Value.self, forKey: key) {
                    access.write(value, into: &e)
                }
            })
    }

    private static func optionalMember<Value: Codable, Declared>(
        _: Value.Type, _ name: String, _ declared: WritableKeyPath<Entity, Declared?> & Sendable
    ) -> Self {
        let key = StoredKey(name)
        // As in `member`: the cast succeeds once, here.
        let keyPath = declared as! WritableKeyPath<Entity, Value?>
        let access = StoredMemberAccess(keyPath)
        return Self(
            encode: { c, e in try c.encodeIfPresent(access.read(e), forKey: key) },
            decode: { c, e in access.write(try c.decodeIfPresent(Value.self, forKey: key), into: &e) })
    }

    /// The coding of a member whose value is not `Codable` (no schema declares one): it throws.
    private static func notCodable(_ name: String, _ type: Any.Type) -> Self {
        let message = "the stored member \(name) holds \(type), which is not Codable"
        return Self(
            encode: { c, _ in
                throw EncodingError.invalidValue(
                    name, .init(codingPath: c.codingPath + [StoredKey(name)], debugDescription: message))
            },
            decode: { c, _ in
                throw DecodingError.dataCorrupted(
                    .init(codingPath: c.codingPath + [StoredKey(name)], debugDescription: message))
            })
    }

    private init(
        encode: @escaping (inout KeyedEncodingContainer<StoredKey>, Entity) throws -> Void,
        decode: @escaping (KeyedDecodingContainer<StoredKey>, inout Entity) throws -> Void
    ) {
        self.encode = encode
        self.decode = decode
    }
}

/// A stored member's JSON name as a coding key.
package struct StoredKey: CodingKey, Sendable {
    package let stringValue: String
    package var intValue: Int? { nil }

    init(_ name: String) { stringValue = name }
    package init?(stringValue: String) { self.stringValue = stringValue }
    package init?(intValue: Int) { nil }
}

/// Reads and writes a stored member of an entity: at its offset when the key path is a chain of stored
/// properties, else through the key path.
///
/// Why `@unchecked Sendable` is safe: both properties are `let`s, and a key path is an immutable value.
private struct StoredMemberAccess<Entity, Value>: @unchecked Sendable {
    private let offset: Int?
    private let keyPath: WritableKeyPath<Entity, Value>

    init(_ keyPath: WritableKeyPath<Entity, Value>) {
        self.keyPath = keyPath
        offset = MemoryLayout<Entity>.offset(of: keyPath)
    }

    @inline(__always)
    func read(_ entity: Entity) -> Value {
        guard let offset else { return entity[keyPath: keyPath] }
        return withUnsafePointer(to: entity) {
            UnsafeRawPointer($0).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
        }
    }

    @inline(__always)
    func write(_ value: Value, into entity: inout Entity) {
        guard let offset else { return entity[keyPath: keyPath] = value }
        withUnsafeMutablePointer(to: &entity) {
            UnsafeMutableRawPointer($0).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee =
                value
        }
    }
}

extension EntitySchema where Entity: Identifiable, Entity.ID: Decodable {
    /// Decodes an entity from its stored JSON form: its `id`, then every stored member into `blank(id)`,
    /// which holds each member's default (a person's `target_groups` `[]`, its `consent` none given).
    /// - Throws: `DecodingError` naming the member that is missing or does not fit.
    package func decode(from decoder: any Decoder, blank: (Entity.ID) -> Entity) throws -> Entity {
        let c = try decoder.container(keyedBy: StoredKey.self)
        var entity = blank(try c.decode(Entity.ID.self, forKey: StoredKey("id")))
        for member in stored where member.name != "id" { try member.coding.decode(c, &entity) }
        return entity
    }
}

extension EntitySchema {
    /// Encodes an entity as its stored JSON form: every stored member that has a value.
    package func encode(_ entity: Entity, to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: StoredKey.self)
        for member in stored { try member.coding.encode(&c, entity) }
    }
}
