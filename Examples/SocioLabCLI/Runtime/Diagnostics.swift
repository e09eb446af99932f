import SocioLabKit

/// How errors and validation issues are printed: the place first, as compilers do, in one format for
/// every kind of finding (a file that cannot be read, a wrong value, a rule a record breaks):
///
/// ```text
/// persons.csv:2:municipality: error: 'Maribr' is not a Slovenian municipality. [value.invalid]
///     Did you mean Maribor (070)? Write its statistical code (070) or its name (Maribor).
/// ```
///
/// The first line is `FILE:LINE:COLUMN: severity: message [code]`, leaving out the parts of the place that
/// are not known; the fix follows on its own line, indented by ``fixIndent``, when there is one.
enum Diagnostics {
    /// What comes before a fix on its own line.
    static let fixIndent = "    "

    /// The lines of `error`: `FILE:LINE:COLUMN: severity: message [code]`, then the fix, in `language`
    /// (``StoreErrorText`` gives store errors their Slovenian).
    static func lines(for error: SocioLabError, severity: Severity = .error, language: Language = .english)
        -> [String]
    {
        let (headline, fix) = parts(of: error, severity: severity, language: language)
        return [headline] + (fix.map { [fixIndent + $0] } ?? [])
    }

    /// The first line of `error` and its fix, if the message has one.
    static func parts(of error: SocioLabError, severity: Severity, language: Language) -> (String, String?) {
        let (what, fix) = split(StoreErrorText.message(of: error, in: language))
        let place = place(of: error.location)
        let headline =
            (place.isEmpty ? "" : place + ": ")
            + "\(Self.severity(severity, in: language)): \(what) [\(error.code.rawValue)]"
        return (headline, fix)
    }

    /// `file:line:column:field`, then the entity, as far as they are known.
    static func place(of location: SocioLabError.Location) -> String {
        var parts: [String] = []
        if let file = location.file { parts.append(file) }
        if let line = location.line { parts.append(String(line)) }
        if let column = location.column { parts.append(String(column)) }
        if let field = location.field { parts.append(field) }
        var text = parts.joined(separator: ":")
        if let entity = location.entity { text += (text.isEmpty ? "" : " ") + entity }
        return text
    }

    /// The lines of a validation issue: `entity field: severity: message [rule]`, then the fix.
    static func lines(for issue: ValidationIssue, language: Language = .english) -> [String] {
        var place = issue.entity?.description ?? (language == .slovenian ? "podatki" : "dataset")
        if let field = issue.field { place += " " + field }
        let fix = issue.fix[language]
        return ["\(place): " + headline(of: issue, language: language)]
            + (fix.isEmpty ? [] : [fixIndent + fix])
    }

    /// `severity: message [rule]`: an issue's line after its place.
    static func headline(of issue: ValidationIssue, language: Language) -> String {
        "\(severity(issue.severity, in: language)): \(issue.message[language]) [\(issue.rule)]"
    }

    /// A message that says what is wrong and what to do, as the two: its first sentence, and the rest
    /// (`nil` for a message of one sentence).
    ///
    /// A sentence ends at `.`, `?` or `!` followed by a space and a capital letter, outside quotes, and not
    /// after a single letter or an abbreviation (`D. M. LLLL`, `npr.`).
    static func split(_ message: String) -> (String, String?) {
        let characters = Array(message)
        var inQuote = false
        var index = 0
        while index + 2 < characters.count {
            let character = characters[index]
            let previous: Character? = index > 0 ? characters[index - 1] : nil
            if character == "'" {
                if !inQuote, previous == nil || previous!.isWhitespace || previous == "(" {
                    inQuote = true
                } else if inQuote, !(characters[index + 1].isLetter || characters[index + 1].isNumber) {
                    inQuote = false
                }
            } else if !inQuote, ".?!".contains(character), characters[index + 1] == " ",
                characters[index + 2].isUppercase,
                !(character == "." && endsInAbbreviation(characters, index))
            {
                let what = String(characters[...index])
                let rest = String(characters[(index + 2)...]).trimmingTrailingWhitespace()
                return (what, rest.isEmpty ? nil : rest)
            }
            index += 1
        }
        return (message, nil)
    }

    /// Words after which a full stop does not end a sentence.
    private static let abbreviations: Set<String> = ["npr", "oz", "tj", "št", "e.g", "i.e", "cf"]

    /// Whether the word before the full stop at `end` is a single letter (`D. M. LLLL`) or an abbreviation
    /// (`npr.`), which a sentence does not end with. (A day or month, `1. 1. 1990`, is followed by a digit,
    /// not a capital, so it never ends one.)
    private static func endsInAbbreviation(_ characters: [Character], _ end: Int) -> Bool {
        var start = end
        while start > 0, !characters[start - 1].isWhitespace, characters[start - 1] != "(" { start -= 1 }
        let word = String(characters[start..<end])
        if word.count == 1 && word.first!.isLetter { return true }
        return abbreviations.contains(word.lowercased())
    }

    /// The word for a severity: `error`, `warning`, `notice` in English (as the rule ids print it);
    /// `napaka`, `opozorilo`, `obvestilo` in Slovenian.
    static func severity(_ severity: Severity, in language: Language) -> String {
        severity.word(in: language)
    }

    /// One finding of an import, with the place it is sorted and capped by.
    struct Finding {
        var file: String?
        var line: Int?
        /// What kind of finding it is (an error code or a rule id): the list is capped per file and kind.
        var kind: String
        /// The first line: `FILE:LINE:COLUMN: severity: message [code]`.
        var text: String
        /// Whether it is a warning or a note, which alone does not stop an import.
        var isWarning = false
        /// What to do, printed on its own line under ``text``; `nil` or empty for nothing.
        var fix: String? = nil
    }

    /// How many findings of one kind are printed per file; the rest are counted.
    static let findingsShownPerKind = 50

    /// The findings in file order (`files` as given, then files not among them), then line, each kind of
    /// each file cut after ``findingsShownPerKind`` findings with a line counting the rest; a finding's fix
    /// follows it on its own line.
    static func lines(
        for findings: [Finding], files: [String], limit: Int = findingsShownPerKind,
        language: Language = .english
    ) -> [String] {
        func rank(_ file: String?) -> Int { file.flatMap { files.firstIndex(of: $0) } ?? files.count }
        let sorted = findings.enumerated().sorted {
            (rank($0.element.file), $0.element.line ?? 0, $0.offset)
                < (rank($1.element.file), $1.element.line ?? 0, $1.offset)
        }.map(\.element)
        var lines: [String] = []
        var index = 0
        while index < sorted.count {
            let file = sorted[index].file
            var shown: [String: Int] = [:]
            var hidden: [(kind: String, count: Int)] = []
            while index < sorted.count, sorted[index].file == file {
                let finding = sorted[index]
                index += 1
                let count = shown[finding.kind, default: 0]
                shown[finding.kind] = count + 1
                if count < limit {
                    lines.append(finding.text)
                    if let fix = finding.fix, !fix.isEmpty { lines.append(fixIndent + fix) }
                } else if let position = hidden.firstIndex(where: { $0.kind == finding.kind }) {
                    hidden[position].count += 1
                } else {
                    hidden.append((finding.kind, 1))
                }
            }
            for (kind, count) in hidden {
                let more = LocalizedText(
                    sl: "… in še \(count) te vrste [\(kind)]",
                    en: "… and \(count) more of the same kind [\(kind)]")
                lines.append("\(file.map { $0 + ": " } ?? "")" + more[language])
            }
        }
        return lines
    }

    /// A finding for an error (or, with `warning`, a warning) of reading a file.
    static func finding(for error: SocioLabError, warning: Bool = false, language: Language = .english)
        -> Finding
    {
        let (text, fix) = parts(of: error, severity: warning ? .warning : .error, language: language)
        return Finding(
            file: error.location.file, line: error.location.line, kind: error.code.rawValue, text: text,
            isWarning: warning, fix: fix)
    }
}

extension String {
    /// The string without the whitespace at its end.
    fileprivate func trimmingTrailingWhitespace() -> String {
        var copy = self
        while copy.last?.isWhitespace == true { copy.removeLast() }
        return copy
    }
}
