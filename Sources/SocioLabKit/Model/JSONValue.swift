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
    ///
    /// The value goes through `JSONEncoder` (its default strategies for dates, data and URLs, keys
    /// sorted) and the text it writes is read back strictly, so every number keeps the text
    /// `JSONEncoder` gave it (`UInt64.max` stays `18446744073709551615`).
    /// - Parameter value: The value.
    /// - Throws: What `JSONEncoder` throws (a non-finite number), or ``SocioLabError``
    ///   (``SocioLabError/Code/invalidValue``) when the value nests deeper than ``maximumDepth``.
    public init<T: Encodable>(encoding value: T) throws {
        if let json = value as? JSONValue {
            self = json
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(value)
        let parsed = data.withUnsafeBytes { bytes in
            Result { () throws(JSONTextProblem) in
                try JSONText.parse(bytes, depthLimit: JSONValue.maximumDepth)
            }
        }
        switch parsed {
        case .success(let json): self = json
        case .failure(let problem):
            throw SocioLabError(
                .invalidValue,
                "The value cannot be stored as JSON: \(problem.located). Make it simpler, nested at most "
                    + "\(JSONValue.maximumDepth) levels deep.")
        }
    }

    /// Parses JSON text strictly, as a value SocioLabKit stores.
    ///
    /// Numbers keep their text exactly (`12345678901234567890`, `1.0` and `1e-400` stay as written). The
    /// text must be one JSON value (RFC 8259) with nothing but white space around it, and is refused
    /// when a key appears twice in one object, arrays and objects nest deeper than ``maximumDepth``, a
    /// number is longer than ``maximumNumberLength`` characters, or a string or key holds a control
    /// character other than tab, line feed and carriage return — what a store could not keep and give
    /// back exactly.
    /// - Parameter text: The JSON text.
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/invalidValue``) whose message names the fault, the
    ///   line and column in `text` and the JSON path of the value (`modules[2].name`); the location holds
    ///   the same line, column and path.
    /// - Complexity: O(*n*) in the length of the text.
    public init(parsing text: String) throws(SocioLabError) {
        var text = text
        let parsed = text.withUTF8 { utf8 in JSONValue.parse(UnsafeRawBufferPointer(utf8)) }
        switch parsed {
        case .success(let value): self = value
        case .failure(let problem):
            throw SocioLabError(
                .invalidValue,
                "The text is not JSON SocioLabKit can keep: \(problem.located). Write one JSON value such "
                    + "as {\"hours\": 8}: each key once, numbers of at most \(JSONValue.maximumNumberLength) "
                    + "characters, at most \(JSONValue.maximumDepth) levels deep, no control characters but "
                    + "tabs and line breaks.",
                at: .init(
                    line: problem.position.line, column: problem.position.column,
                    field: problem.path.flatMap { $0.isEmpty ? nil : $0.description }))
        }
    }

    /// Parses a stored value's text: strict JSON within the limits, control characters refused.
    private static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<JSONValue, JSONTextProblem> {
        do throws(JSONTextProblem) {
            let value = try JSONText.parse(bytes, depthLimit: maximumDepth)
            // The reader already holds nesting and numbers to the limits; what remains is text.
            if let violation = value.firstLimitViolation() {
                let position =
                    JSONText.positions(of: [violation.field], in: bytes)[violation.field]
                    ?? JSONTextPosition(line: 1, column: 1, byteOffset: 0)
                return .failure(
                    JSONTextProblem(
                        message: violation.problem.message.en, path: violation.field, position: position))
            }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    /// The compact JSON text with keys sorted by their UTF-8 bytes, numbers as their text, and only `"`,
    /// `\\` and control characters escaped: the same value always gives the same text, and
    /// ``init(parsing:)`` gives the value back.
    ///
    /// A value that holds a number whose text is not a JSON number (possible only in a value built in
    /// code; the rule `core.stored-value` refuses it) gives `null`.
    public var jsonText: String {
        var writer = JSONWriter()
        do { try writer.value(self) } catch { return "null" }
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

extension JSONValue: Codable {
    /// Decodes any JSON value from any decoder.
    ///
    /// SocioLabKit's own readers hand a ``JSONValue`` over as it was written; `JSONDecoder` and other
    /// Foundation decoders cannot show a number's text, so a number they give is kept as the `Int64`,
    /// `UInt64` or `Double` they read it as (`1.0` becomes `1`, and `12345678901234567890123` the nearest
    /// `Double`). Use ``init(parsing:)`` to keep numbers exactly.
    /// - Throws: `DecodingError` for a non-finite number or a value that is none of the JSON kinds.
    public init(from decoder: any Decoder) throws {
        if let direct = decoder as? JSONValueDecoder {
            self = direct.value
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? container.decode(Int64.self) {
            self = .number(String(i))
        } else if let u = try? container.decode(UInt64.self) {
            self = .number(String(u))
        } else if let d = try? container.decode(Double.self) {
            guard d.isFinite else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\(d) is not a JSON number")
            }
            self = .number(d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d))
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Encodes the value into any encoder.
    ///
    /// SocioLabKit's own writers write a number's text as it is; a Foundation encoder is given the number
    /// as an `Int64`, a `UInt64` or, failing both, a `Double` (so `1.0` is written `1`).
    /// - Throws: `EncodingError` for a number whose text is not a JSON number or is beyond a `Double`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let b): try container.encode(b)
        case .number(let n):
            if let i = Int64(n), JSONWriter.isNumber(n) {
                try container.encode(i)
            } else if let u = UInt64(n), JSONWriter.isNumber(n) {
                try container.encode(u)
            } else if let d = Double(n), d.isFinite, JSONWriter.isNumber(n) {
                try container.encode(d)
            } else {
                throw EncodingError.invalidValue(
                    n,
                    .init(
                        codingPath: encoder.codingPath,
                        debugDescription: "'\(n)' is not a JSON number a Foundation encoder can hold"))
            }
        case .string(let s): try container.encode(s)
        case .array(let a): try container.encode(a)
        case .object(let o): try container.encode(o)
        }
    }
}
