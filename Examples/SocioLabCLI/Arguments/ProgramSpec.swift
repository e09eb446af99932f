/// The whole command line of a tool: its name, the options it accepts anywhere, and its commands.
///
/// Global options (such as `--store PATH`) may be written before or after the command name. Every command,
/// and the tool itself, also accepts `--help` and `-h`, and `help COMMAND` shows a command's help.
struct ProgramSpec: Hashable, Sendable {
    /// The tool's name as typed, such as `sociolab`.
    var name: String
    /// One line saying what the tool does.
    var abstract: String
    /// Longer text shown in the tool's help; empty for none.
    var discussion: String
    /// Options accepted before or after any command.
    var globalOptions: [CommandSpec.Option]
    /// Flags accepted before or after any command.
    var globalFlags: [CommandSpec.Flag]
    /// The commands, in the order help lists them.
    var commands: [CommandSpec]
    /// The fixed words of the help pages (headings, notes), in the language the help is shown in.
    var helpWords = HelpWords.english

    /// The word that shows help for the command after it (`help report`).
    static let helpCommand = "help"

    /// Creates a program description.
    /// - Parameters:
    ///   - name: The tool's name as typed.
    ///   - abstract: One line saying what the tool does.
    ///   - discussion: Longer help text; empty for none.
    ///   - globalOptions: Options accepted before or after any command.
    ///   - globalFlags: Flags accepted before or after any command.
    ///   - commands: The commands, in the order help lists them.
    init(
        name: String, abstract: String, discussion: String = "", globalOptions: [CommandSpec.Option] = [],
        globalFlags: [CommandSpec.Flag] = [], commands: [CommandSpec]
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.globalOptions = globalOptions
        self.globalFlags = globalFlags
        self.commands = commands
    }

    /// The command called `name`, if any.
    func command(named name: String) -> CommandSpec? {
        commands.first { $0.name == name }
    }

    /// Mistakes in the description itself, one sentence each; empty when it is sound.
    ///
    /// Finds names used twice in one command (counting the global options and `help`), short names used
    /// twice, a variadic positional that is not last, and a required positional after an optional one.
    /// A test of the tool should expect this to be empty.
    /// - Complexity: O(n) in the number of names.
    func problems() -> [String] {
        var found: [String] = []
        var commandNames: Set<String> = [Self.helpCommand]
        for command in commands where !commandNames.insert(command.name).inserted {
            found.append("command '\(command.name)' is defined more than once")
        }
        let scopes =
            [("the tool", globalOptions, globalFlags, [CommandSpec.Positional]())]
            + commands.map {
                ("'\($0.name)'", globalOptions + $0.options, globalFlags + $0.flags, $0.positionals)
            }
        for (scope, options, flags, positionals) in scopes {
            var longNames: Set<String> = ["help"]
            var shortNames: Set<Character> = ["h"]
            let names = options.map { ($0.name, $0.short) } + flags.map { ($0.name, $0.short) }
            for (long, short) in names {
                if !longNames.insert(long).inserted {
                    found.append("option '--\(long)' is defined more than once in \(scope)")
                }
                if let short, !shortNames.insert(short).inserted {
                    found.append("short name '-\(short)' is used more than once in \(scope)")
                }
            }
            for (index, positional) in positionals.enumerated() {
                if positional.isVariadic && index != positionals.count - 1 {
                    found.append("variadic argument <\(positional.name)> is not last in \(scope)")
                }
                if positional.isRequired && positionals[..<index].contains(where: { !$0.isRequired }) {
                    found.append("required argument <\(positional.name)> follows an optional one in \(scope)")
                }
            }
        }
        return found
    }
}
