import Foundation
import SocioLabKit

/// `--progress json`: one JSON object per update on standard error, one line each, for the GUIs of
/// embedders that run the tool (keys documented in `Documentation/CLI.md`):
///
/// ```json
/// {"event":"progress","phase":"validating","name":"validating","completed":4096,"total":10000,"unit":"entities","fraction":0.4096,"elapsed_seconds":1.25,"remaining_seconds":1.8}
/// ```
enum ProgressJSON {
    /// The keys every object has, in the order they are written.
    static let keys = [
        "event", "phase", "name", "completed", "total", "unit", "fraction", "elapsed_seconds",
        "remaining_seconds",
    ]

    /// The unit a phase counts in, as the `unit` key names it.
    static func unit(of phase: Workspace.Progress.Phase) -> String {
        switch phase {
        case .reading: "bytes"
        case .applying: "changes"
        case .writing, .generating: "records"
        case .exporting: "tables"
        case .validating, .compacting, .fingerprinting, .reporting: "entities"
        }
    }

    /// One update as one line of JSON (with its line feed); `total`, `fraction` and `remaining_seconds`
    /// are `null` when unknown.
    static func line(_ progress: Workspace.Progress, phaseElapsed: Duration?, language: Language) -> String {
        let remaining = ProgressLine.remaining(progress, phaseElapsed: phaseElapsed)
        let values: [String] = [
            quoted("progress"), quoted(progress.phase.rawValue), quoted(progress.phase.name[language]),
            String(progress.completed), progress.total.map(String.init) ?? "null",
            quoted(unit(of: progress.phase)), progress.fraction.map { number($0) } ?? "null",
            number(ProgressLine.seconds(progress.elapsed)),
            remaining.map { number(ProgressLine.seconds($0)) } ?? "null",
        ]
        let members = zip(keys, values).map { "\"\($0)\":\($1)" }
        return "{" + members.joined(separator: ",") + "}\n"
    }

    /// A number with at most four decimals, in JSON's form.
    private static func number(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A string in quotes; the names are plain letters, spaces and Slovenian letters, escaped all the same.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
