/// Encodes any `Encodable` value into a ``JSONValue`` tree, keeping ``JSONValue`` payloads exactly as they
/// are (numbers keep their text), so that ``JSONWriter`` can write it byte-stably.
package enum JSONValueEncoding {
    /// Encodes a value.
    /// - Throws: `EncodingError` for a non-finite floating-point number or a value that encodes nothing.
    package static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        if let json = value as? JSONValue { return json }
        let node = EncodingNode()
        try value.encode(to: TreeEncoder(node: node, codingPath: []))
        return try node.value(codingPath: [])
    }
}

/// Decodes any `Decodable` value from a ``JSONValue`` tree, handing ``JSONValue`` payloads over as they are.
package enum JSONValueDecoding {
    /// Decodes a value.
    /// - Throws: `DecodingError` naming the coding path.
    package static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try value.decode(T.self)
    }
}

/// Formats a floating-point number as JSON (the shortest text that reads back to the same value).
package func jsonNumberText(_ value: Double, _ codingPath: [any CodingKey]) throws -> String {
    guard value.isFinite else {
        throw EncodingError.invalidValue(
            value, .init(codingPath: codingPath, debugDescription: "\(value) cannot be written as JSON"))
    }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(describing: value)
}

// MARK: Encoding

final class EncodingNode {
    enum Content {
        case none
        case value(JSONValue)
        case object([String: EncodingNode])
        case array([EncodingNode])
    }
    var content = Content.none

    func value(codingPath: [any CodingKey]) throws -> JSONValue {
        switch content {
        case .none:
            throw EncodingError.invalidValue(
                "", .init(codingPath: codingPath, debugDescription: "a value encoded nothing"))
        case .value(let v): return v
        case .object(let members):
            var out: [String: JSONValue] = [:]
            for (key, node) in members { out[key] = try node.value(codingPath: codingPath) }
            return .object(out)
        case .array(let nodes): return .array(try nodes.map { try $0.value(codingPath: codingPath) })
        }
    }

    // Both take the collection out of `content` before changing it, so it is uniquely referenced and
    // grows in place; a second reference would copy it on every call (quadratic in its size).
    func child(forKey key: String) -> EncodingNode {
        let node = EncodingNode()
        if case .object(var members) = content {
            content = .none
            members[key] = node
            content = .object(members)
        } else {
            content = .object([key: node])
        }
        return node
    }

    func appendChild() -> EncodingNode {
        let node = EncodingNode()
        if case .array(var nodes) = content {
            content = .none
            nodes.append(node)
            content = .array(nodes)
        } else {
            content = .array([node])
        }
        return node
    }
}

struct PlainKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

struct TreeEncoder: Encoder {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([:]) }
        return KeyedEncodingContainer(KeyedTreeEncoder<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedTreeEncoder(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleTreeEncoder(node: node, codingPath: codingPath)
    }

    static func encode<T: Encodable>(_ value: T, into node: EncodingNode, path: [any CodingKey]) throws {
        if let json = value as? JSONValue {
            node.content = .value(json)
        } else {
            try value.encode(to: TreeEncoder(node: node, codingPath: path))
        }
    }
}

struct SingleTreeEncoder: SingleValueEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    mutating func encodeNil() throws { node.content = .value(.null) }
    mutating func encode(_ value: Bool) throws { node.content = .value(.bool(value)) }
    mutating func encode(_ value: String) throws { node.content = .value(.string(value)) }
    mutating func encode(_ value: Double) throws {
        node.content = .value(.number(try jsonNumberText(value, codingPath)))
    }
    mutating func encode(_ value: Float) throws { try encode(Double(value)) }
    mutating func encode(_ value: Int) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { node.content = .value(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try TreeEncoder.encode(value, into: node, path: codingPath)
    }
}

struct KeyedTreeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    var codingPath: [any CodingKey]

    private func single(_ key: Key) -> SingleTreeEncoder {
        SingleTreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
    mutating func encodeNil(forKey key: Key) throws {
        var s = single(key)
        try s.encodeNil()
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        var s = single(key)
        try s.encode(value)
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        var s = single(key)
        try s.encode(value)
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        var s = single(key)
        try s.encode(value)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        var s = single(key)
        try s.encode(value)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        var s = single(key)
        try s.encode(value)
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        var s = single(key)
        try s.encode(value)
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try TreeEncoder.encode(value, into: node.child(forKey: key.stringValue), path: codingPath + [key])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: NestedKey.self)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
            .unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedTreeEncoder: UnkeyedEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let nodes) = node.content { return nodes.count }
        return 0
    }
    private var nextPath: [any CodingKey] { codingPath + [PlainKey(intValue: count)] }
    mutating func encodeNil() throws {
        var s = SingleTreeEncoder(node: node.appendChild(), codingPath: nextPath)
        try s.encodeNil()
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = nextPath
        try TreeEncoder.encode(value, into: node.appendChild(), path: path)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let path = nextPath
        return TreeEncoder(node: node.appendChild(), codingPath: path).container(keyedBy: NestedKey.self)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        return TreeEncoder(node: node.appendChild(), codingPath: path).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        return TreeEncoder(node: node.appendChild(), codingPath: path)
    }
}
