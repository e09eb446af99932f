/// A code whose value is a short string — an activity kind, an output id, a rule id, a role.
///
/// Conforming types get, for free, the plain-string JSON form (the standard library's `Codable` for
/// string raw values), ordering by text and a description that is the code itself. Declare the struct
/// with `var rawValue: String` and `init(rawValue:)`, and add static members for the known codes.
public protocol StringCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible
where RawValue == String {
    /// Creates a code from its text.
    init(rawValue: String)
}

extension StringCode {
    /// The code's text.
    public var description: String { rawValue }
    /// Orders codes by their text.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
