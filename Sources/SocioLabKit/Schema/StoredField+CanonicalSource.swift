/// A stored member as a generated canonical writer spells it: the `CanonicalWriter.Cursor` call that
/// writes its `"name":value`, and where its value lives.
///
/// Each ``StoredField`` factory gives the call beside the closure the ``CanonicalPlan`` runs, so the two
/// say the same thing. The canonical writers of the kinds a large dataset holds millions of
/// (`Indicators/CanonicalObject+Generated.swift`) are rendered from these by `CanonicalSourceTests`, and
/// `GeneratedCanonicalTests` checks that they write exactly what the plan writes.
package struct CanonicalSource: Sendable {
    /// The cursor call that writes a member.
    package indirect enum Call: Sendable {
        /// `cursor.day(name, value)`.
        case day
        /// `cursor.string(name, value)`, or of the value's member `text` (`rawValue`, `description`).
        case string(text: String?)
        /// `cursor.bool(name, value)`.
        case bool
        /// `cursor.int(name, value)`.
        case int
        /// `cursor.quantity(name, value)`.
        case quantity
        /// `cursor.strings(name, value) { $0 }`, or `{ $0.text }`.
        case strings(text: String?)
        /// `cursor.evidence(value)`, under the name `evidence`.
        case evidence
        /// `cursor.json(name, value)`.
        case json
        /// An object written always: `cursor.key(name)`, `cursor.beginObject()`, the members' calls on the
        /// value, `cursor.endObject()`.
        case object([CanonicalSource])
    }

    /// The member's JSON name.
    package let name: String
    /// Where the value lives, from the entity (or, in an object, from the object's value).
    package let keyPath: AnyKeyPath & Sendable
    /// Whether the value is an optional, left out when `nil`.
    package let isOptional: Bool
    /// The call that writes it.
    package let call: Call

    /// A member spelled by a call.
    package init(_ name: String, _ keyPath: AnyKeyPath & Sendable, isOptional: Bool, _ call: Call) {
        self.name = name
        self.keyPath = keyPath
        self.isOptional = isOptional
        self.call = call
    }
}
