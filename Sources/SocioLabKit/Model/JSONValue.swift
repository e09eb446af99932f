import Foundation

/// A JSON value kept as it was written: the stored payload of an activity's plugin details.
///
/// Numbers keep their text, so a payload read and written again is unchanged even when no plugin
/// understands it. Objects are dictionaries; they are written with sorted keys.
public enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as its JSON text (`"12"`, `"0.25"`).
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object.
    case object([String: JSONValue])

    /// An empty object, the payload of an activity without details.
    public static let emptyObject = JSONValue.object([:])

    /// The member `key` of an object, or `nil`.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, if this is one.
    public var stringValue: String? { if case .string(let s) = self { return s } else { return nil } }
    /// The Boolean, if this is one.
    public var boolValue: Bool? { if case .bool(let b) = self { return b } else { return nil } }
    /// The number as a `Double`, if this is a number.
    public var doubleValue: Double? { if case .number(let n) = self { return Double(n) } else { return nil } }
    /// The number as an `Int`, if this is an integral number.
    public var intValue: Int? { if case .number(let n) = self { return Int(n) } else { return nil } }
    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    /// The members, if this is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o } else { return nil }
    }

    /// Decodes this value into a `Decodable` type (a plugin's typed details).
    /// - Throws: The `DecodingError` that names the field that does not fit.
    /// - Complexity: O(n) in the size of the value; no JSON text is written or parsed.
    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decodeDirectly(T.self)
    }

    /// Encodes an `Encodable` value (a plugin's typed details) into a JSON value.
    public init<T: Encodable>(encoding value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        self = try JSONDecoder().decode(JSONValue.self, from: try encoder.encode(value))
    }

    /// Parses JSON text.
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/invalidValue``) when the text is not JSON.
    public init(parsing text: String) throws {
        do {
            self = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw SocioLabError(
                .invalidValue, "the text is not valid JSON: write a JSON object such as {\"hours\": 8}")
        }
    }

    /// The compact JSON text with sorted keys.
    public var jsonText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "null"
    }
}

extension JSONValue: Codable {
    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? container.decode(Int64.self) {
            self = .number(String(i))
        } else if let d = try? container.decode(Double.self) {
            self = .number(d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d))
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Encodes the value; numbers are written from their text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .number(let n):
            if let i = Int64(n) {
                try container.encode(i)
            } else if let d = Double(n), d.isFinite {
                try container.encode(d)
            } else {
                throw EncodingError.invalidValue(
                    n, .init(codingPath: encoder.codingPath, debugDescription: "'\(n)' is not a JSON number"))
            }
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }
}
