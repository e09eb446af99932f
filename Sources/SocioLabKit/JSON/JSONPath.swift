/// The place of a value in a JSON document: the keys and indices that lead to it from the root, printed
/// the way errors name it, `persons[3].birth_date`.
package struct JSONPath: Hashable, Sendable, CustomStringConvertible {
    /// One step: a member of an object or an element of an array.
    package enum Component: Hashable, Sendable {
        /// The member with this key.
        case key(String)
        /// The element at this 0-based index.
        case index(Int)
    }

    /// The steps from the root.
    package var components: [Component]

    /// Creates a path.
    /// - Parameter components: The steps from the root; none for the root itself.
    package init(_ components: [Component] = []) { self.components = components }

    /// The path of a `Codable` coding path: keys with an integer value are array indices.
    /// - Parameter codingPath: The coding path of a `DecodingError`.
    package init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in key.intValue.map(Component.index) ?? .key(key.stringValue) }
    }

    /// The path one step further.
    package func appending(_ component: Component) -> JSONPath { JSONPath(components + [component]) }

    /// The path one key further.
    package func appending(_ key: String) -> JSONPath { appending(.key(key)) }

    /// The path one index further.
    package func appending(_ index: Int) -> JSONPath { appending(.index(index)) }

    /// The path with another path's steps after its own.
    package func appending(_ path: JSONPath) -> JSONPath { JSONPath(components + path.components) }

    /// Whether this is the root.
    package var isEmpty: Bool { components.isEmpty }

    /// `persons[3].birth_date`; a key that is not a plain name is quoted (`details["a b"]`); the root is `""`.
    package var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                if Self.isPlainName(key) {
                    text += (text.isEmpty ? "" : ".") + key
                } else {
                    text += "[" + Self.quoted(key) + "]"
                }
            }
        }
        return text
    }

    /// Letters, digits and `_`, not starting with a digit.
    private static func isPlainName(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(0x30...0x39).contains(first) else { return false }
        return key.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "_")
        }
    }

    /// A key in double quotes with `"`, `\` and control characters escaped, as JSON writes it.
    private static func quoted(_ key: String) -> String {
        var writer = JSONWriter()
        writer.string(key)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
