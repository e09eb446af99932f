import Foundation

/// The fixed words of a help page: its headings, the notes after an option's help, and the line that
/// points to a command's help. ``english`` is the default; ``slovenian`` is the same in Slovenian.
struct HelpWords: Hashable, Sendable {
    /// The heading of the abstract, `OVERVIEW`.
    var overview: String
    /// The heading of the usage line, `USAGE`.
    var usage: String
    /// The heading of the positional arguments, `ARGUMENTS`.
    var argumentsHeading: String
    /// The heading of a command's own options (and of the tool's options), `OPTIONS`.
    var options: String
    /// The heading of the options every command shares, `GLOBAL OPTIONS`.
    var globalOptions: String
    /// The heading of the list of commands, `COMMANDS`.
    var commands: String
    /// The placeholder for a command in the tool's usage line, `command`.
    var command: String
    /// The placeholder for a command's arguments in the tool's usage line, `arguments`.
    var arguments: String
    /// The help of `--help`.
    var showHelp: String
    /// The note before an option's allowed values, `values`.
    var values: String
    /// The note before an option's default, `default`.
    var defaultValue: String
    /// The note for an option that may be given more than once, `repeatable`.
    var repeatable: String
    /// The last line of the tool's help, with `{tool}` where the tool's name goes.
    var seeCommandHelpTemplate: String

    /// The last line of the tool's help for the tool called `tool`.
    func seeCommandHelp(_ tool: String) -> String {
        seeCommandHelpTemplate.replacingOccurrences(of: "{tool}", with: tool)
    }

    /// The English words.
    static let english = HelpWords(
        overview: "OVERVIEW", usage: "USAGE", argumentsHeading: "ARGUMENTS", options: "OPTIONS",
        globalOptions: "GLOBAL OPTIONS", commands: "COMMANDS", command: "command", arguments: "arguments",
        showHelp: "Show help information.", values: "values", defaultValue: "default",
        repeatable: "repeatable",
        seeCommandHelpTemplate:
            "See '{tool} help <command>' or '{tool} <command> --help' for a command's help.")

    /// The Slovenian words.
    static let slovenian = HelpWords(
        overview: "PREGLED", usage: "UPORABA", argumentsHeading: "ARGUMENTI", options: "MOŽNOSTI",
        globalOptions: "SKUPNE MOŽNOSTI", commands: "UKAZI", command: "ukaz", arguments: "argumenti",
        showHelp: "Prikaže pomoč.", values: "vrednosti", defaultValue: "privzeto",
        repeatable: "lahko večkrat",
        seeCommandHelpTemplate: "Pomoč za posamezen ukaz: '{tool} help <ukaz>' ali '{tool} <ukaz> --help'.")
}
