import Foundation
import Testing

/// Issue 14: each kind of import mistake, run with `--lang sl`, says what is wrong and how to fix it in
/// Slovenian, in the one format of issue 20 (`FILE:LINE:COLUMN: napaka: … [code]`, the fix indented on the
/// next line), and writes nothing; a file whose header is in Slovenian hears of its columns by its own names.
struct SlovenianImportMistakesTests {
    /// One kind of mistake: the files to import, and the finding and fix it must print.
    struct Mistake: CustomStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var headline: String
        var fix: String
        var description: String { name }
    }

    static let activities =
        "id;kind;title;start_date;status;partners;details\n"
        + "a1;training;Osnove;2019-10-03;held;prizma;\"{\"\"hours\"\":8}\"\n"
    static let persons =
        "id,gender,birth_date,employment_status,consent_date,entry_date,municipality\n"
        + "p1,f,1990-01-01,employed,2019-01-01,2019-10-03,070\n"

    static let mistakes: [Mistake] = [
        Mistake(
            name: "unknown code with a suggestion",
            files: [
                "activities.csv": activities, "persons.csv": persons,
                "participations.csv": "id,activity_id,person_id,role,status\nx1,a1,p1,particpant,attended\n",
            ],
            headline: "participations.csv:2:role: napaka: 'particpant' ni veljavna vrednost stolpca role. "
                + "[import.unknown-code]",
            fix: "    Ste mislili participant? Vpišite participant, mentee, mentor,"),
        Mistake(
            name: "duplicate participation",
            files: [
                "activities.csv": activities, "persons.csv": persons,
                "participations.csv": "id,activity_id,person_id,role,status\n"
                    + "x1,a1,p1,participant,attended\nx2,a1,p1,participant,attended\n"
                    + "x3,a1,p9,participant,attended\n",
            ],
            headline: "participations.csv:3:person_id: opozorilo: oseba p1 je na aktivnosti a1 že vpisana z "
                + "udeležbo x1 [core.duplicate-participation]",
            fix: "    Izbrišite podvojeni zapis (x2 ali x1). Do takrat udeležba šteje enkrat, kot x1"),
        Mistake(
            name: "near-miss header",
            files: ["persons.csv": "id,gender,birthdate\np3,f,1990-01-01\n"],
            headline: "persons.csv:1:birthdate: napaka: 'birthdate' ni stolpec datoteke persons.csv. "
                + "[import.unknown-column]",
            fix: "    Ste mislili datum_rojstva (birth_date)? Popravite glavo."),
        Mistake(
            name: "short row",
            files: ["organisations.csv": "id,name,legal_form\no1,Sonce\n"],
            headline: "organisations.csv:2:legal_form: napaka: Ta vrstica ima 2 polji, glava pa 3 stolpce; "
                + "manjka stolpec legal_form, izpolnjen pa mora biti stolpec legal_form. [csv.field-count]",
            fix: "    Verjetno manjka ločilo prej v vrstici: dopolnite vrstico"),
        Mistake(
            name: "bad date",
            files: ["persons.csv": "id,gender,birth_date\np4,f,1990-13-45\n"],
            headline: "persons.csv:2:birth_date: napaka: '1990-13-45' ni datum; zapišite ga kot LLLL-MM-DD "
                + "(2019-10-03) ali D. M. LLLL (3. 10. 2019). [value.invalid]",
            fix: ""),
        Mistake(
            name: "Excel damage",
            files: ["organisations.csv": "id,name,legal_form,tax_number\no2,Sonce,doo,\"1,23457E+07\"\n"],
            headline: "organisations.csv:2:tax_number: napaka: '1,23457E+07' v stolpcu tax_number: Excel je "
                + "število pretvoril v znanstveni zapis in izgubil števke. [identifier.not-digits]",
            fix: "    Stolpec oblikujte kot besedilo in vrednost vpišite znova"),
    ]

    @Test(
        "Each kind of import mistake in Slovenian: the finding, its fix on the next line, nothing written",
        arguments: mistakes)
    func mistake(_ mistake: Mistake) throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        for (name, text) in mistake.files { _ = try directory.write(text, to: name) }
        let before = try directory.digests("s")
        let files = ["activities.csv", "organisations.csv", "persons.csv", "participations.csv"]
            .filter { mistake.files[$0] != nil }
        let result = try directory.sociolab(arguments: ["import", "--store", "s", "--lang", "sl"] + files)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
        #expect(try directory.digests("s") == before, "the store changed")
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        let index = try #require(lines.firstIndex(of: mistake.headline), "\(result)")
        if mistake.fix.isEmpty {
            #expect(!lines[index + 1].hasPrefix(" "), "\(result)")
        } else {
            #expect(lines[index + 1].hasPrefix(mistake.fix), "\(result)")
        }
        #expect(result.standardError.hasSuffix("nič ni bilo uvoženo\n"), "\(result)")
        #expect(!result.standardError.contains("error"), "\(result)")
    }

    @Test(
        "A file with a Slovenian header hears of its columns by the names it gives them",
        arguments: ["sl", "en"])
    func slovenianHeader(_ language: String) throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        _ = try directory.write(
            "šifra;spol;datum_rojstva;Občina\np1;ž;32874;Maribr\n", to: "persons.csv")
        let result = try directory.sociolab("import", "--store", "s", "--lang", language, "persons.csv")
        #expect(result.exitCode == 1, "\(result)")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        let date = try #require(lines.first { $0.hasPrefix("persons.csv:2:datum_rojstva: ") }, "\(result)")
        #expect(date.contains(language == "sl" ? "v stolpcu datum_rojstva:" : "in datum_rojstva:"), "\(date)")
        #expect(!result.standardError.contains("birth_date"), "\(result)")
        #expect(lines.contains { $0.hasPrefix("persons.csv:2:Občina: ") }, "\(result)")
        #expect(!result.standardError.contains(":municipality:"), "\(result)")
    }
}
