import Foundation

/// A typed identifier: `Person.ID`, `Activity.ID` and so on cannot be mixed up.
///
/// Identifiers are short strings chosen by whoever records the entity (`"p-0042"`, `"prizma"`). They are
/// encoded as plain JSON strings.
///
/// Every way of making an identifier — ``init(_:)``, a string literal, decoding — puts its text in Unicode
/// Normalization Form C, so `"p-é"` typed as one precomposed letter and as `e` with a combining accent is
/// one identifier with one stored spelling, whichever way a file, a document or an embedder wrote it.
/// Text that is all ASCII (the usual case) is already in that form and is kept as it is, at the cost of
/// one look at its bytes.
public struct EntityID<Entity>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The identifier's text, in Normalization Form C.
    public let rawValue: String
    /// Creates an identifier from its text, normalised to Normalization Form C.
    /// - Parameter rawValue: The text.
    @inlinable public init(_ rawValue: String) { self.rawValue = IdentifierNormalization.nfc(rawValue) }
    /// Creates an identifier from a literal, normalised to Normalization Form C.
    @inlinable public init(stringLiteral value: String) { rawValue = IdentifierNormalization.nfc(value) }
    /// The identifier's text.
    public var description: String { rawValue }
    /// Orders identifiers by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes a plain string, normalised to Normalization Form C.
    public init(from decoder: any Decoder) throws {
        rawValue = IdentifierNormalization.nfc(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The one rule by which identifier text is normalised, shared by ``EntityID`` and the readers that
/// compare identifier text before they make one (the CSV import's duplicate check).
@usableFromInline enum IdentifierNormalization {
    /// Whether every byte of the text's UTF-8 is below 0x80.
    @inlinable @inline(__always)
    static func isASCII(_ text: String) -> Bool {
        let utf8 = text.utf8
        if let fast = utf8.withContiguousStorageIfAvailable({ isASCII($0) }) { return fast }
        return utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether every byte is below 0x80, eight bytes at a time.
    @inlinable @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var index = 0
        while count - index >= 8 {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                return false
            }
            index &+= 8
        }
        while index < count {
            if bytes[index] >= 0x80 { return false }
            index &+= 1
        }
        return true
    }

    /// `text` in Unicode Normalization Form C; ASCII text is returned as it is, without normalising.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    @inlinable @inline(__always)
    static func nfc(_ text: String) -> String {
        isASCII(text) ? text : text.precomposedStringWithCanonicalMapping
    }
}
