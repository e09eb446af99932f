import Foundation

/// How serious a validation finding is.
public enum Severity: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// Blocks the change set: nothing is written.
    case error
    /// Reported, never blocks.
    case warning
    /// For information.
    case notice

    /// Orders errors first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The stable identifier of a validation rule, such as `"core.consent"`.
public struct RuleID: StringCode, ExpressibleByStringLiteral {
    /// The identifier's text.
    public var rawValue: String
    /// Creates a rule identifier.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Creates a rule identifier from a literal.
    public init(stringLiteral value: String) { rawValue = value }
}

/// One finding of validation: which rule, how serious, about what, and what to do.
public struct ValidationIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The rule that found it.
    public var rule: RuleID
    /// How serious it is.
    public var severity: Severity
    /// The entity it is about, if any (dataset-wide rules may have none).
    public var entity: EntityReference?
    /// The field it is about, in the stored (snake_case) name, if any.
    public var field: String?
    /// What is wrong.
    public var message: LocalizedText
    /// What to do about it.
    public var fix: LocalizedText

    /// Creates an issue.
    public init(
        rule: RuleID, severity: Severity, entity: EntityReference?, field: String? = nil,
        message: LocalizedText,
        fix: LocalizedText
    ) {
        self.rule = rule
        self.severity = severity
        self.entity = entity
        self.field = field
        self.message = message
        self.fix = fix
    }

    /// `severity rule entity.field: message — fix` in English.
    public var description: String { text(in: .english) }

    /// The issue as one line in a language: the severity's word (``Severity/word(in:)``), the rule, the
    /// place (`podatki` for the whole dataset in Slovenian), the message and the fix.
    public func text(in language: Language) -> String {
        var place = entity?.description ?? (language == .slovenian ? "podatki" : "dataset")
        if let field { place += "." + field }
        return "\(severity.word(in: language)) [\(rule)] \(place): \(message[language]) — \(fix[language])"
    }
}

/// The error a workspace throws when a change set has validation errors; nothing was written.
public struct ChangeRejected: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// Every issue found, errors and warnings, in a stable order.
    public var issues: [ValidationIssue]
    /// Creates the error.
    public init(issues: [ValidationIssue]) { self.issues = issues }
    /// The errors alone.
    public var errors: [ValidationIssue] { issues.filter { $0.severity == .error } }
    /// The equivalent ``SocioLabError`` (code ``SocioLabError/Code/changeRejected``).
    public var socioLabError: SocioLabError {
        SocioLabError(
            .changeRejected,
            "the change set was rejected with \(errors.count) error(s); nothing was written. Fix them and try again"
        )
    }
    /// A summary line followed by one line an error.
    public var description: String {
        ([socioLabError.message] + errors.map(\.description)).joined(separator: "\n")
    }
    /// The same as ``description``.
    public var errorDescription: String? { description }
}
