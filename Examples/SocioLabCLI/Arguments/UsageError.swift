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
    /// A sentence naming the wrong token and what to type instead, in English.
    var message: String
    /// The same sentence in Slovenian, when it was written in both languages.
    var slovenianMessage: String?
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

    /// Creates a usage error whose message is written in Slovenian and English.
    /// - Parameters:
    ///   - code: The stable code, one of the `usage…` codes.
    ///   - text: What was wrong and what to type instead, in both languages.
    ///   - command: The command being parsed, if one had been chosen.
    init(_ code: Code, _ text: LocalizedText, command: String? = nil) {
        self.init(code, text.en, command: command)
        slovenianMessage = text.sl
    }

    /// The message in `language`. A message written in English alone (by a command) is given its Slovenian
    /// by ``UsageErrorSlovenian``, and stays English when no translation fits it.
    func message(in language: Language) -> String {
        guard language == .slovenian else { return message }
        return slovenianMessage ?? UsageErrorSlovenian.translation(of: message) ?? message
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
    /// A command that works on a JSON file store's files, given a store of another backend.
    static let usageFileStoreOnly = Self(rawValue: "usage.file-store-only")
}
