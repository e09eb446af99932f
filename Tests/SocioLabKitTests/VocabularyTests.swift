import Foundation
import Testing

@testable import SocioLabKit

/// Issue 14: the closed lists of the CSV files with their Slovenian words, the Slovenian column names,
/// and the suggestions for near misses; and the tables of `Documentation/DataFormats.md` that list them.
struct VocabularyTests {
    /// What one vocabulary of the guide's table is: its file and columns, and each value's file code and
    /// Slovenian words as the code declares them.
    struct Listed: Sendable {
        var file: String
        var columns: [String]
        var values: [(code: String, words: [String])]
    }

    static func listed<T: Vocabulary>(
        _ file: String, _ columns: [String], _ type: T.Type, spell: (T) -> String = { $0.rawValue }
    ) -> Listed {
        Listed(file: file, columns: columns, values: T.vocabulary.map { (spell($0), $0.slovenian) })
    }

    static let vocabularies: [Listed] = [
        listed("organisations.csv", ["stage"], OrganisationStage.self),
        listed("persons.csv", ["gender"], Gender.self, spell: \.exchangeCode),
        listed("persons.csv", ["employment_status"], EmploymentStatus.self),
        listed(
            "persons.csv", ["migrant_minority", "disability", "other_disadvantaged"], SensitiveAnswer.self),
        listed("activities.csv", ["status"], ActivityStatus.self),
        listed("participations.csv", ["role"], ParticipationRole.self),
        listed("participations.csv", ["status"], ParticipationStatus.self),
        listed("jobs.csv", ["kind"], JobKind.self),
        listed("products.csv", ["kind"], ProductKind.self),
        listed("payment_claims.csv", ["status"], PaymentClaim.Status.self),
    ]

    /// The rows of the guide's table under `heading`: each cell's backticked items.
    static func tableRows(under heading: String) -> [[[String]]] {
        let lines = DataFormatsSchemaTests.guide.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: Substring(heading)) else { return [] }
        let rows = lines[(start + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }.dropFirst(2)
        return rows.map { row in
            row.split(separator: "|").map { cell in
                let parts = cell.split(separator: "`", omittingEmptySubsequences: false)
                let quoted = stride(from: 1, to: parts.count, by: 2).map { String(parts[$0]) }
                let plain = cell.trimmingCharacters(in: .whitespaces)
                return quoted.isEmpty ? [plain] : quoted
            }
        }
    }

    @Test func guideListsTheSlovenianWordsOfEveryVocabulary() {
        let rows = Self.tableRows(under: "### Slovenian words for fixed values")
        var expected: [[[String]]] = []
        for vocabulary in Self.vocabularies {
            for value in vocabulary.values {
                expected.append([[vocabulary.file], vocabulary.columns, [value.code], value.words])
            }
        }
        #expect(rows == expected)
    }

    @Test(arguments: ExchangeTable.allCases)
    func everyColumnHasOneSlovenianNameDistinctInItsTable(table: ExchangeTable) {
        for column in table.columns {
            #expect(ExchangeTable.slovenianColumnNames[column] != nil, "\(column)")
        }
        // A name, English or Slovenian, folded, names one column only.
        var owner: [String: Int] = [:]
        for (index, names) in zip(table.columns, table.slovenianColumns).enumerated() {
            for key in Set([VocabularyKey.fold(names.0), VocabularyKey.fold(names.1)]) {
                #expect(owner[key] == nil, "\(key)")
                owner[key] = index
            }
        }
    }

    @Test func noSpellingMeansTwoValues() {
        func check<T: Vocabulary & Hashable>(_ type: T.Type, spell: (T) -> String = { $0.rawValue }) {
            var seen: [String: T] = [:]
            for value in T.vocabulary {
                for spelling in [spell(value), value.rawValue] + value.slovenian {
                    let key = VocabularyKey.fold(spelling)
                    #expect(seen[key] == nil || seen[key] == value, "\(spelling)")
                    seen[key] = value
                }
            }
        }
        check(OrganisationStage.self)
        check(Gender.self, spell: \.exchangeCode)
        check(EmploymentStatus.self)
        check(SensitiveAnswer.self)
        check(ActivityStatus.self)
        check(ParticipationRole.self)
        check(ParticipationStatus.self)
        check(JobKind.self)
        check(ProductKind.self)
        check(LegalForm.self)
    }

    @Test(arguments: [
        ("trener", "trainer"), ("Trenerka", "trainer"), ("TRAINER", "trainer"), ("udeleženec", "participant"),
        ("Udelezenec", "participant"), ("mentoriranka", "mentee"), ("  Govornik ", "speaker"),
    ])
    func rolesMatchInSlovenianWithoutCaseOrDiacritics(cell: String, role: String) {
        let table = ChoiceTable.of(ParticipationRole.self)
        #expect(table.match(cell.trimmingCharacters(in: .whitespaces))?.rawValue == role)
    }

    @Test func otherVocabulariesMatchTheirSlovenianWords() {
        #expect(ChoiceTable.of(ParticipationStatus.self).match("ni prisel") == .noShow)
        #expect(ChoiceTable.of(ParticipationStatus.self).match("Udeležena") == .attended)
        #expect(ChoiceTable.of(ActivityStatus.self).match("izvedeno") == .held)
        #expect(ChoiceTable.of(EmploymentStatus.self).match("Dolgotrajno brezposelna") == .longTermUnemployed)
        #expect(ChoiceTable.of(EmploymentStatus.self).match("long-term unemployed") == .longTermUnemployed)
        #expect(ChoiceTable.of(SensitiveAnswer.self).match("ne zeli odgovoriti") == .refused)
        #expect(ChoiceTable.of(Gender.self, spell: \.exchangeCode).match("Ž") == .female)
        #expect(ChoiceTable.of(Gender.self, spell: \.exchangeCode).match("moski") == .male)
        #expect(ChoiceTable.of(OrganisationStage.self).match("rast") == .growth)
        #expect(ChoiceTable.of(JobKind.self).match("Ohranjeno") == .retained)
        #expect(ChoiceTable.of(ProductKind.self).match("storitev") == .service)
        #expect(ChoiceTable.of(ParticipationRole.self).match("speakers") == nil)
        #expect(ChoiceTable.of(ParticipationRole.self).match("") == nil)
    }

    @Test(arguments: [
        ("particpant", "participant"), ("trenr", "trainer"), ("udelezenc", "participant"),
        ("organizer", "organiser"), ("mentr", "mentor"),
    ])
    func nearMissSuggestsTheValue(cell: String, suggested: String) {
        let table = ChoiceTable.of(ParticipationRole.self)
        #expect(table.match(cell) == nil)
        #expect(table.suggestion(for: cell) == suggested)
        #expect(table.refusal(cell, column: "role").en.contains("Did you mean \(suggested)?"))
    }

    @Test func farMissSuggestsNothingButListsTheValues() {
        let table = ChoiceTable.of(ActivityStatus.self)
        #expect(table.suggestion(for: "tomorrow") == nil)
        #expect(
            table.refusal("tomorrow", column: "status").en
                == "'tomorrow' is not a valid status. Write planned, held or cancelled "
                + "(or its Slovenian word, listed in DataFormats.md).")
    }

    @Test(arguments: [
        ("", "", 0), ("abc", "", 3), ("particpant", "participant", 1), ("ab", "ba", 1),
        ("kitten", "sitting", 3),
        ("birthdate", "birth_date", 1), ("občina", "obcina", 1),
    ])
    func editDistance(lhs: String, rhs: String, distance: Int) {
        #expect(EditDistance.between(lhs, rhs) == distance)
        #expect(EditDistance.between(rhs, lhs) == distance)
    }

    @Test func nearestIsCloseEnoughAndDeterministic() {
        #expect(EditDistance.nearest(to: "birthdate", among: ["id", "birth_date", "gender"]) == 1)
        #expect(EditDistance.nearest(to: "nickname", among: ["id", "birth_date", "gender"]) == nil)
        #expect(EditDistance.nearest(to: "id", among: ["id"]) == nil)
        #expect(EditDistance.nearest(to: "fort", among: ["form", "fore"]) == 0)
    }

    @Test func foldingIgnoresCaseDiacriticsAndSeparators() {
        #expect(VocabularyKey.fold("Datum rojstva") == "datum_rojstva")
        #expect(VocabularyKey.fold(" OBČINA ") == "obcina")
        #expect(VocabularyKey.fold("long-term  unemployed") == "long_term_unemployed")
        #expect(VocabularyKey.fold("d.o.o.") == "d_o_o")
        #expect(VocabularyKey.fold("Đakovo") == "dakovo")
    }
}
