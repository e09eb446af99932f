import Foundation

/// Prints the figures as JSON lines on standard output and progress on standard error.
///
/// Each figure is one line, flushed at once, with the keys `figure`, `value`, `unit`, `persons`, then any
/// extra keys of that figure:
/// ```
/// {"figure":"csv_import_rows_per_s","value":1234567.8,"unit":"rows/s","persons":1000000}
/// ```
public struct FigureReporter {
    /// The scale every figure is tagged with.
    public var persons: Int
    /// The program named at the start of each progress line.
    public var program: String

    /// A reporter for one run.
    /// - Parameters:
    ///   - persons: The scale every figure is tagged with.
    ///   - program: The program named in progress lines.
    public init(persons: Int, program: String = "sociolab-bench") {
        self.persons = persons
        self.program = program
    }

    /// Prints one figure.
    /// - Parameters:
    ///   - name: The figure's stable name.
    ///   - value: The value.
    ///   - unit: Its unit (`s`, `ms`, `bytes`, `rows/s` …).
    ///   - extra: More keys for this line (strings are quoted, numbers not).
    public func figure(_ name: String, _ value: Double, _ unit: String, _ extra: [(String, Any)] = []) {
        var line = "{\"figure\":\(quoted(name)),\"value\":\(number(value)),\"unit\":\(quoted(unit))"
        line += ",\"persons\":\(persons)"
        for (key, value) in extra {
            line += ",\(quoted(key)):"
            switch value {
            case let v as Int: line += String(v)
            case let v as Double: line += number(v)
            case let v as Bool: line += v ? "true" : "false"
            default: line += quoted(String(describing: value))
            }
        }
        line += "}\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }

    /// Prints a note that a figure was skipped, as a JSON line with a `null` value and the reason.
    public func skipped(_ name: String, _ unit: String, reason: String) {
        let line =
            "{\"figure\":\(quoted(name)),\"value\":null,\"unit\":\(quoted(unit)),\"persons\":\(persons),"
            + "\"skipped\":\(quoted(reason))}\n"
        FileHandle.standardOutput.write(Data(line.utf8))
        progress("skipped \(name): \(reason)")
    }

    /// Prints a progress line on standard error.
    public func progress(_ text: String) {
        FileHandle.standardError.write(Data("\(program): \(text)\n".utf8))
    }

    private func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.6g", value)
    }

    private func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
