/// Spelling names and constants into SQL text, for the statements the store builds from the schemas (its
/// tables and columns); values always travel as bound parameters.
enum SQLText {
    /// A quoted identifier: `"name"`, inner quotes doubled.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A quoted string constant: `'text'`, inner quotes doubled.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
