import Foundation

/// The legal form of an organisation of the social economy or of a stakeholder around it.
///
/// A closed list (``allCases``) with stable raw values, encoded as the raw value. "Socialno podjetje" is
/// a status an organisation of several forms can hold, not a form: see ``hasSocialEnterpriseMark(_:)``.
/// Sources: ZGD-1 Art. 27 for the company abbreviations, Zakon o zadrugah, Zakon o zavodih, Zakon o
/// ustanovah, Zakon o društvih, Regulation (EC) 1435/2003 for the SCE; see `Documentation/Identifiers.md`.
///
/// ```swift
/// LegalForm(parsing: "d. o. o.")   // .doo
/// LegalForm(parsing: "Društvo")    // .drustvo
/// LegalForm.doo.abbreviation       // "d.o.o."
/// ```
public struct LegalForm: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The stable raw value, such as `"doo"` or `"javni_zavod"`.
    public let rawValue: String

    /// The form with a raw value.
    /// - Parameter rawValue: One of the raw values in ``allCases``.
    /// - Returns: The form, or `nil` for an unknown raw value (use ``init(parsing:)`` for free text).
    public init?(rawValue: String) {
        guard LegalForm.details[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    private init(known rawValue: String) { self.rawValue = rawValue }

    /// An informal initiative or group, not (yet) a legal person.
    public static let initiative = LegalForm(known: "initiative")
    /// Zavod, a private non-profit institute (Zakon o zavodih, UL RS 12/91).
    public static let zavod = LegalForm(known: "zavod")
    /// Ustanova, a foundation (Zakon o ustanovah, UL RS 70/2005).
    public static let ustanova = LegalForm(known: "ustanova")
    /// Društvo, an association, including a zveza društev (Zakon o društvih).
    public static let drustvo = LegalForm(known: "drustvo")
    /// Zadruga, a cooperative (Zakon o zadrugah, UL RS 13/1992); names carry z.o.o., z.b.o. or z.n.o.
    public static let zadruga = LegalForm(known: "zadruga")
    /// Družba z omejeno odgovornostjo, a limited liability company, d.o.o. (ZGD-1 Art. 27).
    public static let doo = LegalForm(known: "doo")
    /// Delniška družba, a public limited (joint-stock) company, d.d. (ZGD-1 Art. 27).
    public static let dd = LegalForm(known: "dd")
    /// Družba z neomejeno odgovornostjo, a general partnership, d.n.o. (ZGD-1 Art. 27).
    public static let dno = LegalForm(known: "dno")
    /// Komanditna družba, a limited partnership, k.d. (ZGD-1 Art. 27).
    public static let kd = LegalForm(known: "kd")
    /// Komanditna delniška družba, a partnership limited by shares, k.d.d. (ZGD-1 Art. 27).
    public static let kdd = LegalForm(known: "kdd")
    /// Samostojni podjetnik posameznik, a sole trader, s.p.
    public static let sp = LegalForm(known: "sp")
    /// Evropska zadruga, a European cooperative society, SCE (Regulation (EC) 1435/2003).
    public static let sce = LegalForm(known: "sce")
    /// Občina, a municipality (or mestna občina).
    public static let obcina = LegalForm(known: "obcina")
    /// Javni zavod, a public institute.
    public static let javniZavod = LegalForm(known: "javni_zavod")
    /// Any other form.
    public static let other = LegalForm(known: "other")

    /// Every form, in a stable order.
    public static let allCases: [LegalForm] = [
        .initiative, .zavod, .ustanova, .drustvo, .zadruga, .doo, .dd, .dno, .kd, .kdd, .sp, .sce, .obcina,
        .javniZavod, .other,
    ]

    /// The Slovenian name, such as "družba z omejeno odgovornostjo".
    public var slovenianName: String { LegalForm.details[rawValue]!.slovenian }
    /// The English name, such as "limited liability company".
    public var englishName: String { LegalForm.details[rawValue]!.english }
    /// The abbreviation written after a name, such as "d.o.o."; `nil` for forms written out in full.
    ///
    /// A zadruga has none of its own: its name carries the liability ("z.o.o.", "z.b.o."), which
    /// ``init(parsing:)`` reads as ``zadruga``.
    public var abbreviation: String? { LegalForm.details[rawValue]!.abbreviation }
    /// Whether the form is a cooperative: ``zadruga`` or ``sce``.
    public var isCooperative: Bool { self == .zadruga || self == .sce }
    /// Whether the form is an informal ``initiative``.
    public var isInitiative: Bool { self == .initiative }

    /// The raw value.
    public var description: String { rawValue }

    /// Reads a legal form from a raw value, an abbreviation or a Slovenian (or English) name.
    ///
    /// Case, diacritics, dots, spaces, dashes and underscores do not matter: `"doo"`, `"d.o.o."`,
    /// `"D. O. O."`, `"družba z omejeno odgovornostjo"` all give ``doo``; `"javni zavod"` and
    /// `"javni_zavod"` give ``javniZavod``; `"z.o.o."` and `"z.b.o."` give ``zadruga``; `"mestna občina"`
    /// gives ``obcina``. "Socialno podjetje" is a status, not a form, and gives `nil`.
    /// - Parameter text: The form as written.
    /// - Returns: The form, or `nil` when the text names none.
    public init?(parsing text: String) {
        guard let form = LegalForm.parseTable[LegalForm.key(text)] else { return nil }
        self = form
    }

    /// Whether an organisation's name carries the social-enterprise mark.
    ///
    /// ZSocP requires a social enterprise to add "socialno podjetje" or "so.p." to its name in legal
    /// dealings (spot.gov.si, evem.gov.si). Real names write it as "so.p.", "So. p." or in full, so the match
    /// ignores case and the space after the first dot, and requires the mark to stand as its own word
    /// ("Piso.p." does not match).
    /// - Parameter name: The organisation's name, such as "RECOSI d.o.o., so.p.".
    /// - Returns: `true` when the name contains "so.p.", "so. p." or "socialno podjetje".
    /// - Complexity: O(*n*) in the length of `name`.
    public static func hasSocialEnterpriseMark(_ name: String) -> Bool {
        let letters = Array(name.lowercased().unicodeScalars)
        func isLetter(_ index: Int) -> Bool {
            letters.indices.contains(index) && letters[index].properties.isAlphabetic
        }
        func matches(_ word: String, at index: Int) -> Int? {
            var position = index
            for scalar in word.unicodeScalars {
                guard position < letters.count, letters[position] == scalar else { return nil }
                position += 1
            }
            return position
        }
        func skipSpaces(from index: Int) -> Int {
            var position = index
            while position < letters.count, letters[position].properties.isWhitespace { position += 1 }
            return position
        }
        for start in letters.indices where !isLetter(start - 1) {
            if let afterSo = matches("so.", at: start),
                let afterP = matches("p", at: skipSpaces(from: afterSo)),
                !isLetter(afterP)
            {
                return true
            }
            if let afterSocialno = matches("socialno", at: start), afterSocialno < letters.count,
                letters[afterSocialno].properties.isWhitespace,
                let afterPodjetje = matches("podjetje", at: skipSpaces(from: afterSocialno)),
                !isLetter(afterPodjetje)
            {
                return true
            }
        }
        return false
    }

    private struct Details: Sendable {
        var slovenian: String
        var english: String
        var abbreviation: String?
        /// Other spellings ``init(parsing:)`` accepts besides the raw value, names and abbreviation.
        var aliases: [String] = []
    }

    private static let details: [String: Details] = [
        "initiative": Details(
            slovenian: "neformalna pobuda", english: "informal initiative", aliases: ["pobuda", "iniciativa"]),
        "zavod": Details(
            slovenian: "zavod", english: "private institute", aliases: ["zasebni zavod", "institute"]),
        "ustanova": Details(slovenian: "ustanova", english: "foundation", aliases: ["fundacija"]),
        "drustvo": Details(
            slovenian: "društvo", english: "association", aliases: ["zveza društev", "zveza drustev"]),
        "zadruga": Details(
            slovenian: "zadruga", english: "cooperative",
            aliases: ["z.o.o.", "z.b.o.", "z.n.o.", "co-operative"]),
        "doo": Details(
            slovenian: "družba z omejeno odgovornostjo", english: "limited liability company",
            abbreviation: "d.o.o."),
        "dd": Details(
            slovenian: "delniška družba", english: "public limited company", abbreviation: "d.d.",
            aliases: ["joint-stock company"]),
        "dno": Details(
            slovenian: "družba z neomejeno odgovornostjo", english: "general partnership",
            abbreviation: "d.n.o."
        ),
        "kd": Details(slovenian: "komanditna družba", english: "limited partnership", abbreviation: "k.d."),
        "kdd": Details(
            slovenian: "komanditna delniška družba", english: "partnership limited by shares",
            abbreviation: "k.d.d."),
        "sp": Details(
            slovenian: "samostojni podjetnik posameznik", english: "sole trader", abbreviation: "s.p.",
            aliases: ["samostojni podjetnik"]),
        "sce": Details(
            slovenian: "evropska zadruga", english: "European cooperative society", abbreviation: "SCE"),
        "obcina": Details(
            slovenian: "občina", english: "municipality", aliases: ["mestna občina", "mestna obcina"]),
        "javni_zavod": Details(slovenian: "javni zavod", english: "public institute"),
        "other": Details(slovenian: "druga oblika", english: "other", aliases: ["drugo"]),
    ]

    /// Every accepted spelling, reduced by ``key(_:)``, to its form.
    private static let parseTable: [String: LegalForm] = {
        var table: [String: LegalForm] = [:]
        for form in allCases {
            let entry = details[form.rawValue]!
            for spelling in [form.rawValue, entry.slovenian, entry.english] + entry.aliases {
                table[key(spelling)] = form
            }
            if let abbreviation = entry.abbreviation { table[key(abbreviation)] = form }
        }
        return table
    }()

    /// Lowercase letters and digits only, diacritics removed: "D. o. o." → "doo", "Društvo" → "drustvo".
    private static func key(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping.lowercased()
        return String(
            String.UnicodeScalarView(
                decomposed.unicodeScalars.filter { scalar in
                    scalar.properties.generalCategory != .nonspacingMark
                        && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                }))
    }
}

extension LegalForm: Codable {
    /// Decodes a raw value.
    /// - Throws: `DecodingError.dataCorrupted` for an unknown raw value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let form = LegalForm(rawValue: text) else {
            let known = LegalForm.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a legal form; use one of \(known)")
        }
        self = form
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
