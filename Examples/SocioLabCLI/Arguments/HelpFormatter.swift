import Foundation

/// Renders the help text of the tool and of each command, wrapped to a fixed width.
///
/// The output depends only on the ``ProgramSpec`` and the width, never on the terminal, so it is the same
/// on every machine and can be compared in tests. A command's help has, in order: OVERVIEW (the abstract),
/// the discussion, USAGE, ARGUMENTS, OPTIONS (the command's, then the global ones, then `--help`), each
/// entry's help aligned in a second column.
struct HelpFormatter: Sendable {
    /// The program whose help is printed.
    var program: ProgramSpec
    /// The widest a line may be; 80 unless told.
    var width: Int
    /// The widest the first column (names) may be before an entry's help moves to the next line.
    var maximumLabelWidth: Int

    /// Creates a formatter.
    /// - Parameters:
    ///   - program: The program whose help is printed.
    ///   - width: The widest a line may be.
    ///   - maximumLabelWidth: The widest the names column may be.
    init(program: ProgramSpec, width: Int = 80, maximumLabelWidth: Int = 30) {
        self.program = program
        self.width = width
        self.maximumLabelWidth = maximumLabelWidth
    }

    /// The help a parse result asks for: the command's help (an action's, such as `store verify`, when its
    /// first positional names one), or the tool's when no command is named.
    func help(for parsed: ParsedArguments) -> String {
        guard let name = parsed.command, let command = program.command(named: name) else {
            return programHelp()
        }
        if let first = parsed.positionals.first, let action = command.action(named: first) {
            return help(for: action)
        }
        return help(for: command)
    }

    private var words: HelpWords { program.helpWords }

    /// The tool's help: overview, usage, the commands with their abstracts, and the global options.
    func programHelp() -> String {
        var sections: [String] = []
        sections.append(wrap(words.overview + ": " + program.abstract, indent: 0))
        if !program.discussion.isEmpty { sections.append(paragraphs(program.discussion)) }
        var usage = [program.name]
        usage += program.globalOptions.map(usageItem) + program.globalFlags.map(usageItem)
        usage += ["<\(words.command)>", "[<\(words.arguments)>]"]
        sections.append(usageLine(usage))
        let commandRows = program.commands.map { ($0.name, $0.abstract) }
        let globalRows = optionRows(program.globalOptions, program.globalFlags) + [helpRow]
        let helpColumn = column(for: commandRows + globalRows)
        sections.append(words.commands + ":\n" + table(commandRows, column: helpColumn))
        sections.append(words.options + ":\n" + table(globalRows, column: helpColumn))
        sections.append(wrap(words.seeCommandHelp(program.name), indent: 0))
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// The command's help: overview, discussion, usage, arguments and options.
    func help(for command: CommandSpec) -> String {
        var sections: [String] = []
        sections.append(wrap(words.overview + ": " + command.abstract, indent: 0))
        if !command.discussion.isEmpty { sections.append(paragraphs(command.discussion)) }
        var usage = [program.name, command.name]
        usage += command.options.map(usageItem) + command.flags.map(usageItem)
        usage += command.positionals.map(usageItem)
        sections.append(usageLine(usage))
        let argumentRows = command.positionals.map { ("<\($0.name)>", $0.help) }
        let ownRows = optionRows(command.options, command.flags) + [helpRow]
        let globalOptions = program.globalOptions.map { option in
            var option = option
            option.help = command.globalOptionHelp[option.name] ?? option.help
            return option
        }
        let globalRows = optionRows(globalOptions, program.globalFlags)
        let helpColumn = column(for: argumentRows + ownRows + globalRows)
        if !argumentRows.isEmpty {
            sections.append(words.argumentsHeading + ":\n" + table(argumentRows, column: helpColumn))
        }
        sections.append(words.options + ":\n" + table(ownRows, column: helpColumn))
        if !globalRows.isEmpty {
            sections.append(words.globalOptions + ":\n" + table(globalRows, column: helpColumn))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Pieces

    private var helpRow: (String, String) { ("-h, --help", words.showHelp) }

    private func usageItem(_ option: CommandSpec.Option) -> String {
        let core = "\(option.longForm) <\(option.valueName)>"
        return option.repeats ? "[\(core) ...]" : "[\(core)]"
    }

    private func usageItem(_ flag: CommandSpec.Flag) -> String { "[\(flag.longForm)]" }

    private func usageItem(_ positional: CommandSpec.Positional) -> String {
        let core = "<\(positional.name)>" + (positional.isVariadic ? " ..." : "")
        return positional.isRequired ? core : "[\(core)]"
    }

    private func optionRows(_ options: [CommandSpec.Option], _ flags: [CommandSpec.Flag]) -> [(
        String, String
    )] {
        let optionRows = options.map { option -> (String, String) in
            let label = shortPrefix(option.short) + "\(option.longForm) <\(option.valueName)>"
            var notes: [String] = []
            if let choices = option.choices {
                notes.append(words.values + ": " + choices.joined(separator: ", "))
            }
            if let value = option.defaultValue { notes.append(words.defaultValue + ": " + value) }
            if option.repeats { notes.append(words.repeatable) }
            let text = notes.isEmpty ? option.help : option.help + " (" + notes.joined(separator: "; ") + ")"
            return (label, text)
        }
        let flagRows = flags.map { (shortPrefix($0.short) + $0.longForm, $0.help) }
        return optionRows + flagRows
    }

    private func shortPrefix(_ short: Character?) -> String { short.map { "-\($0), " } ?? "" }

    /// `USAGE: a b c`, wrapped with later lines under the first item after the tool's name.
    private func usageLine(_ items: [String]) -> String {
        let head = words.usage + ": " + items.prefix(2).joined(separator: " ")
        let indent = String(repeating: " ", count: min(head.count + 1, width / 2))
        var lines: [String] = []
        var line = head
        for item in items.dropFirst(2) {
            if line.count + 1 + item.count > width && line.count > indent.count {
                lines.append(line)
                line = indent + item
            } else {
                line += " " + item
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    private static let tableIndent = 2

    /// Where the help column starts for a page with these rows: after the widest name that fits.
    private func column(for rows: [(String, String)]) -> Int {
        let widest = rows.map(\.0.count).filter { $0 <= maximumLabelWidth }.max() ?? maximumLabelWidth
        return Self.tableIndent + widest + 2
    }

    /// Rows of `  label   help`, the help starting at `column` and wrapped; a label too wide for the column
    /// puts its help on the next line.
    private func table(_ rows: [(String, String)], column: Int) -> String {
        let indent = Self.tableIndent
        var lines: [String] = []
        for (label, text) in rows {
            let lead = String(repeating: " ", count: indent) + label
            let body = wrapLines(text, width: width - column)
            let pad = String(repeating: " ", count: column)
            if lead.count + 2 > column {
                lines.append(lead)
                lines += body.map { pad + $0 }
            } else {
                let first = lead + String(repeating: " ", count: column - lead.count) + (body.first ?? "")
                lines.append(first.trimmingTrailingSpaces())
                lines += body.dropFirst().map { pad + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Each blank-line-separated paragraph wrapped to the width.
    private func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { wrap($0, indent: 0) }.joined(separator: "\n\n")
    }

    private func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return wrapLines(text, width: width - indent).map { pad + $0 }.joined(separator: "\n")
    }

    /// Greedy word wrap; a word longer than the width gets a line of its own.
    private func wrapLines(_ text: String, width: Int) -> [String] {
        let limit = max(width, 10)
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    /// The string without the spaces at its end.
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
