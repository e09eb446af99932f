import Foundation
import SocioLabKit

/// A mistake on the command line: an unknown option or command, a missing or malformed value, a missing or
/// extra argument.
///
/// The message names the token that was wrong and, where a known name is close, suggests it, so it can be
/// printed as it is. Every usage error makes the tool exit with ``exitCode`` (2), the usual code for a command
/// line that could not be understood.
///
/// ```swift
/// catch let error as UsageError {
///     print("sociolab: \(error.message)", to: &standardError)
///     exit(error.exitCode)
/// }
/// ```
struct UsageError: Error, Hashable, Sendable, Codable, CustomStringConvertible, LocalizedError {
    /// The stable codes are shared with the rest of SocioLabKit; the usage codes all start with `usage.`.
    typealias Code = SocioLabError.Code

    /// The process exit code for every usage error.
    static let exitCode: Int32 = 2

    /// What kind of mistake this is.
    var code: Code
    /// A sentence naming the wrong token and what to type instead.
    var message: String
    /// The command being parsed when the mistake was found, or `nil` when it came before any command.
    var command: String?

    /// Creates a usage error.
    /// - Parameters:
    ///   - code: The stable code, one of the `usage…` codes.
    ///   - message: What was wrong and what to type instead.
    ///   - command: The command being parsed, if one had been chosen.
    init(_ code: Code, _ message: String, command: String? = nil) {
        self.code = code
        self.message = message
        self.command = command
    }

    /// The process exit code for this error: always ``UsageError/exitCode`` (2).
    var exitCode: Int32 { Self.exitCode }

    /// The message followed by the code, as `message [usage.unknown-option]`.
    var description: String { message + " [\(code.rawValue)]" }

    /// The message, for `LocalizedError`.
    var errorDescription: String? { message }

    /// The same failure as a ``SocioLabError``, for code that reports every error one way.
    var socioLabError: SocioLabError {
        SocioLabError(code, message, at: SocioLabError.Location(field: command))
    }
}

extension UsageError {
    /// An option or flag that the command (or the tool, before a command) does not know.
    static func unknownOption(_ name: String, command: String?, suggestion: String?, program: String) -> Self
    {
        var text = "unknown option '\(name)'"
        if let command { text += " for '\(command)'" }
        if let suggestion {
            text += "; did you mean '\(suggestion)'?"
        } else {
            text += "; run '\(helpHint(program, command))' to see the options"
        }
        return Self(.usageUnknownOption, text, command: command)
    }

    /// A command's own option written before the command name.
    static func optionBeforeCommand(_ name: String, belongsTo owner: String) -> Self {
        Self(
            .usageUnknownOption,
            "option '\(name)' belongs to a command; write it after the command name, as in '\(owner) \(name)'"
        )
    }

    /// An option given without the value it needs.
    static func missingValue(_ name: String, valueName: String, command: String?) -> Self {
        Self(
            .usageMissingValue,
            "option '\(name)' needs a value; write '\(name) <\(valueName)>' or '\(name)=<\(valueName)>'",
            command: command)
    }

    /// A flag written with a value (`--force=yes`).
    static func flagWithValue(_ name: String, command: String?) -> Self {
        Self(.usageUnexpectedValue, "flag '\(name)' takes no value; write '\(name)' alone", command: command)
    }

    /// A non-repeating option given twice.
    static func repeatedOption(_ name: String, command: String?) -> Self {
        Self(
            .usageRepeatedOption, "option '\(name)' was given more than once; give it once", command: command)
    }

    /// A value outside the option's allowed choices.
    static func invalidChoice(
        _ value: String, option: String, choices: [String], suggestion: String?, command: String?
    ) -> Self {
        var text =
            "option '\(option)' does not accept '\(value)'; use one of \(choices.joined(separator: "|"))"
        if let suggestion { text += " (did you mean '\(suggestion)'?)" }
        return Self(.usageInvalidChoice, text, command: command)
    }

    /// A value that did not convert to the type the option expects.
    static func invalidValue(_ value: String, option: String, expected: String, command: String?) -> Self {
        Self(.usageInvalidValue, "option '\(option)' expects \(expected); got '\(value)'", command: command)
    }

    /// A required positional argument that was not given.
    static func missingArgument(_ name: String, command: String, program: String) -> Self {
        Self(
            .usageMissingArgument,
            "missing argument <\(name)> for '\(command)'; run '\(helpHint(program, command))' to see its usage",
            command: command)
    }

    /// A positional argument beyond those the command takes.
    static func unexpectedArgument(_ value: String, command: String?, program: String) -> Self {
        var text = "unexpected argument '\(value)'"
        if let command { text += " for '\(command)'" }
        text += "; run '\(helpHint(program, command))' to see the usage"
        return Self(.usageUnexpectedArgument, text, command: command)
    }

    /// A command name the tool does not know.
    static func unknownCommand(_ name: String, suggestion: String?, program: String) -> Self {
        var text = "unknown command '\(name)'"
        if let suggestion {
            text += "; did you mean '\(suggestion)'?"
        } else {
            text += "; run '\(program) help' to list the commands"
        }
        return Self(.usageUnknownCommand, text)
    }

    /// Options given, but no command.
    static func missingCommand(program: String) -> Self {
        Self(.usageMissingCommand, "missing command; run '\(program) help' to list the commands")
    }

    /// The command that shows help for `command`, such as `sociolab report --help`.
    private static func helpHint(_ program: String, _ command: String?) -> String {
        command.map { "\(program) \($0) --help" } ?? "\(program) --help"
    }
}

extension SocioLabError.Code {
    /// An option or flag the command does not know.
    static let usageUnknownOption = Self(rawValue: "usage.unknown-option")
    /// An option was given without its value.
    static let usageMissingValue = Self(rawValue: "usage.missing-value")
    /// A flag was given a value.
    static let usageUnexpectedValue = Self(rawValue: "usage.unexpected-value")
    /// An option that may be given once was given more than once.
    static let usageRepeatedOption = Self(rawValue: "usage.repeated-option")
    /// An option's value is not among its allowed choices.
    static let usageInvalidChoice = Self(rawValue: "usage.invalid-choice")
    /// An option's value did not convert to the expected type.
    static let usageInvalidValue = Self(rawValue: "usage.invalid-value")
    /// A required positional argument is missing.
    static let usageMissingArgument = Self(rawValue: "usage.missing-argument")
    /// More positional arguments than the command takes.
    static let usageUnexpectedArgument = Self(rawValue: "usage.unexpected-argument")
    /// The command name is not known.
    static let usageUnknownCommand = Self(rawValue: "usage.unknown-command")
    /// No command was given.
    static let usageMissingCommand = Self(rawValue: "usage.missing-command")
}
