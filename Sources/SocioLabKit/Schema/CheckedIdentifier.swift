/// An identifier whose text is checked when it is made (EMŠO, tax and registration numbers).
package protocol CheckedIdentifier: CustomStringConvertible, Sendable {
    /// Checks and makes the identifier.
    init(_ text: String) throws(IdentifierError)
    /// The identifier stored as `text` (its description), or `nil` when that is not one; as lenient as
    /// its `Codable` form.
    static func stored(_ text: String) -> Self?
}

extension CheckedIdentifier {
    package static func stored(_ text: String) -> Self? { try? Self(text) }
}

extension EMSO: CheckedIdentifier {
    package static func stored(_ text: String) -> EMSO? { try? EMSO(text, allowingRemainderOne: true) }
}
extension TaxNumber: CheckedIdentifier {}
extension RegistrationNumber: CheckedIdentifier {}
