/// A noun with the forms a count needs in Slovenian and English, so that a count reads as a sentence:
/// "1 error", "2 errors"; "1 napaka", "2 napaki", "3 napake", "5 napak".
///
/// Slovenian picks the form by the last two digits of the count: …01 singular, …02 dual, …03 and …04
/// plural, everything else (0, 5–100, 11–14 …) the genitive plural ("101 napaka", "102 napaki",
/// "111 napak"). English has the singular for 1 and the plural otherwise.
package struct CountedNoun: Hashable, Sendable {
    /// The Slovenian forms: for …01, for …02, for …03 and …04, and for every other count.
    package var slovenian: (one: String, two: String, few: String, many: String)
    /// The English forms: for 1 and for every other count.
    package var english: (one: String, other: String)

    /// Creates a noun from its forms.
    package init(sl slovenian: (String, String, String, String), en english: (String, String)) {
        self.slovenian = (slovenian.0, slovenian.1, slovenian.2, slovenian.3)
        self.english = (english.0, english.1)
    }

    /// The form of the noun that goes with `count`, without the number.
    package func form(_ count: Int, in language: Language) -> String {
        guard language == .slovenian else { return abs(count) == 1 ? english.one : english.other }
        switch abs(count) % 100 {
        case 1: return slovenian.one
        case 2: return slovenian.two
        case 3, 4: return slovenian.few
        default: return slovenian.many
        }
    }

    /// The count and the noun, such as `3 napake` or `3 errors`.
    package func phrase(_ count: Int, in language: Language) -> String {
        "\(count) \(form(count, in: language))"
    }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.slovenian == rhs.slovenian && lhs.english == rhs.english
    }

    package func hash(into hasher: inout Hasher) {
        for form in [slovenian.one, slovenian.two, slovenian.few, slovenian.many, english.one, english.other]
        {
            hasher.combine(form)
        }
    }
}

extension CountedNoun {
    /// napaka / error.
    package static let error = CountedNoun(
        sl: ("napaka", "napaki", "napake", "napak"), en: ("error", "errors"))
    /// opozorilo / warning.
    package static let warning = CountedNoun(
        sl: ("opozorilo", "opozorili", "opozorila", "opozoril"), en: ("warning", "warnings"))
    /// datoteka / file.
    package static let file = CountedNoun(
        sl: ("datoteka", "datoteki", "datoteke", "datotek"), en: ("file", "files"))
    /// sprememba / change.
    package static let change = CountedNoun(
        sl: ("sprememba", "spremembi", "spremembe", "sprememb"), en: ("change", "changes"))
    /// zapis / record.
    package static let record = CountedNoun(
        sl: ("zapis", "zapisa", "zapisi", "zapisov"), en: ("record", "records"))
    /// nov zapis / insert.
    package static let insert = CountedNoun(
        sl: ("nov zapis", "nova zapisa", "novi zapisi", "novih zapisov"), en: ("insert", "inserts"))
    /// posodobitev / update.
    package static let update = CountedNoun(
        sl: ("posodobitev", "posodobitvi", "posodobitve", "posodobitev"), en: ("update", "updates"))
    /// stolpec / column.
    package static let column = CountedNoun(
        sl: ("stolpec", "stolpca", "stolpci", "stolpcev"), en: ("column", "columns"))
    /// stolpec / column as the object of a verb (accusative: `glava ima 3 stolpce`).
    package static let columnObject = CountedNoun(
        sl: ("stolpec", "stolpca", "stolpce", "stolpcev"), en: ("column", "columns"))
    /// ugotovitev / issue.
    package static let issue = CountedNoun(
        sl: ("ugotovitev", "ugotovitvi", "ugotovitve", "ugotovitev"), en: ("issue", "issues"))
    /// težava / problem.
    package static let problem = CountedNoun(
        sl: ("težava", "težavi", "težave", "težav"), en: ("problem", "problems"))
    /// polje / field.
    package static let field = CountedNoun(sl: ("polje", "polji", "polja", "polj"), en: ("field", "fields"))
}
