/// Excel's delimiter hint: a first line `sep=;` (or `sep=,`, `sep=` and a tab), which Excel writes when
/// asked to and reads as the delimiter rather than as data.
extension CSVReader {
    /// A delimiter hint at the start of a text and where the text goes on after it.
    struct SeparatorHint {
        /// The delimiter the hint names.
        var delimiter: CSVDelimiter
        /// The offset of the first byte after the hint's line end.
        var end: Int
    }

    /// Reads Excel's delimiter hint if the text starts with one.
    ///
    /// The hint is the whole first line: `sep=` (in any case) and one delimiter character, optionally in
    /// double quotes (`"sep=;"`), optionally followed by more of the same delimiter (what a spreadsheet
    /// writes when it pads the line to the table's width), after an optional byte order mark. A hint line
    /// naming another character, such as `sep=|`, is refused; a line that only starts like a hint
    /// (`sep=;x`) is no hint.
    /// - Parameters:
    ///   - bytes: The text, UTF-8.
    ///   - file: The file name to put in errors.
    /// - Returns: The hint, or `nil` when the first line is not one.
    /// - Throws: ``SocioLabError/Code/csvUnsupportedDelimiter`` for a hint naming another character.
    /// - Complexity: O(*n*) in the length of the first line, at most.
    static func separatorHint(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) throws -> SeparatorHint? {
        var index = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let quoted = index < bytes.count && bytes[index] == csvQuote
        if quoted { index += 1 }
        for letter in "sep=".utf8 {
            // ASCII letters compare case-insensitively with bit 0x20 set; `=` has it set already.
            guard index < bytes.count, bytes[index] | 0x20 == letter else { return nil }
            index += 1
        }
        guard index < bytes.count, bytes[index] != csvLineFeed, bytes[index] != csvCarriageReturn else {
            return nil
        }
        // The named character: one byte, or one UTF-8 sequence (then certainly not a supported one).
        let named = index
        index += 1
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        let character = named..<index
        if quoted {
            guard index < bytes.count, bytes[index] == csvQuote else { return nil }
            index += 1
        }
        // Padding: more of the same character, as a spreadsheet writes to fill the table's width.
        while index + character.count <= bytes.count,
            bytes[index..<(index + character.count)].elementsEqual(bytes[character])
        {
            index += character.count
        }
        // The hint is the whole line; a line that only starts like one is a header.
        if index < bytes.count {
            switch bytes[index] {
            case csvLineFeed: index += 1
            case csvCarriageReturn:
                index += 1
                if index < bytes.count, bytes[index] == csvLineFeed { index += 1 }
            default: return nil
            }
        }
        guard character.count == 1,
            let delimiter = CSVDelimiter.allCases.first(where: { $0.byte == bytes[named] })
        else {
            throw unsupportedDelimiterError(String(decoding: bytes[character], as: UTF8.self), file: file)
        }
        return SeparatorHint(delimiter: delimiter, end: index)
    }

    /// The error for a hint that names a delimiter the reader does not support.
    private static func unsupportedDelimiterError(_ character: String, file: String?) -> SocioLabError {
        let shown = character == " " ? "a space" : "'\(character)'"
        let shownSL = character == " " ? "presledek" : shown
        return SocioLabError(
            .csvUnsupportedDelimiter,
            LocalizedText(
                sl: "Prva vrstica določa ločilo \(shownSL), podprti pa so le vejica, podpičje in tabulator. "
                    + "Datoteko shranite kot \"CSV UTF-8\" s podpičjem ali vejico kot ločilom.",
                en: "The first line names \(shown) as the delimiter, but only comma, semicolon and tab are "
                    + "supported. Save the file as \"CSV UTF-8\" with a semicolon or a comma as the delimiter."
            ),
            at: .init(file: file, line: 1))
    }
}
