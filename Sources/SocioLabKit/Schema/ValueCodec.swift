/// How a stored field's value is spelled as text: in a CSV cell, and in the field tables of
/// `Documentation/DataFormats.md`.
package enum ValueCodec: String, Hashable, Sendable, CaseIterable {
    /// An entity's own identifier.
    case id
    /// Free text, kept exactly.
    case text
    /// A calendar day, `YYYY-MM-DD`.
    case day
    /// An amount in integer cents with its currency.
    case money
    /// A decimal with at most two places (hours, FTE), written with `.`.
    case quantity
    /// A whole number in a range.
    case integer
    /// `yes` or `no`.
    case bool
    /// A code: a reference to another entity, a checked identifier, a municipality, an open list of codes.
    case code
    /// One of a closed set of values, written as its raw value.
    case enumeration
    /// A list of items joined with `;`.
    case list
    /// A JSON value (activity details, evidence documents).
    case json
}
