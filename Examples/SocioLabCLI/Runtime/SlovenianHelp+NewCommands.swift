/// The Slovenian one-line summaries of the commands added for issue 20 (`log`, `status`, `info`,
/// `version`) and the help of the global `--version` flag, kept apart so that ``SlovenianHelp`` can merge
/// them into its own tables (`abstracts.merging(newAbstracts) { $1 }`).
extension SlovenianHelp {
    /// Each new command's summary, by command name.
    static let newAbstracts: [String: String] = [
        "log":
            "Izpiše sklope sprememb shrambe, najnovejše najprej: revizijo, čas, avtorja, razlog in števila.",
        "status":
            "Prikaže shrambo: pot, različico oblike, revizijo, zapise po vrstah, velikost, zadnjo spremembo, "
            + "zaklep.",
        "info": "Enako kot 'status': prikaže shrambo in njeno stanje.",
        "version": "Izpiše različico, oblike shrambe, ki jih bere in piše, ter Swift, s katerim je zgrajen.",
    ]

    /// The help of the global flags, by flag name.
    static let globalFlags: [String: String] = [
        "version": "Izpiše različico (kot 'sociolab version') in konča."
    ]
}
