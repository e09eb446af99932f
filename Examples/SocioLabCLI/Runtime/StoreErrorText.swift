import SocioLabKit

/// The Slovenian of the store's errors, which the storage module writes in English alone.
///
/// An error with a Slovenian message of its own is shown as it is; a store error without one is shown
/// as a Slovenian sentence for its code, followed by its details (which name the file, line or process)
/// in Slovenian where ``details`` knows them, else as the storage module wrote them.
enum StoreErrorText {
    /// The message of `error` in `language`.
    static func message(of error: SocioLabError, in language: Language) -> String {
        guard language == .slovenian, !error.hasSlovenianMessage,
            let sentence = slovenian[error.code.rawValue]
        else { return error.message(in: language) }
        guard !error.message.isEmpty else { return sentence }
        return sentence + " Podrobnosti: " + (slovenianDetails(error.message) ?? error.message)
    }

    /// `FILE:LINE: message [code]` in `language`.
    static func description(of error: SocioLabError, in language: Language) -> String {
        let place = error.location.description(in: language)
        return (place.isEmpty ? "" : place + ": ") + message(of: error, in: language) + " [\(error.code)]"
    }

    /// A Slovenian sentence for each store error code.
    static let slovenian: [String: String] = [
        "store.locked":
            "Shrambo trenutno zapisuje drug proces. Počakajte, da konča, ali shrambo odprite samo za branje.",
        "store.corrupt":
            "Datoteke shrambe so poškodovane; nič ni bilo spremenjeno. Zaženite 'sociolab store verify' in "
            + "shrambo po potrebi obnovite iz varnostne kopije.",
        "store.missing": "Shrambe ni. Ustvarite jo z ukazom 'sociolab init' ali navedite drugo z --store.",
        "store.too-new":
            "Shrambo je zapisala novejša različica programa SocioLabKit. Odprite jo z novejšo različico.",
        "store.poisoned":
            "Pisanje v shrambo ni uspelo, zato ta povezava ne sprejme več sprememb; shramba na disku je "
            + "veljavna. Ukaz zaženite znova.",
        "store.io": "Branje ali pisanje datotek shrambe ni uspelo. Preverite pravice in prostor na disku.",
        "store.read-only": "Shramba je odprta samo za branje, zato vanjo ni mogoče pisati.",
        "store.exists": "Na tem mestu že je shramba ali druge datoteke. Izberite drugo mapo z --store.",
    ]
}
