import Foundation

extension JSONValue {
    /// Decodes this value straight into a `Decodable` type, without writing and re-reading JSON text.
    ///
    /// Reports and validation read plugin details for every activity, so this path matters; errors are
    /// the same `DecodingError`s `JSONDecoder` throws, with the coding path of the field that does not fit.
    /// - Throws: `DecodingError` naming the field.
    func decodeDirectly<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONValueDecoder.decode(T.self, from: self, at: [])
    }
}

/// A `Decoder` over a ``JSONValue`` tree.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, at path: [any CodingKey]) throws
        -> T
    {
        if T.self == JSONValue.self { return value as! T }
        if let primitive = try decodePrimitive(T.self, from: value, at: path) { return primitive }
        return try T(from: JSONValueDecoder(value: value, codingPath: path))
    }

    /// Decodes the standard scalar types the way `JSONDecoder` does, or returns `nil` for other types.
    ///
    /// Never traps, whatever the number: an integer that does not fit its type (`12345678901234567890` as
    /// an `Int`) is a `DecodingError.dataCorrupted`, a number beyond a `Double` or `Float` a type
    /// mismatch.
    static func decodePrimitive<T>(_ type: T.Type, from value: JSONValue, at path: [any CodingKey]) throws
        -> T?
    {
        func mismatch(_ expected: String) -> DecodingError {
            .typeMismatch(
                T.self,
                .init(codingPath: path, debugDescription: "Expected \(expected) but found \(value.kindName)"))
        }
        func integer<I: FixedWidthInteger>(_: I.Type) throws -> I {
            guard case .number(let text) = value else { throw mismatch("a number") }
            if let exact = I(text) { return exact }
            if let d = Double(text), d.rounded() == d, let i = I(exactly: d) { return i }
            throw DecodingError.dataCorrupted(
                .init(codingPath: path, debugDescription: "Number \(text) does not fit in \(I.self)"))
        }
        let result: Any
        switch T.self {
        case is String.Type:
            guard case .string(let s) = value else { throw mismatch("a string") }
            result = s
        case is Bool.Type:
            guard case .bool(let b) = value else { throw mismatch("a Boolean") }
            result = b
        case is Double.Type, is Float.Type:
            guard case .number(let text) = value, let d = Double(text), d.isFinite,
                T.self != Float.self || Float(d).isFinite
            else {
                throw mismatch("a finite number")
            }
            result = T.self == Float.self ? Float(d) as Any : d as Any
        case is Int.Type: result = try integer(Int.self)
        case is Int64.Type: result = try integer(Int64.self)
        case is Int32.Type: result = try integer(Int32.self)
        case is Int16.Type: result = try integer(Int16.self)
        case is Int8.Type: result = try integer(Int8.self)
        case is UInt.Type: result = try integer(UInt.self)
        case is UInt64.Type: result = try integer(UInt64.self)
        case is UInt32.Type: result = try integer(UInt32.self)
        case is UInt16.Type: result = try integer(UInt16.self)
        case is UInt8.Type: result = try integer(UInt8.self)
        default: return nil
        }
        let typed = result as! T
        return typed
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw DecodingError.typeMismatch(
                [String: JSONValue].self,
                .init(
                    codingPath: codingPath, debugDescription: "Expected an object but found \(value.kindName)"
                ))
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw DecodingError.typeMismatch(
                [JSONValue].self,
                .init(
                    codingPath: codingPath, debugDescription: "Expected an array but found \(value.kindName)")
            )
        }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleContainer(value: value, codingPath: codingPath)
    }

    struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(intValue: Int) { self.intValue = intValue }
        init?(stringValue: String) { nil }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let members: [String: JSONValue]
        let codingPath: [any CodingKey]
        var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

        func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

        private func member(_ key: Key) throws -> JSONValue {
            guard let value = members[key.stringValue] else {
                throw DecodingError.keyNotFound(
                    key,
                    .init(codingPath: codingPath, debugDescription: "No value for key '\(key.stringValue)'"))
            }
            return value
        }

        func decodeNil(forKey key: Key) throws -> Bool { try member(key) == .null }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let value = try member(key)
            if value == .null && T.self != JSONValue.self {
                throw DecodingError.valueNotFound(
                    T.self, .init(codingPath: codingPath + [key], debugDescription: "Found null"))
            }
            return try JSONValueDecoder.decode(T.self, from: value, at: codingPath + [key])
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let value = members[key.stringValue], value != .null || T.self == JSONValue.self else {
                return nil
            }
            return try JSONValueDecoder.decode(T.self, from: value, at: codingPath + [key])
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try JSONValueDecoder(value: member(key), codingPath: codingPath + [key]).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try JSONValueDecoder(value: member(key), codingPath: codingPath + [key]).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            JSONValueDecoder(value: members["super"] ?? .null, codingPath: codingPath)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            JSONValueDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
        }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let elements: [JSONValue]
        let codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        init(elements: [JSONValue], codingPath: [any CodingKey]) {
            self.elements = elements
            self.codingPath = codingPath
        }

        private mutating func next<T>(_ type: T.Type) throws -> (JSONValue, [any CodingKey]) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    T.self,
                    .init(
                        codingPath: codingPath + [IndexKey(currentIndex)],
                        debugDescription: "Unkeyed container is at end"))
            }
            defer { currentIndex += 1 }
            return (elements[currentIndex], codingPath + [IndexKey(currentIndex)])
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, elements[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (value, path) = try next(T.self)
            if value == .null && T.self != JSONValue.self {
                throw DecodingError.valueNotFound(
                    T.self, .init(codingPath: path, debugDescription: "Found null"))
            }
            return try JSONValueDecoder.decode(T.self, from: value, at: path)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            let (value, path) = try next([String: JSONValue].self)
            return try JSONValueDecoder(value: value, codingPath: path).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (value, path) = try next([JSONValue].self)
            return try JSONValueDecoder(value: value, codingPath: path).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (value, path) = try next(JSONValue.self)
            return JSONValueDecoder(value: value, codingPath: path)
        }
    }

    struct SingleContainer: SingleValueDecodingContainer {
        let value: JSONValue
        let codingPath: [any CodingKey]
        func decodeNil() -> Bool { value == .null }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if value == .null && T.self != JSONValue.self {
                throw DecodingError.valueNotFound(
                    T.self, .init(codingPath: codingPath, debugDescription: "Found null"))
            }
            return try JSONValueDecoder.decode(T.self, from: value, at: codingPath)
        }
    }
}

extension JSONValue {
    /// A word for the value's JSON type, for error messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a Boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
