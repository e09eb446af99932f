import SocioLabKit

/// Help that the commands' own descriptions do not hold: the pages of `store verify` and `store compact`,
/// and the `--store` default of `demo`, in English and Slovenian.
enum CommandHelpPages {
    /// One action's page: what it does in one line, and more.
    struct Page {
        var abstract: LocalizedText
        var discussion: LocalizedText
    }

    /// The actions with pages of their own, by command and then by action.
    static let actions: [String: [(name: String, page: Page)]] = [
        "store": [
            (
                "verify",
                Page(
                    abstract: LocalizedText(
                        sl: "Preveri datoteke shrambe, ne da bi kar koli spremenil; izhodna koda 0 pomeni "
                            + "brezhibno shrambo, 1 opombe, 3 poškodbo.",
                        en:
                            "Check the store's files without changing anything; exit 0 when sound, 1 with notices, "
                            + "3 when damaged."),
                    discussion: LocalizedText(
                        sl:
                            "Preveri vse, kar preveri odpiranje shrambe, nato prebere vsako vrstico dnevnika in "
                            + "zgodovine (kontrolne vsote, revizije brez vrzeli, kar glavni zapis navaja kot "
                            + "potrjeno) ter prstni odtis posnetka. Ne prevzame zaklepa in ničesar ne zapiše, zato "
                            + "ga lahko zaženete tudi med delom drugega procesa. Navede vsako poškodovano mesto; "
                            + "opomba (npr. pretrgana zadnja vrstica, ki jo bo naslednje pisanje opustilo) da "
                            + "izhodno kodo 1, poškodba pa 3.",
                        en:
                            "Checks everything opening the store checks, then reads every line of the journal and "
                            + "the history (checksums, revisions without gaps, what the head record says was "
                            + "acknowledged) and the snapshot's fingerprint. It takes no lock and writes nothing, so "
                            + "it may run while another process works. It lists every damaged place; a notice "
                            + "(such as a torn last line that the next write will drop) gives exit code 1, damage 3."
                    ))
            ),
            (
                "compact",
                Page(
                    abstract: LocalizedText(
                        sl:
                            "Zapiše datoteke shrambe na novo: nov posnetek trenutnih podatkov in prazen dnevnik.",
                        en:
                            "Rewrite the store's files: a new snapshot of the current data and an empty journal."
                    ),
                    discussion: LocalizedText(
                        sl: "Prevzame zaklep shrambe, posnetek zapiše atomarno (začasna datoteka, fsync, "
                            + "preimenovanje) in začne prazen dnevnik. Podatki in njihova revizija ostanejo enaki; "
                            + "shramba z dolgim dnevnikom se potem hitreje odpre. Če shrambo zapisuje drug proces, "
                            + "se konča z izhodno kodo 3 in ničesar ne spremeni.",
                        en:
                            "Takes the store's lock, writes the snapshot atomically (temporary file, fsync, rename) "
                            + "and starts an empty journal. The data and their revision stay the same; a store "
                            + "with a long journal opens faster afterwards. When another process is writing the "
                            + "store, it exits with code 3 and changes nothing."))
            ),
        ]
    ]

    /// The help of global options on one command's page where it differs from the tool's, by command and
    /// then by option.
    static let globalOptionHelp: [String: [String: LocalizedText]] = [
        "demo": [
            "store": LocalizedText(
                sl:
                    "Mapa predstavitvene shrambe (privzeto: ./sociolab-demo; $SOCIOLAB_STORE se ne upošteva).",
                en: "The demo store directory (default: ./sociolab-demo; $SOCIOLAB_STORE is not used).")
        ]
    ]

    /// `command` with its action pages and its own global-option help in `language`.
    static func completed(_ command: CommandSpec, in language: Language) -> CommandSpec {
        var command = command
        for (option, text) in globalOptionHelp[command.name] ?? [:] {
            command.globalOptionHelp[option] = text[language]
        }
        command.actions = (actions[command.name] ?? []).map { name, page in
            CommandSpec(
                name: command.name + " " + name, abstract: page.abstract[language],
                discussion: page.discussion[language], options: command.options, flags: command.flags)
        }
        return command
    }
}
