import SocioLabKit

/// Which language the tool speaks in a run: one rule for every command.
///
/// `--lang sl|en` (or `-l`) when given, else `$SOCIOLAB_LANG`, else the locale: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides, and one starting with `sl`
/// (`sl_SI.UTF-8`, `sl`) is Slovenian; anything else, or nothing, is English.
enum LanguageChoice {
    /// The language for a run.
    /// - Parameters:
    ///   - given: The value of `--lang`, if the command line has one (already checked to be `sl` or `en`).
    ///   - variables: The environment variables.
    /// - Returns: The language every line of the run is printed in.
    static func resolve(given: String?, variables: [String: String]) -> Language {
        if let given, let language = Language(rawValue: given.lowercased()) { return language }
        if let variable = variables["SOCIOLAB_LANG"], let language = parse(variable) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = variables[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("sl") ? .slovenian : .english
        }
        return .english
    }

    /// `sl`, `en`, or a locale name such as `sl_SI.UTF-8`; `nil` for an empty or other value.
    private static func parse(_ value: String) -> Language? {
        let lower = value.lowercased()
        if lower.hasPrefix("sl") { return .slovenian }
        if lower.hasPrefix("en") { return .english }
        return nil
    }

    /// The value of `--lang` or `-l` (also `--lang=sl`, `-l=sl`) in raw arguments, for the few lines printed before they are parsed
    /// (a usage error).
    static func given(in arguments: [String]) -> String? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "--lang" || argument == "-l", index + 1 < arguments.count {
                return arguments[index + 1]
            }
            for prefix in ["--lang=", "-l="] where argument.hasPrefix(prefix) {
                return String(argument.dropFirst(prefix.count))
            }
            index += 1
        }
        return nil
    }

    /// The `--lang` option every command accepts (a global option of the tool).
    static let option = CommandSpec.Option(
        "lang", short: "l", valueName: "language",
        help: "The language of every message: sl or en (default: $SOCIOLAB_LANG, else the locale, such as "
            + "LANG=sl_SI.UTF-8, else en).",
        choices: ["sl", "en"])
}
