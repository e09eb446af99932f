import SocioLabKit

/// The Slovenian of the help's most read parts: the tool's and each command's one-line summary, and the
/// options every command shares (`--store`, `--lang`). The rest of the help (longer discussions, each
/// command's own options, the headings) is in English.
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
        "validate": "Preveri vso shrambo po vseh pravilih; ob napakah izhodna koda 1.",
        "report": "Prikaže napredek glede na ciljne vrednosti operacije na izbrani dan.",
        "history": "Prikaže vse spremembe zapisa: kdo, kdaj, zakaj ter zapis pred spremembo in po njej.",
        "erase-person": "Izbriše osebne podatke osebe (ime, stik, EMŠO), tudi iz zgodovine shrambe.",
        "plugins": "Izpiše vtičnike dejavnosti: vsako vrsto z imenom in pravili preverjanja.",
        "store": "Vzdrževanje shrambe: 'store verify' preveri datoteke, 'store compact' jih zapiše na novo.",
        "templates": "Zapiše predloge datotek CSV z glavami, primeri in šifrantom.",
    ]

    /// The help of the options every command shares, by option name.
    static let globalOptions: [String: String] = [
        "store": "Mapa shrambe (privzeto: $SOCIOLAB_STORE, sicer ./sociolab-store).",
        "lang": "Jezik vseh sporočil: sl ali en (privzeto: $SOCIOLAB_LANG, sicer jezik okolja, npr. "
            + "LANG=sl_SI.UTF-8, sicer en).",
    ]

    /// `program` with its summaries and shared options in `language` (unchanged for English).
    static func translated(_ program: ProgramSpec, to language: Language) -> ProgramSpec {
        guard language == .slovenian else { return program }
        var copy = program
        copy.abstract = Self.program
        copy.globalOptions = program.globalOptions.map { option in
            var option = option
            option.help = globalOptions[option.name] ?? option.help
            return option
        }
        copy.commands = program.commands.map { command in
            var command = command
            command.abstract = abstracts[command.name] ?? command.abstract
            return command
        }
        return copy
    }
}
