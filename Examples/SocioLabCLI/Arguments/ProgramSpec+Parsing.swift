extension ProgramSpec {
    /// Parses the arguments after the tool's name against this program's commands.
    ///
    /// - The first token that is not an option picks the command; `help COMMAND` asks for its help.
    /// - Options: `--name value`, `--name=value`, `-n value`, `-n=value`; flags: `--name`, `-n`. A value that
    ///   starts with `-` must be written `--name=-value` (negative numbers such as `-5` are taken as values).
    /// - Global options and flags are accepted before or after the command name.
    /// - `--` ends the options: every later token is a positional argument. A lone `-` is a positional.
    /// - A repeating option collects its values in order; any other option may be given once.
    /// - `--help` or `-h` anywhere before `--` asks for help about the command chosen (or the tool), and
    ///   then other mistakes are not reported. No arguments at all also asks for the tool's help.
    ///
    /// - Parameter arguments: The arguments, without the tool's own name (`CommandLine.arguments.dropFirst()`).
    /// - Returns: The command and its values, or a help request (``ParsedArguments/isHelpRequest``).
    /// - Throws: ``UsageError`` naming the first token that is wrong.
    /// - Complexity: O(n × k) for n arguments and k options of the command.
    func parse<Arguments: Collection<String>>(_ arguments: Arguments) throws(UsageError) -> ParsedArguments {
        var state = ParseState(program: self, tokens: Array(arguments))
        return try state.run()
    }
}

/// The state of one parse: where it is in the tokens and what it has collected so far.
private struct ParseState {
    let program: ProgramSpec
    let tokens: [String]
    /// Whether `--help` or `-h` appears before `--`: then mistakes end the parse with help, not an error.
    let wantsHelp: Bool

    var index = 0
    var command: CommandSpec?
    var isHelpCommand = false
    var optionValues: [String: [String]] = [:]
    var flagsSet: Set<String> = []
    var positionals: [String] = []

    init(program: ProgramSpec, tokens: [String]) {
        self.program = program
        self.tokens = tokens
        let beforeTerminator = tokens.prefix { $0 != "--" }
        self.wantsHelp = beforeTerminator.contains { $0 == "--help" || $0 == "-h" }
    }

    /// The command's name for error messages, if one is chosen.
    var commandName: String? { isHelpCommand ? ProgramSpec.helpCommand : command?.name }

    /// The options known where the parse is now: the global ones, then the command's.
    var knownOptions: [CommandSpec.Option] { program.globalOptions + (command?.options ?? []) }

    /// The flags known where the parse is now: the global ones, then the command's.
    var knownFlags: [CommandSpec.Flag] { program.globalFlags + (command?.flags ?? []) }

    mutating func run() throws(UsageError) -> ParsedArguments {
        if tokens.isEmpty { return ParsedArguments(command: nil, isHelpRequest: true) }
        var optionsEnded = false
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if optionsEnded || token == "-" || !token.hasPrefix("-") || Self.isNegativeNumber(token) {
                try take(word: token)
            } else if token == "--" {
                optionsEnded = true
            } else if token == "--help" || token == "-h" {
                continue
            } else {
                do throws(UsageError) {
                    try take(option: token)
                } catch {
                    if wantsHelp { return helpResult() }
                    throw error
                }
            }
        }
        if wantsHelp { return helpResult() }
        if isHelpCommand { return try helpCommandResult() }
        guard let command else {
            // A global flag alone (`sociolab --version`) is for the tool to act on.
            if !flagsSet.isEmpty {
                return ParsedArguments(command: nil, optionValues: optionValues, flagsSet: flagsSet)
            }
            throw UsageError.missingCommand(program: program.name)
        }
        let named = try assignPositionals(of: command)
        var defaults: [String: String] = [:]
        for option in knownOptions {
            if let value = option.defaultValue { defaults[option.name] = value }
        }
        return ParsedArguments(
            command: command.name, optionValues: optionValues, defaults: defaults, flagsSet: flagsSet,
            positionals: positionals, namedPositionals: named)
    }

    /// Takes a token that is not an option: the command name if none is chosen yet, else a positional.
    private mutating func take(word: String) throws(UsageError) {
        guard command == nil && !isHelpCommand else {
            positionals.append(word)
            return
        }
        if word == ProgramSpec.helpCommand && program.command(named: word) == nil {
            isHelpCommand = true
        } else if let chosen = program.command(named: word) {
            command = chosen
        } else {
            let names = program.commands.map(\.name) + [ProgramSpec.helpCommand]
            throw UsageError.unknownCommand(
                word, suggestion: NameSuggester.suggestion(for: word, among: names), program: program.name)
        }
    }

    /// Takes an option or flag token (`--name`, `--name=value`, `-n`, `-n=value`) and its value.
    private mutating func take(option token: String) throws(UsageError) {
        let (written, inlineValue) = Self.split(token)
        let isLong = written.hasPrefix("--")
        let bare = CommandSpec.bareName(written)
        let option: CommandSpec.Option?
        let flag: CommandSpec.Flag?
        if isLong {
            option = knownOptions.first { $0.name == bare }
            flag = knownFlags.first { $0.name == bare }
        } else {
            let letter = bare.count == 1 ? bare.first : nil
            option = knownOptions.first { $0.short != nil && $0.short == letter }
            flag = knownFlags.first { $0.short != nil && $0.short == letter }
        }
        if let flag {
            if inlineValue != nil { throw UsageError.flagWithValue(written, command: commandName) }
            flagsSet.insert(flag.name)
            return
        }
        guard let option else { throw unknown(written, isLong: isLong) }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else if index < tokens.count, Self.canBeValue(tokens[index]) {
            value = tokens[index]
            index += 1
        } else {
            throw UsageError.missingValue(written, valueName: option.valueName, command: commandName)
        }
        if let choices = option.choices, !choices.contains(value) {
            throw UsageError.invalidChoice(
                value, option: option.longForm, choices: choices,
                suggestion: NameSuggester.suggestion(for: value, among: choices), command: commandName)
        }
        if !option.repeats && optionValues[option.name] != nil {
            throw UsageError.repeatedOption(option.longForm, command: commandName)
        }
        optionValues[option.name, default: []].append(value)
    }

    /// The error for an option nobody here knows, with the closest known name when there is one.
    private func unknown(_ written: String, isLong: Bool) -> UsageError {
        if isLong && command == nil && !isHelpCommand {
            let bare = CommandSpec.bareName(written)
            if let owner = program.commands.first(where: {
                $0.option(named: bare) != nil || $0.flag(named: bare) != nil
            }) {
                return UsageError.optionBeforeCommand(written, belongsTo: "\(program.name) \(owner.name)")
            }
        }
        // A one-letter name is too short to guess at; a long one is compared with every long name here.
        let names = knownOptions.map(\.longForm) + knownFlags.map(\.longForm) + ["--help"]
        let suggestion = isLong ? NameSuggester.suggestion(for: written, among: names) : nil
        return UsageError.unknownOption(
            written, command: commandName, suggestion: suggestion, program: program.name)
    }

    /// Matches the positional tokens to the command's declared positionals.
    private func assignPositionals(of command: CommandSpec) throws(UsageError) -> [String: [String]] {
        var named: [String: [String]] = [:]
        var next = 0
        for positional in command.positionals {
            if positional.isVariadic {
                let rest = Array(positionals[next...])
                if rest.isEmpty && positional.isRequired {
                    throw UsageError.missingArgument(
                        positional.name, command: command.name, program: program.name)
                }
                if !rest.isEmpty { named[positional.name] = rest }
                next = positionals.count
            } else if next < positionals.count {
                named[positional.name] = [positionals[next]]
                next += 1
            } else if positional.isRequired {
                throw UsageError.missingArgument(
                    positional.name, command: command.name, program: program.name)
            }
        }
        if next < positionals.count {
            throw UsageError.unexpectedArgument(
                positionals[next], command: command.name, program: program.name)
        }
        return named
    }

    /// The result of `help`, `help COMMAND`, `help COMMAND ACTION`: help about the tool, the named
    /// command, or one of the command's actions that has a page of its own (`help store verify`).
    private func helpCommandResult() throws(UsageError) -> ParsedArguments {
        guard let topic = positionals.first else { return ParsedArguments(command: nil, isHelpRequest: true) }
        guard let chosen = program.command(named: topic) else {
            let names = program.commands.map(\.name)
            throw UsageError.unknownCommand(
                topic, suggestion: NameSuggester.suggestion(for: topic, among: names), program: program.name)
        }
        let hasActionPage = positionals.count == 2 && chosen.action(named: positionals[1]) != nil
        if positionals.count > 1 && !hasActionPage {
            throw UsageError.unexpectedArgument(
                positionals[1], command: ProgramSpec.helpCommand, program: program.name)
        }
        return ParsedArguments(
            command: topic, isHelpRequest: true, positionals: Array(positionals.dropFirst()))
    }

    /// A help request for the command chosen so far (or the tool, or the `help` topic).
    private func helpResult() -> ParsedArguments {
        if isHelpCommand, let topic = positionals.first, program.command(named: topic) != nil {
            return ParsedArguments(command: topic, isHelpRequest: true)
        }
        // The positionals go with it, so `store verify --help` can show the action's own help.
        return ParsedArguments(
            command: command?.name, isHelpRequest: true, positionals: command == nil ? [] : positionals)
    }

    /// `--name=value` as (`--name`, `value`); a token without `=` as (token, nil).
    private static func split(_ token: String) -> (String, String?) {
        guard let equals = token.firstIndex(of: "=") else { return (token, nil) }
        return (String(token[..<equals]), String(token[token.index(after: equals)...]))
    }

    /// Whether the token may be taken as an option's value: anything but another option or `--`.
    private static func canBeValue(_ token: String) -> Bool {
        token == "-" || !token.hasPrefix("-") || isNegativeNumber(token)
    }

    /// Whether the token is a negative number such as `-5` or `-0.5`, which is a value, not an option.
    private static func isNegativeNumber(_ token: String) -> Bool {
        token.count > 1 && token.hasPrefix("-") && Double(token.dropFirst()) != nil
    }
}
