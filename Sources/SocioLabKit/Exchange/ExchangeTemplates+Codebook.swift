import Foundation

/// The codebook of the templates: a plain text that explains every file and column, lists the allowed
/// values of every fixed list and ends with the municipalities.
///
/// It is a text file rather than a CSV file so that `sociolab import templates/*.csv` never takes it for
/// a table, and so that it reads well when printed or opened with a double click (Notepad, TextEdit).
extension ExchangeTemplates {
    /// The codebook as UTF-8 with a byte order mark and CR LF line endings.
    package static func codebook(language: Language, plugins: PluginRegistry, operation: ESFOperation) -> Data
    {
        let text = codebookLines(language: language, plugins: plugins, operation: operation)
            .joined(separator: "\r\n")
        return Data(("\u{FEFF}" + text + "\r\n").utf8)
    }

    /// The codebook's lines.
    package static func codebookLines(language: Language, plugins: PluginRegistry, operation: ESFOperation)
        -> [String]
    {
        let sl = language == .slovenian
        func t(_ slovenian: String, _ english: String) -> String { sl ? slovenian : english }
        let title = t("Šifrant predlog za uvoz podatkov", "Codebook of the import templates")
        var lines = [title, String(repeating: "=", count: title.count), ""]
        lines += t(
            """
            Vsaka datoteka .csv ima v prvi vrstici imena stolpcev in v drugi vrstici zgled. Zgled zamenjajte
            s svojimi podatki (ena vrstica za vsak zapis), imen stolpcev ne spreminjajte. Datoteko shranite
            v Excelu z vrsto datoteke, katere ime se začne s »CSV UTF-8«. Preden uvozite, preverite vse
            datoteke skupaj:
            sociolab import --dry-run *.csv
            """,
            """
            Each .csv file has the column names in its first row and an example in its second row. Replace
            the example with your data (one row per record) and keep the column names. Save the file in
            Excel with the file type whose name starts with "CSV UTF-8". Before importing, check all files
            together:
            sociolab import --dry-run *.csv
            """
        ).components(separatedBy: "\n")
        lines += [""] + t("Splošna pravila", "General rules").asHeading("-")
        lines += [
            t(
                "* obvezen stolpec: mora biti v datoteki in izpolnjen v vsaki vrstici.",
                "* a required column: the file must have it, and every row must fill it."),
            t(
                "Datum: 2019-10-03 ali 3.10.2019. Število: 7,5 ali 7.5 (največ dve decimalki).",
                "Dates: 2019-10-03 or 3.10.2019. Numbers: 7.5 or 7,5 (at most two decimals)."),
            t(
                "Da/ne: da ali ne (tudi yes ali no). Prazna celica pomeni »ni podatka«.",
                "Yes/no: yes or no (da or ne too). An empty cell means \"none\"."),
            t(
                "Seznam: elementi, ločeni s podpičjem (;), npr. prizma;tkalka.",
                "Lists: items separated by ; such as prizma;tkalka."),
            t(
                "Stalne vrednosti lahko pišete s šifro ali slovensko besedo, z veliko ali malo začetnico.",
                "Fixed values may be written as their code or their Slovenian word, in any case."),
            t(
                "Stolpec lahko poimenujete slovensko ali angleško (v oglatem oklepaju).",
                "A column may be named in English or in Slovenian (in square brackets)."),
        ]
        for table in ExchangeTable.allCases {
            lines += [""] + (table.fileName + " — " + purpose(of: table)[language]).asHeading("-")
            for column in table.columnInfo {
                lines += columnLines(
                    column, table: table, language: language, plugins: plugins, operation: operation)
            }
        }
        lines += [""] + t("Občine (šifra in ime)", "Municipalities (code and name)").asHeading("-")
        lines += [t("(P) = občina v Podravju.", "(P) = a municipality in Podravje.")]
        for municipality in Municipality.all.sorted(by: { $0.code < $1.code }) {
            lines.append(
                "\(municipality.code.rawValue)  \(municipality.name)\(municipality.isInPodravje ? " (P)" : "")"
            )
        }
        return lines
    }

    /// The lines of one column: its name (with the name in the other language), its meaning, its values.
    private static func columnLines(
        _ column: ExchangeColumnInfo, table: ExchangeTable, language: Language, plugins: PluginRegistry,
        operation: ESFOperation
    ) -> [String] {
        let sl = language == .slovenian
        let slovenian = ExchangeTable.slovenianColumnNames[column.name] ?? column.name
        let (shown, other) = sl ? (slovenian, column.name) : (column.name, slovenian)
        let meaning = meaning(of: column.name, in: table)?[language] ?? column.documentation
        var lines = ["", "\(shown)\(column.isRequired ? " *" : "") [\(other)]", "    " + meaning]
        let values = allowedValues(
            of: column, table: table, language: language, plugins: plugins, operation: operation)
        if !values.isEmpty {
            lines.append("    " + (sl ? "Dovoljene vrednosti:" : "Allowed values:"))
            lines += values.map { "      " + $0 }
        } else if let format = format(of: column, table: table, language: language) {
            lines.append("    " + format)
        }
        return lines
    }

    /// How a column's value is written, for a column without a list of values.
    private static func format(of column: ExchangeColumnInfo, table: ExchangeTable, language: Language)
        -> String?
    {
        let sl = language == .slovenian
        switch (column.codec, column.name) {
        case (.day, _): return sl ? "Datum: 2019-10-03 ali 3.10.2019." : "A date: 2019-10-03 or 3.10.2019."
        case (.quantity, _): return sl ? "Število: 7,5 ali 7.5." : "A number: 7.5 or 7,5."
        case (.bool, _): return sl ? "da ali ne (prazno: ne)." : "yes or no (empty: no)."
        case (.integer, "isced"): return sl ? "Celo število od 0 do 8." : "A whole number from 0 to 8."
        case (.integer, "pillar"): return sl ? "1, 2 ali 3." : "1, 2 or 3."
        case (_, "emso"), (_, "tax_number"), (_, "registration_number"):
            return sl
                ? "V Excelu stolpcu pred vnosom nastavite obliko Besedilo, da se vodilna ničla ne izgubi."
                : "In Excel, format the column as Text before typing, so that no leading zero is lost."
        default: return nil
        }
    }

    /// The allowed values of a column with a closed list, one line each: the code, then its Slovenian words
    /// or its name.
    package static func allowedValues(
        of column: ExchangeColumnInfo, table: ExchangeTable, language: Language, plugins: PluginRegistry,
        operation: ESFOperation
    ) -> [String] {
        switch (table, column.name) {
        case (_, "partners"), (_, "host_partner"), (.developmentPlans, "partner_id"):
            return operation.partners.map { "\($0.id.rawValue) — \($0.name)" }
        case (.persons, "target_groups"):
            return operation.targetGroups.map { "\($0.id.rawValue) — \($0.title[language])" }
        case (.milestones, "output"):
            return operation.outputs.map { "\($0.id.rawValue) — \($0.title[language])" }
        case (.activities, "kind"):
            return plugins.kinds.map { "\($0.rawValue) — \(plugins.displayName(of: $0)[language])" }
        default:
            return vocabulary(of: column.name, in: table)?.map { entry in
                entry.words.isEmpty ? entry.code : "\(entry.code) — \(entry.words.joined(separator: ", "))"
            } ?? []
        }
    }

    /// The fixed list of an enumerated column (and of `role`): each value's code as files spell it and its
    /// Slovenian words; `nil` for a column without one. An enumeration's list comes from its schema field;
    /// `role` is a code column (plugins add roles), listed with the core roles. `ExchangeTemplatesTests`
    /// checks that every column with ``ValueCodec/enumeration`` has one.
    package static func vocabulary(of column: String, in table: ExchangeTable) -> [(
        code: String, words: [String]
    )]? {
        let entries =
            table == .participations && column == "role"
            ? VocabularyEntry.all(of: ParticipationRole.self) { $0.rawValue }
            : table.columnInfo.first { $0.name == column }?.choices
        return entries?.map { ($0.code, $0.words) }
    }
}

extension String {
    /// The text and a line of `character` as long as it, as a heading of the codebook.
    fileprivate func asHeading(_ character: Character) -> [String] {
        [self, String(repeating: character, count: count)]
    }
}
