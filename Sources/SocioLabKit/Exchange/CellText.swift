/// How text values are written into CSV cells and read back, so that export and import are exact inverses.
///
/// - **Formula protection.** A text cell whose value, after any leading apostrophes, a spreadsheet would
///   run as a formula (see ``CSVWriter/isFormulaLike(_:)``) is written with one more leading apostrophe:
///   `=SUM(A1)` is written `'=SUM(A1)`, and `'=x` is written `''=x`. On import, one leading apostrophe is
///   removed from a cell exactly when the rest of the cell is such a value. Other apostrophes stay.
/// - **Lists** are joined with `;`. Inside an item, `;` is written `\;` and `\` is written `\\`. On
///   import, `\;` and `\\` are read back; any other backslash stays as it is (`C:\docs`); items are
///   trimmed of spaces and empty items dropped, so `prizma; citilab;` is two items.
package enum CellText {
    /// The value as a text cell: with one more leading apostrophe when it could run as a formula.
    /// - Parameter value: The text value.
    /// - Returns: The cell text (before CSV quoting).
    package static func protect(_ value: String) -> String {
        needsApostrophe(value) ? "'" + value : value
    }

    /// The value of a text cell: one leading apostrophe removed when the rest could run as a formula.
    /// - Parameter cell: The cell as read.
    /// - Returns: The value.
    package static func unprotect(_ cell: String) -> String {
        guard cell.utf8.first == apostrophe else { return cell }
        let rest = String(cell.utf8.dropFirst())!
        return needsApostrophe(rest) ? rest : cell
    }

    /// Joins list items into one cell, escaping `;` and `\` inside items.
    /// - Parameter items: The items.
    /// - Returns: The items separated by `;`.
    package static func joinList(_ items: [String]) -> String {
        var out = ""
        for (index, item) in items.enumerated() {
            if index > 0 { out.append(";") }
            if item.utf8.contains(where: { $0 == semicolon || $0 == backslash }) {
                for character in item {
                    if character == ";" || character == "\\" { out.append("\\") }
                    out.append(character)
                }
            } else {
                out += item
            }
        }
        return out
    }

    /// Splits a list cell into items: at unescaped `;`, trimmed, empty items dropped.
    /// - Parameter cell: The cell (already unprotected).
    /// - Returns: The items.
    package static func splitList(_ cell: String) -> [String] {
        if cell.isEmpty { return [] }
        var items: [String] = []
        var current: [UInt8] = []
        var bytes = cell.utf8.makeIterator()
        func finish() {
            var start = current.startIndex
            var end = current.endIndex
            while start < end, current[start] == 0x20 || current[start] == 0x09 { start += 1 }
            while end > start, current[end - 1] == 0x20 || current[end - 1] == 0x09 { end -= 1 }
            if start < end { items.append(String(decoding: current[start..<end], as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        while let byte = bytes.next() {
            if byte == backslash {
                guard let next = bytes.next() else {
                    current.append(byte)
                    break
                }
                if next != semicolon && next != backslash { current.append(byte) }
                current.append(next)
            } else if byte == semicolon {
                finish()
            } else {
                current.append(byte)
            }
        }
        finish()
        return items
    }

    /// A value as an error message quotes it: whole when short, else its first 24 characters and its
    /// length, so that a 400-digit number or a megabyte cell does not flood the message.
    static func excerpt(_ value: String) -> String {
        guard value.utf8.count > 40 else { return value }
        return "\(value.prefix(24))… (\(value.count) characters)"
    }

    private static let apostrophe = UInt8(ascii: "'")
    private static let semicolon = UInt8(ascii: ";")
    private static let backslash = UInt8(ascii: "\\")

    /// Whether the value with its leading apostrophes removed could run as a formula.
    /// Whether ``protect(_:)`` would add an apostrophe to the value.
    package static func needsApostrophe(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        if first == apostrophe {
            let rest = value.utf8.drop { $0 == apostrophe }
            return CSVWriter.isFormulaLike(String(rest)!)
        }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return CSVWriter.isFormulaLike(value)
        default:
            return false
        }
    }
}
