import Foundation
import Testing

/// Issue 14: with `--lang sl` everything the CLI prints is Slovenian: every command's help (summary,
/// discussion, options, headings), usage errors, validate's severities and store errors. Issue 20: help
/// that is true (`-l` everywhere, demo's own store default, `store verify` and `store compact` pages).
struct SlovenianHelpTests {
    /// The commands the tool lists in its help, read from `sociolab --help`.
    static func commands() throws -> [String] {
        let help = try TemporaryDirectory().sociolab("--help").standardOutput
        let section = try #require(help.components(separatedBy: "COMMANDS:\n").last)
        let rows = section.components(separatedBy: "\n\n").first ?? ""
        return rows.split(separator: "\n").compactMap { row in
            guard row.hasPrefix("  "), !row.hasPrefix("   ") else { return nil }
            return row.split(separator: " ").first.map(String.init)
        }
    }

    /// The lines of an English help page that are prose: three or more words of letters that are not
    /// option names, placeholders or paths.
    static func sentences(of help: String) -> [String] {
        help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
            let words = line.split(separator: " ").filter { word in
                word.count > 1 && !word.hasPrefix("-") && !word.hasPrefix("<") && !word.hasPrefix("[")
                    && !word.contains("/") && word.allSatisfy { $0.isLetter || ",.;:()'".contains($0) }
            }
            return words.count >= 3
        }
    }

    /// Slovenian words as they must be written, and the same word with a letter of č, š, ž lost.
    static let diacritics: [(wrong: String, right: String)] = [
        ("moznost", "možnost"), ("pomoc", "pomoč"), ("porocil", "poročil"), ("sifr", "šifr"),
        ("obcin", "občin"), ("stevil", "števil"), ("izbrise", "izbriše"), ("zapise ", "zapiše "),
        ("ze obstaja", "že obstaja"), ("ce je", "če je"), ("ucinek", "učinek"), ("sklop sprememb", ""),
    ]

    @Test("Every command's help under --lang sl holds no English sentence of its English help")
    func everyCommandTranslated() throws {
        let directory = try TemporaryDirectory()
        let commands = try Self.commands()
        #expect(commands.count >= 11, "\(commands)")
        for command in [nil] + commands.map(Optional.some) {
            let arguments = (command.map { [$0] } ?? []) + ["--help"]
            let english = try directory.sociolab(arguments: arguments).standardOutput
            let slovenian = try directory.sociolab(arguments: arguments + ["--lang", "sl"])
            #expect(slovenian.exitCode == 0, "\(slovenian)")
            let page = slovenian.standardOutput
            #expect(page.hasPrefix("PREGLED: "), "\(command ?? "sociolab"): \(page)")
            for heading in ["USAGE:", "OPTIONS:", "ARGUMENTS:", "COMMANDS:", "OVERVIEW:"] {
                #expect(!page.contains(heading), "\(command ?? "sociolab"): \(heading)")
            }
            let sentences = Self.sentences(of: english)
            #expect(sentences.count >= 3, "\(command ?? "sociolab"): \(sentences)")
            for sentence in sentences {
                #expect(!page.contains(sentence), "\(command ?? "sociolab") --help --lang sl: '\(sentence)'")
            }
            let lower = page.lowercased()
            for (wrong, right) in Self.diacritics where !right.isEmpty {
                #expect(!lower.contains(wrong), "\(command ?? "sociolab"): '\(wrong)' is written '\(right)'")
            }
            #expect(page.contains { "čšžČŠŽ".contains($0) }, "\(command ?? "sociolab")")
        }
    }

    @Test("-l works for --lang on every command", arguments: ["-l", "--lang"])
    func shortLanguageOption(_ spelling: String) throws {
        let directory = try TemporaryDirectory()
        for command in try Self.commands() {
            let help = try directory.sociolab(command, spelling, "sl", "--help")
            #expect(help.exitCode == 0, "\(command): \(help)")
            #expect(help.standardOutput.hasPrefix("PREGLED: "), "\(command) \(spelling) sl: \(help)")
            #expect(help.standardOutput.contains("-l, --lang <language>"), "\(command)")
        }
        let plugins = try directory.sociolab("plugins", spelling, "sl")
        #expect(plugins.standardOutput.contains("stolpci podrobnosti v activities.csv:"), "\(plugins)")
        let attached = try directory.sociolab("plugins", spelling == "-l" ? "-l=sl" : "--lang=sl")
        #expect(attached.standardOutput.contains("stolpci podrobnosti v activities.csv:"), "\(attached)")
    }

    @Test("demo --help states its own store default, not the global one")
    func demoStoreDefault() throws {
        let directory = try TemporaryDirectory()
        let english = try directory.sociolab("demo", "--help").standardOutput
        let store = try #require(english.components(separatedBy: "--store <path>").last)
        #expect(store.contains("(default: ./sociolab-demo;"), "\(english)")
        #expect(!english.contains("sociolab-store"), "\(english)")
        let slovenian = try directory.sociolab("demo", "--help", "-l", "sl").standardOutput
        #expect(slovenian.contains("(privzeto: ./sociolab-demo;"), "\(slovenian)")
        let report = try directory.sociolab("report", "--help").standardOutput
        #expect(report.contains("./sociolab-store)."), "\(report)")
    }

    /// The store actions and the first words of their pages.
    static let actions: [(action: String, english: String, slovenian: String)] = [
        (
            "verify", "OVERVIEW: Check the store's files without changing anything",
            "PREGLED: Preveri datoteke"
        ),
        (
            "compact", "OVERVIEW: Rewrite the store's files: a new snapshot",
            "PREGLED: Zapiše datoteke shrambe"
        ),
    ]

    @Test("store verify --help and store compact --help describe the action", arguments: [0, 1])
    func storeActionHelp(_ index: Int) throws {
        let (action, english, slovenian) = Self.actions[index]
        let directory = try TemporaryDirectory()
        let page = try directory.sociolab("store", action, "--help")
        #expect(page.exitCode == 0, "\(page)")
        #expect(page.standardOutput.hasPrefix(english), "\(page)")
        #expect(page.standardOutput.contains("USAGE: sociolab store \(action)\n"), "\(page)")
        #expect(!page.standardOutput.contains("Maintain the store"), "\(page)")
        let other = Self.actions[1 - index].action
        #expect(!page.standardOutput.contains("\(other) "), "\(page)")
        let translated = try directory.sociolab("store", action, "--help", "--lang", "sl")
        #expect(translated.standardOutput.hasPrefix(slovenian), "\(translated)")
        let generic = try directory.sociolab("store", "--help")
        #expect(generic.standardOutput.hasPrefix("OVERVIEW: Maintain the store"), "\(generic)")
    }

    @Test("help store ACTION prints the action's page; an action without one is a usage error")
    func helpCommandNamesAnAction() throws {
        let directory = try TemporaryDirectory()
        for action in Self.actions.map(\.action) {
            let viaHelp = try directory.sociolab("help", "store", action)
            let viaFlag = try directory.sociolab("store", action, "--help")
            #expect(viaHelp.exitCode == 0, "\(viaHelp)")
            #expect(viaHelp.standardOutput == viaFlag.standardOutput, "\(viaHelp)")
        }
        let unknown = try directory.sociolab("help", "store", "polish")
        #expect(unknown.exitCode == 2, "\(unknown)")
        #expect(unknown.standardError.contains("[usage.unexpected-argument]"), "\(unknown)")
    }

    /// Command lines with a usage error, and what they print in Slovenian.
    static let usageErrors: [(arguments: [String], message: String)] = [
        (["reprot"], "neznan ukaz 'reprot'; ste mislili 'report'?"),
        (
            ["report", "--perod", "2019"],
            "neznana možnost '--perod' za ukaz 'report'; ste mislili '--period'?"
        ),
        (
            ["report", "--colour"],
            "neznana možnost '--colour' za ukaz 'report'; možnosti izpiše 'sociolab report --help'"
        ),
        (
            ["history"],
            "'history' prikaže spremembe enega zapisa: navedite ga kot vrsta/id, npr. "
                + "'sociolab history person/p001'; vse sklope sprememb izpiše 'sociolab log'"
        ),
        (
            ["export", "--format", "jsn"],
            "možnost '--format' ne sprejme 'jsn'; uporabite eno od json|csv (ste mislili 'json'?)"
        ),
        (["demo", "--seed", "x"], "možnost '--seed' pričakuje nenegativno celo število; podano je 'x'"),
        (["store", "--store", "s", "tidy"], "'store' ne sprejme 'tidy'; uporabite verify ali compact"),
        (["export", "--force=yes"], "zastavica '--force' ne sprejme vrednosti; napišite samo '--force'"),
    ]

    @Test("Usage errors under --lang sl are Slovenian, with their suggestion", arguments: usageErrors.indices)
    func usageError(_ index: Int) throws {
        let (arguments, message) = Self.usageErrors[index]
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let result = try directory.sociolab(arguments: arguments + ["--lang", "sl"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.hasPrefix("sociolab: napaka: " + message), "\(result)")
        let english = try directory.sociolab(arguments: arguments)
        #expect(english.standardError.hasPrefix("sociolab: error: "), "\(english)")
    }

    @Test("validate's severities and summary in Slovenian; store errors' details in Slovenian")
    func validateAndStoreErrors() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        _ = try directory.write("id,gender,municipality\np1,f,Ljubljana\n", to: "persons.csv")
        #expect(try directory.sociolab("import", "--store", "s", "persons.csv").exitCode == 0)
        let validated = try directory.sociolab("validate", "--store", "s", "--lang", "sl")
        let all = validated.standardOutput + validated.standardError
        #expect(
            all.contains("person/p1 municipality: opozorilo: ")
                && all.contains("[core.municipality-outside]\n    "), "\(validated)")
        #expect(!all.contains("warning"), "\(validated)")
        #expect(all.contains("0 napak, 1 opozorilo, skupaj 1 ugotovitev"), "\(validated)")
        try FileManager.default.createDirectory(at: directory.path("full"), withIntermediateDirectories: true)
        _ = try directory.write("x", to: "full/a.txt")
        let exists = try directory.sociolab("init", "--store", "full", "--lang", "sl")
        #expect(exists.exitCode == 3, "\(exists)")
        #expect(
            exists.standardError.contains("Podrobnosti: full že obstaja in ni prazna; izberite novo mapo"),
            "\(exists)")
        #expect(!exists.standardError.contains("already exists"), "\(exists)")
    }
}
