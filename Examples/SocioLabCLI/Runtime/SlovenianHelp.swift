import SocioLabKit

/// The help in the language of the run: the Slovenian of the tool's and each command's summary, their
/// discussions (``discussions``), every option's help (``globalOptions``, ``commandOptions``) and the
/// pages' fixed words (``HelpWords/slovenian``); and, in either language, the pages the commands'
/// descriptions do not hold (``CommandHelpPages``).
enum SlovenianHelp {
    /// The tool's summary.
    static let program = "Evidentiranje, preverjanje in poročanje operacije ESS SocioLab Podravje."

    /// Each command's summary, by command name.
    static let abstracts: [String: String] = [
        "init": "Ustvari novo, prazno shrambo za operacijo.",
        "demo":
            "Zgradi predstavitveno shrambo z vzorčnimi podatki SocioLab Podravje in izpiše poročilo o napredku.",
        "import": "Uvozi datoteke CSV ali en dokument JSON kot en sklop sprememb: vse ali nič.",
        "export": "Izvozi vse podatke kot en dokument JSON ali kot datoteke CSV, eno za vsako vrsto zapisov.",
        "consolidate": "Združi psevdonimizirane pakete partnerjev v shrambo vodilnega partnerja.",
        "validate": "Preveri vso shrambo po vseh pravilih; ob napakah izhodna koda 1.",
        "report": "Prikaže napredek glede na ciljne vrednosti operacije na izbrani dan.",
        "claim":
            "Pripravi osnutek zahtevka za izplačilo za partnerja in obdobje iz neuveljavljenih stroškov.",
        "history": "Prikaže vse spremembe zapisa: kdo, kdaj, zakaj ter zapis pred spremembo in po njej.",
        "erase-person": "Izbriše osebne podatke osebe (ime, stik, EMŠO), tudi iz zgodovine shrambe.",
        "plugins":
            "Izpiše vtičnike dejavnosti: vsako vrsto z imenom, pravili preverjanja in stolpci podrobnosti.",
        "store": "Vzdrževanje shrambe: 'store verify' preveri datoteke, 'store compact' jih zapiše na novo.",
        "templates": "Zapiše deset datotek CSV za izpolnjevanje, vsako z vzorčno vrstico, in šifrant.",
        "version": "Izpiše različico, oblike shrambe, ki jih bere in piše, ter Swift, s katerim je zgrajen.",
        "log":
            "Izpiše sklope sprememb shrambe, najnovejše najprej: revizijo, čas, avtorja, razlog in števila.",
        "status":
            "Prikaže shrambo: pot, različico zapisa, revizijo, število zapisov po vrstah, velikost, zadnji sklop "
            + "sprememb, zaklep.",
        "info": "Isto kot 'status': prikaže shrambo in njeno stanje.",
    ]

    /// The help of the flags every command shares, by flag name.
    static let globalFlags: [String: String] = [
        "version": "Izpiše različico (kot 'sociolab version') in konča.",
        "quiet": "Izpiše le napake in opozorila: brez prikaza napredka, povzetkov in opomb.",
    ]

    /// The help of the options every command shares, by option name.
    static let globalOptions: [String: String] = [
        "store": "Mapa shrambe (privzeto: $SOCIOLAB_STORE, sicer ./sociolab-store).",
        "lang": "Jezik vseh sporočil: sl ali en (privzeto: $SOCIOLAB_LANG, sicer jezik okolja, npr. "
            + "LANG=sl_SI.UTF-8, sicer en).",
        "progress":
            "Kako dolgi ukazi prikazujejo napredek na stderr: auto (vrstica, ki se sproti posodablja, "
            + "kadar je stderr terminal, sicer nič), json (en objekt JSON na posodobitev) ali none "
            + "(privzeto: auto).",
    ]

    /// `program` as its help is shown in `language`: with the pages of ``CommandHelpPages`` and, in
    /// Slovenian, every text of the tables above (a text without a translation stays as it is).
    static func translated(_ program: ProgramSpec, to language: Language) -> ProgramSpec {
        var copy = program
        copy.commands = program.commands.map { CommandHelpPages.completed($0, in: language) }
        guard language == .slovenian else { return copy }
        copy.helpWords = .slovenian
        copy.abstract = Self.program
        copy.discussion = programDiscussion
        copy.globalOptions = helped(program.globalOptions, by: globalOptions)
        copy.globalFlags = helped(program.globalFlags, by: globalFlags)
        copy.commands = copy.commands.map(translated)
        return copy
    }

    /// `command` with its summary, discussion and own options' help in Slovenian.
    private static func translated(_ command: CommandSpec) -> CommandSpec {
        var command = command
        let own = sharedCommandOptions.merging(commandOptions[command.name] ?? [:]) { $1 }
        command.abstract = abstracts[command.name] ?? command.abstract
        command.discussion = discussions[command.name] ?? command.discussion
        command.options = helped(command.options, by: own)
        command.flags = helped(command.flags, by: own)
        command.positionals = helped(command.positionals, by: own)
        command.actions = command.actions.map(translated)
        return command
    }

    /// The items with their help taken from `table` by name where it has one.
    private static func helped<Item: HelpedItem>(_ items: [Item], by table: [String: String]) -> [Item] {
        items.map { item in
            var item = item
            item.help = table[item.name] ?? item.help
            return item
        }
    }
}

/// An option, flag or argument of the help: a name and the sentence that explains it.
protocol HelpedItem {
    /// The name it is typed as.
    var name: String { get }
    /// What it does.
    var help: String { get set }
}

extension CommandSpec.Option: HelpedItem {}
extension CommandSpec.Flag: HelpedItem {}
extension CommandSpec.Positional: HelpedItem {}
