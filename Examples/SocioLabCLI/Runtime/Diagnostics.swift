import SocioLabKit

/// How errors and validation issues are printed: one line each, the place first, as compilers do.
enum Diagnostics {
    /// `FILE:LINE:COLUMN: message`, leaving out the parts of the place that are not known, with the
    /// message in `language` (``StoreErrorText`` gives store errors their Slovenian).
    static func line(for error: SocioLabError, language: Language = .english) -> String {
        let location = error.location
        var place: [String] = []
        if let file = location.file { place.append(file) }
        if let line = location.line { place.append(String(line)) }
        if let column = location.column { place.append(String(column)) }
        if let field = location.field { place.append(field) }
        var text = place.joined(separator: ":")
        if let entity = location.entity { text += (text.isEmpty ? "" : " ") + entity }
        return (text.isEmpty ? "" : text + ": ") + StoreErrorText.message(of: error, in: language)
    }

    /// `entity field: severity: message [rule]` for a validation issue, in the language asked for.
    static func line(for issue: ValidationIssue, language: Language = .english) -> String {
        var place = issue.entity?.description ?? (language == .slovenian ? "podatki" : "dataset")
        if let field = issue.field { place += " " + field }
        var text =
            "\(place): \(severity(issue.severity, in: language)): \(issue.message[language]) [\(issue.rule)]"
        let fix = issue.fix[language]
        if !fix.isEmpty { text += " " + fix }
        return text
    }

    /// The word for a severity: `error`, `warning`, `notice` in English (as the rule ids print it);
    /// `napaka`, `opozorilo`, `obvestilo` in Slovenian.
    static func severity(_ severity: Severity, in language: Language) -> String {
        guard language == .slovenian else { return severity.rawValue }
        switch severity {
        case .error: return "napaka"
        case .warning: return "opozorilo"
        case .notice: return "obvestilo"
        }
    }

    /// One finding of an import, with the place it is sorted and capped by.
    struct Finding {
        var file: String?
        var line: Int?
        /// What kind of finding it is (an error code or a rule id): the list is capped per file and kind.
        var kind: String
        var text: String
        /// Whether it is a warning or a note, which alone does not stop an import.
        var isWarning = false
    }

    /// How many findings of one kind are printed per file; the rest are counted.
    static let findingsShownPerKind = 50

    /// The findings in file order (`files` as given, then files not among them), then line, each kind of
    /// each file cut after ``findingsShownPerKind`` lines with a line counting the rest.
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

    /// A finding for an error of reading a file.
    static func finding(for error: SocioLabError, warning: Bool = false, language: Language = .english)
        -> Finding
    {
        var text = line(for: error, language: language)
        if warning {
            let place = line(for: SocioLabError(error.code, "", at: error.location))
            text =
                place + severity(.warning, in: language) + ": " + error.message(in: language)
                + " [\(error.code)]"
        }
        return Finding(
            file: error.location.file, line: error.location.line, kind: error.code.rawValue, text: text,
            isWarning: warning)
    }
}
