/// What one `sociolab` command accepts: its name, what it does, its options, flags and positional arguments.
///
/// A command is a plain value, so the whole command line of the tool is data that the parser reads and the
/// help formatter prints; nothing is registered at run time.
///
/// ```swift
/// let report = CommandSpec(
///     name: "report", abstract: "Show progress against the targets.",
///     options: [.init("period", short: "p", valueName: "period", help: "The reporting period.")],
///     flags: [.init("force", help: "Overwrite the output file.")],
///     positionals: [.init("output", help: "Where to write the report.", isRequired: false)])
/// ```
struct CommandSpec: Hashable, Sendable {
    /// The word that picks the command, such as `report`.
    var name: String
    /// One line saying what the command does, shown in the command list and at the top of its help.
    var abstract: String
    /// Longer text shown in the command's help after the abstract; empty for none.
    var discussion: String
    /// The options that take a value.
    var options: [Option]
    /// The on/off flags.
    var flags: [Flag]
    /// The positional arguments, in order.
    var positionals: [Positional]
    /// The help of global options as this command's page shows it, by option name, where it differs from
    /// the tool's (`demo` has a store default of its own).
    var globalOptionHelp: [String: String] = [:]
    /// The actions named by the first positional argument that have help pages of their own
    /// (`store verify --help`), each a command named `command action` without positionals.
    var actions: [CommandSpec] = []

    /// Creates a command description.
    /// - Parameters:
    ///   - name: The word that picks the command.
    ///   - abstract: One line saying what it does.
    ///   - discussion: Longer help text; empty for none.
    ///   - options: Options that take a value.
    ///   - flags: On/off flags.
    ///   - positionals: Positional arguments, in order; only the last may be variadic.
    init(
        name: String, abstract: String, discussion: String = "", options: [Option] = [], flags: [Flag] = [],
        positionals: [Positional] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.flags = flags
        self.positionals = positionals
    }

    /// The option with the long name `name` (with or without its leading dashes), if any.
    func option(named name: String) -> Option? {
        let bare = CommandSpec.bareName(name)
        return options.first { $0.name == bare }
    }

    /// The action called `name` that has a help page of its own, if any.
    func action(named name: String) -> CommandSpec? {
        actions.first { $0.name.split(separator: " ").last.map(String.init) == name }
    }

    /// The flag with the long name `name` (with or without its leading dashes), if any.
    func flag(named name: String) -> Flag? {
        let bare = CommandSpec.bareName(name)
        return flags.first { $0.name == bare }
    }

    /// `name` without its leading dashes: `--period` and `period` are both `period`.
    static func bareName(_ name: String) -> String {
        String(name.drop { $0 == "-" })
    }
}

extension CommandSpec {
    /// An option that takes a value: `--period 2019`, `--period=2019` or `-p 2019`.
    struct Option: Hashable, Sendable {
        /// The long name without dashes, such as `period` for `--period`.
        var name: String
        /// The one-letter short name, such as `p` for `-p`, if any.
        var short: Character?
        /// The placeholder for the value in help, such as `period` in `--period <period>`.
        var valueName: String
        /// One or two sentences saying what the option does.
        var help: String
        /// Whether the option may be given more than once, collecting every value in order.
        var repeats: Bool
        /// The value used when the option is not given, also shown in help; `nil` for none.
        var defaultValue: String?
        /// The only values accepted, in the order help lists them; `nil` accepts any value.
        var choices: [String]?

        /// Creates an option.
        /// - Parameters:
        ///   - name: The long name, with or without its leading dashes.
        ///   - short: The one-letter short name, if any.
        ///   - valueName: The placeholder for the value in help.
        ///   - help: What the option does.
        ///   - repeats: Whether it may be given more than once.
        ///   - defaultValue: The value used when it is not given, shown in help.
        ///   - choices: The only values accepted, or `nil` for any.
        init(
            _ name: String, short: Character? = nil, valueName: String, help: String, repeats: Bool = false,
            defaultValue: String? = nil, choices: [String]? = nil
        ) {
            self.name = CommandSpec.bareName(name)
            self.short = short
            self.valueName = valueName
            self.help = help
            self.repeats = repeats
            self.defaultValue = defaultValue
            self.choices = choices
        }

        /// The long form as typed, such as `--period`.
        var longForm: String { "--" + name }
    }

    /// An on/off switch: `--force` or `-f`.
    struct Flag: Hashable, Sendable {
        /// The long name without dashes, such as `force` for `--force`.
        var name: String
        /// The one-letter short name, such as `f` for `-f`, if any.
        var short: Character?
        /// One or two sentences saying what the flag does.
        var help: String

        /// Creates a flag.
        /// - Parameters:
        ///   - name: The long name, with or without its leading dashes.
        ///   - short: The one-letter short name, if any.
        ///   - help: What the flag does.
        init(_ name: String, short: Character? = nil, help: String) {
            self.name = CommandSpec.bareName(name)
            self.short = short
            self.help = help
        }

        /// The long form as typed, such as `--force`.
        var longForm: String { "--" + name }
    }

    /// A positional argument, matched to the non-option tokens after the command name in order.
    struct Positional: Hashable, Sendable {
        /// The name shown in help as `<name>` and used to read the value back.
        var name: String
        /// One or two sentences saying what the argument is.
        var help: String
        /// Whether the command fails when the argument is missing.
        var isRequired: Bool
        /// Whether the argument takes every remaining token; only the last positional may.
        var isVariadic: Bool

        /// Creates a positional argument.
        /// - Parameters:
        ///   - name: The name shown in help.
        ///   - help: What the argument is.
        ///   - isRequired: Whether it must be given (a required variadic needs at least one value).
        ///   - isVariadic: Whether it takes every remaining token.
        init(_ name: String, help: String, isRequired: Bool = true, isVariadic: Bool = false) {
            self.name = name
            self.help = help
            self.isRequired = isRequired
            self.isVariadic = isVariadic
        }
    }
}

extension CommandSpec.Option {
    /// `--format text|json` (default `text`): the output of a command that prints for people or for
    /// programs (`validate`, `log`, `status`).
    static let textOrJSON = Self(
        "format", valueName: "format", help: "The output format.", defaultValue: "text",
        choices: ["text", "json"])
}
