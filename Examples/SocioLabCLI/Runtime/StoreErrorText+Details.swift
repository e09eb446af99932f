import Foundation

/// The Slovenian of the details the storage module writes in English: each known message as a pattern
/// over the whole text, with `$1`, `$2` … for the parts it captures (paths, revisions, reasons), and the
/// system's reasons for a failed file operation.
extension StoreErrorText {
    /// Each known English detail and its Slovenian.
    static let details: [(pattern: String, slovenian: String)] = [
        (
            "the store is being written by (.*); wait for it to finish, or open the store read-only",
            "shrambo zapisuje $1; počakajte, da konča, ali shrambo odprite samo za branje"
        ),
        (
            "(.*) is not a SocioLab store \\(it has no snapshot\\.json\\); check the path, or create a store there",
            "$1 ni shramba SocioLab (nima datoteke snapshot.json); preverite pot ali tam ustvarite shrambo"
        ),
        (
            "(.*) already exists and is not empty; choose a new directory or open the store there",
            "$1 že obstaja in ni prazna; izberite novo mapo ali tam odprite shrambo"
        ),
        (
            "(.*) has no snapshot\\.json; restore the store directory from a backup",
            "$1 nima datoteke snapshot.json; mapo shrambe obnovite iz varnostne kopije"
        ),
        (
            "the journal is missing; restore the store directory from a backup",
            "dnevnika ni; mapo shrambe obnovite iz varnostne kopije"
        ),
        (
            "the file is missing; restore the store directory from a backup",
            "datoteke ni; mapo shrambe obnovite iz varnostne kopije"
        ),
        ("the snapshot is missing", "posnetka ni"),
        (
            "the store was opened read-only; open it for writing to change it",
            "shramba je odprta samo za branje; za spremembe jo odprite za pisanje"
        ),
        (
            "(.*) is a symbolic link; a store's files must be plain files inside it, so replace the link by "
                + "the file it points to",
            "$1 je simbolna povezava; datoteke shrambe morajo biti navadne datoteke v njej, zato povezavo "
                + "zamenjajte z datoteko, na katero kaže"
        ),
        (
            "(.*) is not a regular file; move it out of the store directory",
            "$1 ni navadna datoteka; premaknite jo iz mape shrambe"
        ),
        (
            "line (\\d+) is damaged: (.*); restore the store from a backup, or run `store verify` to see every "
                + "damaged line",
            "vrstica $1 je poškodovana: $2; shrambo obnovite iz varnostne kopije ali zaženite `store verify`, "
                + "ki izpiše vse poškodovane vrstice"
        ),
        (
            "the last line is damaged: (.*); restore the store from a backup, or run `store verify` to see "
                + "every damaged line",
            "zadnja vrstica je poškodovana: $1; shrambo obnovite iz varnostne kopije ali zaženite "
                + "`store verify`, ki izpiše vse poškodovane vrstice"
        ),
        ("line (\\d+) is not valid JSON: (.*)", "vrstica $1 ni veljaven JSON: $2"),
        ("line (\\d+) is not a change set: (.*)", "vrstica $1 ni sklop sprememb: $2"),
        ("line (\\d+) has no revision", "vrstica $1 nima revizije"),
        (
            "the file has no valid header line; restore the store from a backup",
            "datoteka nima veljavne glave; shrambo obnovite iz varnostne kopije"
        ),
        (
            "the snapshot's fingerprint does not match its records \\(reports at this revision would print a "
                + "wrong one\\); run 'sociolab store compact' to write it again",
            "prstni odtis posnetka se ne ujema z njegovimi zapisi (poročila te revizije bi izpisala napačnega); "
                + "zaženite 'sociolab store compact', da se zapiše znova"
        ),
        (
            "the store was written in format version (\\d+), newer than this SocioLabKit reads \\((\\d+)\\); "
                + "open it with a newer version of SocioLabKit",
            "shramba je zapisana v različici zapisa $1, novejši od tiste, ki jo bere ta SocioLabKit ($2); "
                + "odprite jo z novejšo različico SocioLabKit"
        ),
        (
            "an earlier write failed \\((.*)\\); nothing more is written through this handle: open the store "
                + "again",
            "prejšnje pisanje ni uspelo ($1); prek te povezave se ne zapiše nič več: shrambo odprite znova"
        ),
        (
            "(cannot [a-z' ]+): (.*); check the path, or create the store first",
            "$1: $2; preverite pot ali najprej ustvarite shrambo"
        ),
        (
            "(cannot [a-z' ]+): (.*) \\(errno (\\d+)\\); check the disk and permissions, then try again",
            "$1: $2 (errno $3); preverite disk in pravice, nato poskusite znova"
        ),
    ]

    /// What the storage module's file operations say they could not do, and the system's reasons.
    static let words: [String: String] = [
        "cannot append to the history": "ni mogoče dopisati zgodovine",
        "cannot create the directory": "mape ni mogoče ustvariti",
        "cannot flush the directory to disk": "mape ni mogoče zapisati na disk",
        "cannot inspect the file": "datoteke ni mogoče pregledati",
        "cannot list the directory": "vsebine mape ni mogoče prebrati",
        "cannot move the file's descriptor": "položaja v datoteki ni mogoče premakniti",
        "cannot open the file": "datoteke ni mogoče odpreti",
        "cannot open the store directory": "mape shrambe ni mogoče odpreti",
        "cannot read the file": "datoteke ni mogoče prebrati",
        "cannot remove the directory": "mape ni mogoče odstraniti",
        "cannot set the directory's permissions": "pravic mape ni mogoče nastaviti",
        "No such file or directory": "datoteka ali mapa ne obstaja",
        "Not a directory": "ni mapa",
        "Permission denied": "dostop ni dovoljen",
        "No space left on device": "na disku ni več prostora",
        "Read-only file system": "datotečni sistem je samo za branje",
        "Is a directory": "je mapa",
        "File exists": "datoteka že obstaja",
        "Too many open files": "odprtih je preveč datotek",
        "Disk quota exceeded": "kvota diska je presežena",
        "Input/output error": "vhodno-izhodna napaka",
    ]

    /// The Slovenian of a detail, or `nil` when no pattern matches it whole.
    static func slovenianDetails(_ message: String) -> String? {
        let whole = NSRange(message.startIndex..., in: message)
        for (pattern, slovenian) in details {
            guard let expression = try? NSRegularExpression(pattern: "^" + pattern + "$"),
                let match = expression.firstMatch(in: message, range: whole)
            else { continue }
            var parts: [String] = []
            for group in 1..<max(match.numberOfRanges, 1) {
                let range = Range(match.range(at: group), in: message).map { String(message[$0]) } ?? ""
                parts.append(words[range] ?? range)
            }
            var text = slovenian
            for (index, part) in parts.enumerated().reversed() {
                text = text.replacingOccurrences(of: "$\(index + 1)", with: part)
            }
            return text
        }
        return nil
    }
}
