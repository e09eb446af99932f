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

extension ChoiceTable where T: RawRepresentable<String> & CaseIterable {
    /// The values of an enumeration, by their spelling in files and by their raw value, without case.
    static func of(_ type: T.Type, spell: (T) -> String = { $0.rawValue }) -> ChoiceTable<T> {
        var spellings = T.allCases.map { (spell($0).lowercased(), $0) }
        for value in T.allCases where spell(value) != value.rawValue {
            spellings.append((value.rawValue.lowercased(), value))
        }
        let shown = T.allCases.map(spell)
        return ChoiceTable(spellings, shown: shown.dropLast().joined(separator: ", ") + " or " + shown.last!)
    }
}
