// swift-format-ignore-file
// The snippet of Documentation/Identifiers.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import SocioLabKit

/// Identifiers.md.
func identifiersParsing() throws {
let emso = try EMSO("1506098 50 123 6")          // throws IdentifierError
let vat  = try TaxNumber("SI 9876543 4")         // digits "98765434"
let reg  = try RegistrationNumber("5000009 001") // base "5000009", unit "001"
_ = (emso, vat, reg)
}
