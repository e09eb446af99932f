import SocioLabKit

extension UsageError {
    /// An option or flag that the command (or the tool, before a command) does not know.
    static func unknownOption(_ name: String, command: String?, suggestion: String?, program: String) -> Self
    {
        var en = "unknown option '\(name)'"
        var sl = "neznana možnost '\(name)'"
        if let command {
            en += " for '\(command)'"
            sl += " za ukaz '\(command)'"
        }
        if let suggestion {
            en += "; did you mean '\(suggestion)'?"
            sl += "; ste mislili '\(suggestion)'?"
        } else {
            en += "; run '\(helpHint(program, command))' to see the options"
            sl += "; možnosti izpiše '\(helpHint(program, command))'"
        }
        return Self(.usageUnknownOption, LocalizedText(sl: sl, en: en), command: command)
    }

    /// A command's own option written before the command name.
    static func optionBeforeCommand(_ name: String, belongsTo owner: String) -> Self {
        Self(
            .usageUnknownOption,
            LocalizedText(
                sl: "možnost '\(name)' spada k ukazu; napišite jo za imenom ukaza, kot v '\(owner) \(name)'",
                en: "option '\(name)' belongs to a command; write it after the command name, as in "
                    + "'\(owner) \(name)'"))
    }

    /// An option given without the value it needs.
    static func missingValue(_ name: String, valueName: String, command: String?) -> Self {
        Self(
            .usageMissingValue,
            LocalizedText(
                sl: "možnost '\(name)' potrebuje vrednost; napišite '\(name) <\(valueName)>' ali "
                    + "'\(name)=<\(valueName)>'",
                en:
                    "option '\(name)' needs a value; write '\(name) <\(valueName)>' or '\(name)=<\(valueName)>'"
            ),
            command: command)
    }

    /// A flag written with a value (`--force=yes`).
    static func flagWithValue(_ name: String, command: String?) -> Self {
        Self(
            .usageUnexpectedValue,
            LocalizedText(
                sl: "zastavica '\(name)' ne sprejme vrednosti; napišite samo '\(name)'",
                en: "flag '\(name)' takes no value; write '\(name)' alone"),
            command: command)
    }

    /// A non-repeating option given twice.
    static func repeatedOption(_ name: String, command: String?) -> Self {
        Self(
            .usageRepeatedOption,
            LocalizedText(
                sl: "možnost '\(name)' je podana večkrat; podajte jo enkrat",
                en: "option '\(name)' was given more than once; give it once"),
            command: command)
    }

    /// A value outside the option's allowed choices.
    static func invalidChoice(
        _ value: String, option: String, choices: [String], suggestion: String?, command: String?
    ) -> Self {
        let list = choices.joined(separator: "|")
        var en = "option '\(option)' does not accept '\(value)'; use one of \(list)"
        var sl = "možnost '\(option)' ne sprejme '\(value)'; uporabite eno od \(list)"
        if let suggestion {
            en += " (did you mean '\(suggestion)'?)"
            sl += " (ste mislili '\(suggestion)'?)"
        }
        return Self(.usageInvalidChoice, LocalizedText(sl: sl, en: en), command: command)
    }

    /// A value that did not convert to the type the option expects.
    static func invalidValue(_ value: String, option: String, expected: String, command: String?) -> Self {
        Self(
            .usageInvalidValue,
            LocalizedText(
                sl: "možnost '\(option)' pričakuje \(UsageErrorSlovenian.expected[expected] ?? expected); "
                    + "podano je '\(value)'",
                en: "option '\(option)' expects \(expected); got '\(value)'"),
            command: command)
    }

    /// A required positional argument that was not given.
    static func missingArgument(_ name: String, command: String, program: String) -> Self {
        Self(
            .usageMissingArgument,
            LocalizedText(
                sl: "manjka argument <\(name)> za ukaz '\(command)'; uporabo izpiše "
                    + "'\(helpHint(program, command))'",
                en: "missing argument <\(name)> for '\(command)'; run '\(helpHint(program, command))' to see "
                    + "its usage"),
            command: command)
    }

    /// A positional argument beyond those the command takes.
    static func unexpectedArgument(_ value: String, command: String?, program: String) -> Self {
        var en = "unexpected argument '\(value)'"
        var sl = "nepričakovan argument '\(value)'"
        if let command {
            en += " for '\(command)'"
            sl += " za ukaz '\(command)'"
        }
        en += "; run '\(helpHint(program, command))' to see the usage"
        sl += "; uporabo izpiše '\(helpHint(program, command))'"
        return Self(.usageUnexpectedArgument, LocalizedText(sl: sl, en: en), command: command)
    }

    /// A command name the tool does not know.
    static func unknownCommand(_ name: String, suggestion: String?, program: String) -> Self {
        var en = "unknown command '\(name)'"
        var sl = "neznan ukaz '\(name)'"
        if let suggestion {
            en += "; did you mean '\(suggestion)'?"
            sl += "; ste mislili '\(suggestion)'?"
        } else {
            en += "; run '\(program) help' to list the commands"
            sl += "; ukaze izpiše '\(program) help'"
        }
        return Self(.usageUnknownCommand, LocalizedText(sl: sl, en: en))
    }

    /// Options given, but no command.
    static func missingCommand(program: String) -> Self {
        Self(
            .usageMissingCommand,
            LocalizedText(
                sl: "manjka ukaz; ukaze izpiše '\(program) help'",
                en: "missing command; run '\(program) help' to list the commands"))
    }

    /// The command that shows help for `command`, such as `sociolab report --help`.
    private static func helpHint(_ program: String, _ command: String?) -> String {
        command.map { "\(program) \($0) --help" } ?? "\(program) --help"
    }
}
