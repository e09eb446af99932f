/// A command line after parsing: which command to run (or whose help to show) and what was given to it.
///
/// Options and flags are looked up by their long name, with or without the dashes (`"--period"` or
/// `"period"`); global options are read the same way as the command's own.
///
/// ```swift
/// let parsed = try program.parse(Array(CommandLine.arguments.dropFirst()))
/// if parsed.isHelpRequest { print(HelpFormatter(program: program).help(for: parsed)); return }
/// let period = parsed.value("--period")             // String?
/// let seed = try parsed.value("--seed", as: "an integer") { Int($0) }   // Int?
/// ```
struct ParsedArguments: Hashable, Sendable, Codable {
    /// The command chosen, or `nil` for help about the tool itself.
    var command: String?
    /// Whether help was asked for (`--help`, `-h`, `help COMMAND`, or no arguments at all) instead of a run.
    ///
    /// When `true`, ``command`` names the command whose help to show (`nil` for the tool's help), and the
    /// other values may be incomplete.
    var isHelpRequest: Bool
    /// The values given for each option, keyed by bare long name, in the order given.
    var optionValues: [String: [String]]
    /// Defaults of the options that were not given, keyed by bare long name.
    var defaults: [String: String]
    /// The flags that were given, by bare long name.
    var flagsSet: Set<String>
    /// The positional arguments after the command name, in order.
    var positionals: [String]
    /// The positional arguments by their declared name; a variadic one holds every value it took.
    var namedPositionals: [String: [String]]

    /// Creates a parse result; ``ProgramSpec/parse(_:)`` is the usual way to get one.
    init(
        command: String?, isHelpRequest: Bool = false, optionValues: [String: [String]] = [:],
        defaults: [String: String] = [:], flagsSet: Set<String> = [], positionals: [String] = [],
        namedPositionals: [String: [String]] = [:]
    ) {
        self.command = command
        self.isHelpRequest = isHelpRequest
        self.optionValues = optionValues
        self.defaults = defaults
        self.flagsSet = flagsSet
        self.positionals = positionals
        self.namedPositionals = namedPositionals
    }

    /// The option's value: the last one given, else its default, else `nil`.
    /// - Parameter name: The long name, such as `"--period"`.
    func value(_ name: String) -> String? {
        let key = CommandSpec.bareName(name)
        return optionValues[key]?.last ?? defaults[key]
    }

    /// Every value given for a repeating option, in order; the default alone when none was given.
    /// - Parameter name: The long name, such as `"--by"`.
    func values(_ name: String) -> [String] {
        let key = CommandSpec.bareName(name)
        if let given = optionValues[key], !given.isEmpty { return given }
        return defaults[key].map { [$0] } ?? []
    }

    /// Whether the option was written on the command line (as opposed to taking its default).
    /// - Parameter name: The long name, such as `"--period"`.
    func isGiven(_ name: String) -> Bool {
        optionValues[CommandSpec.bareName(name)] != nil
    }

    /// Whether the flag was given.
    /// - Parameter name: The long name, such as `"--force"`.
    func flag(_ name: String) -> Bool {
        flagsSet.contains(CommandSpec.bareName(name))
    }

    /// The value of the positional argument declared as `name`, or `nil` when it was not given.
    func positional(_ name: String) -> String? {
        namedPositionals[name]?.first
    }

    /// Every value a variadic positional argument took, in order.
    func positionalValues(_ name: String) -> [String] {
        namedPositionals[name] ?? []
    }

    /// The option's value converted by `convert`, or `nil` when the option has neither a value nor a default.
    ///
    /// - Parameters:
    ///   - name: The long name, such as `"--seed"`.
    ///   - expected: What a good value is, for the error: `"an integer"`, `"a date like 2019-10-03"`.
    ///   - convert: Turns the text into a value; returning `nil` or throwing means the text is not valid.
    /// - Returns: The converted value, or `nil` when there is nothing to convert.
    /// - Throws: ``UsageError`` naming the option and the bad value when `convert` fails, as in
    ///   "option '--seed' expects an integer; got 'abc'".
    func value<Value>(
        _ name: String, as expected: String, _ convert: (String) throws -> Value?
    ) throws(UsageError) -> Value? {
        guard let text = value(name) else { return nil }
        return try converted(text, name: name, expected: expected, convert)
    }

    /// Every value of a repeating option, each converted by `convert`.
    ///
    /// - Parameters:
    ///   - name: The long name, such as `"--partner"`.
    ///   - expected: What a good value is, for the error.
    ///   - convert: Turns the text into a value; returning `nil` or throwing means the text is not valid.
    /// - Returns: The converted values in the order given.
    /// - Throws: ``UsageError`` naming the option and the first bad value.
    func values<Value>(
        _ name: String, as expected: String, _ convert: (String) throws -> Value?
    ) throws(UsageError) -> [Value] {
        var result: [Value] = []
        for text in values(name) {
            result.append(try converted(text, name: name, expected: expected, convert))
        }
        return result
    }

    /// The option's value as an integer, or `nil` when it has neither a value nor a default.
    /// - Throws: ``UsageError`` "option '--seed' expects an integer; got 'abc'".
    func integer(_ name: String) throws(UsageError) -> Int? {
        try value(name, as: "an integer") { Int($0) }
    }

    private func converted<Value>(
        _ text: String, name: String, expected: String, _ convert: (String) throws -> Value?
    ) throws(UsageError) -> Value {
        let result: Value?
        do {
            result = try convert(text)
        } catch {
            result = nil
        }
        guard let result else {
            throw UsageError.invalidValue(
                text, option: "--" + CommandSpec.bareName(name), expected: expected, command: command)
        }
        return result
    }
}
