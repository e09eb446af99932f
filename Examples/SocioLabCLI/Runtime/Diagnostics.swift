import SocioLabKit

/// How errors and validation issues are printed: one line each, the place first, as compilers do.
enum Diagnostics {
    /// `FILE:LINE:COLUMN: message`, leaving out the parts of the place that are not known.
    static func line(for error: SocioLabError) -> String {
        let location = error.location
        var place: [String] = []
        if let file = location.file { place.append(file) }
        if let line = location.line { place.append(String(line)) }
        if let column = location.column { place.append(String(column)) }
        if let field = location.field { place.append(field) }
        var text = place.joined(separator: ":")
        if let entity = location.entity { text += (text.isEmpty ? "" : " ") + entity }
        return (text.isEmpty ? "" : text + ": ") + error.message
    }

    /// `entity field: severity: message [rule]` for a validation issue, in the language asked for.
    static func line(for issue: ValidationIssue, language: Language = .english) -> String {
        var place = issue.entity?.description ?? "dataset"
        if let field = issue.field { place += " " + field }
        var text = "\(place): \(issue.severity.rawValue): \(issue.message[language]) [\(issue.rule)]"
        let fix = issue.fix[language]
        if !fix.isEmpty { text += " " + fix }
        return text
    }
}
