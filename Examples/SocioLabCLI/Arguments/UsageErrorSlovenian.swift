import Foundation

/// The Slovenian of the usage errors that commands write in English alone, matched by their English text,
/// and of the phrases naming what an option expects.
enum UsageErrorSlovenian {
    /// What an option expects (``UsageError/invalidValue(_:option:expected:command:)``), by its English.
    static let expected: [String: String] = [
        "an integer": "celo število",
        "a non-negative integer": "nenegativno celo število",
        "demo or large:N": "demo ali large:N",
        "sl or en": "sl ali en",
        "a date like 2020-12-31": "datum, kot je 2020-12-31",
        "a period like 2019, 2019-Q3, 2019-07 or a..b": "obdobje, kot je 2019, 2019-Q3, 2019-07 ali a..b",
    ]

    /// Each English message a command throws, as a pattern over the whole message, and its Slovenian with
    /// `$1`, `$2` for the parts the pattern captures.
    static let messages: [(pattern: String, slovenian: String)] = [
        (
            "'store' does not accept '(.*)'; use one of verify\\|compact",
            "'store' ne sprejme '$1'; uporabite verify ali compact"
        ),
        (
            "give either CSV files or one JSON document to 'import', not both or several documents",
            "ukazu 'import' podajte bodisi datoteke CSV bodisi en dokument JSON, ne obojega ali več dokumentov"
        ),
        (
            "option '--reason' is required; write '--reason <text>' saying why",
            "možnost '--reason' je obvezna; napišite '--reason <besedilo>' z razlogom"
        ),
        ("argument <id> must name a person; got '(.*)'", "argument <id> mora navesti osebo; podano je '$1'"),
        (
            "'templates' writes (\\w+) files into a directory; give it with '--out <directory>'",
            "'templates' zapiše datoteke v mapo; podajte jo z '--out <mapa>'"
        ),
        ("flag '--excel' applies to '--format csv' only", "zastavica '--excel' velja le za '--format csv'"),
        (
            "'--format csv' writes (\\w+) files into a directory, so it cannot go to standard output; give the "
                + "directory with '--out <path>', or use '--format json' for standard output",
            "'--format csv' zapiše datoteke v mapo, zato ne more na standardni izhod; podajte mapo z "
                + "'--out <pot>' ali za standardni izhod uporabite '--format json'"
        ),
        (
            "option '--suppress-below' expects an integer of at least (\\d+); got '(.*)'",
            "možnost '--suppress-below' pričakuje celo število, vsaj $1; podano je '$2'"
        ),
        (
            "option '--partner' does not accept '(.*)'; use one of (.*)",
            "možnost '--partner' ne sprejme '$1'; uporabite eno od: $2"
        ),
    ]

    /// The Slovenian of `message`, or `nil` when no pattern matches it whole.
    static func translation(of message: String) -> String? {
        let whole = NSRange(message.startIndex..., in: message)
        for (pattern, slovenian) in messages {
            guard let expression = try? NSRegularExpression(pattern: "^" + pattern + "$"),
                let match = expression.firstMatch(in: message, range: whole)
            else { continue }
            return expression.replacementString(
                for: match, in: message, offset: 0,
                template: NSRegularExpression.escapedTemplate(for: "")
                    + slovenian)
        }
        return nil
    }
}
