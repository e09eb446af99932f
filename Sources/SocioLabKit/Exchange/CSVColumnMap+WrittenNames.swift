/// The columns of a file as the file names them: a header in Slovenian (`datum_rojstva`) gets its errors
/// with its own names, not the English ones of the contract.
extension CSVColumnMap {
    /// The header name of each column the file names in Slovenian (by ``ExchangeTable/slovenianColumnNames``,
    /// compared as ``VocabularyKey`` does), by the column's English name; empty for an English header.
    func writtenNames(in header: CSVHeader) -> [String: String] {
        var names: [String: String] = [:]
        for (index, english) in table.columns.enumerated() where positions[index] >= 0 {
            let written = header.names[positions[index]]
            guard written != english, let slovenian = ExchangeTable.slovenianColumnNames[english],
                VocabularyKey.fold(written) == VocabularyKey.fold(slovenian)
            else { continue }
            names[english] = written
        }
        return names
    }
}

extension SocioLabError {
    /// The error with each column of `names` (English name → the file's name) called as the file calls it:
    /// in its location's field and, as a whole word, in its message in both languages.
    package func namingColumns(_ names: [String: String]) -> SocioLabError {
        guard !names.isEmpty else { return self }
        var copy = self
        if let field = location.field, let written = names[field] { copy.location.field = written }
        let renamed = LocalizedText(
            sl: Self.renaming(localizedMessage.sl, names), en: Self.renaming(message, names))
        if hasSlovenianMessage {
            copy.localizedMessage = renamed
        } else {
            copy.message = renamed.en
        }
        return copy
    }

    /// `text` with every whole-word use of a key of `names` that has a `_` (a column name, never a word of
    /// prose such as `municipality`) replaced by its value; a word after `/` (an entity reference) or inside
    /// quotes (a value the file holds) is left alone.
    package static func renaming(_ text: String, _ names: [String: String]) -> String {
        var result = ""
        var word = ""
        var inQuote = false
        var previous: Character?
        func flush(_ before: Character?) {
            if !word.isEmpty {
                let replaces = !inQuote && before != "/" && word.contains("_")
                result += (replaces ? names[word] : nil) ?? word
                word = ""
            }
        }
        var wordStartPrevious: Character?
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                if word.isEmpty { wordStartPrevious = previous }
                word.append(character)
            } else {
                flush(wordStartPrevious)
                if character == "'" {
                    if !inQuote, previous == nil || previous!.isWhitespace || previous == "(" {
                        inQuote = true
                    } else if inQuote {
                        inQuote = false
                    }
                }
                result.append(character)
            }
            previous = character
        }
        flush(wordStartPrevious)
        return result
    }
}
