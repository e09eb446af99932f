import Foundation
import Testing

/// Issue 14: every command speaks the language of `--lang`, else `$SOCIOLAB_LANG`, else the locale, and
/// English by default; a bad import says the same things, with place and fix, in either language.
struct LanguageCLITests {
    /// How a run chooses its language, and what it must then say.
    struct Choice: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var environment: [String: String]
        var slovenian: Bool
        var description: String { name }
    }

    static let choices: [Choice] = [
        Choice(name: "--lang sl", arguments: ["--lang", "sl"], environment: [:], slovenian: true),
        Choice(name: "-l sl", arguments: ["-l", "sl"], environment: [:], slovenian: true),
        Choice(
            name: "SOCIOLAB_LANG=sl", arguments: [], environment: ["SOCIOLAB_LANG": "sl"], slovenian: true),
        Choice(
            name: "LANG=sl_SI.UTF-8", arguments: [], environment: ["LANG": "sl_SI.UTF-8"], slovenian: true),
        Choice(
            name: "LC_ALL beats LANG", arguments: [],
            environment: ["LC_ALL": "sl_SI.UTF-8", "LANG": "en_GB.UTF-8"],
            slovenian: true),
        Choice(name: "default", arguments: [], environment: [:], slovenian: false),
        Choice(
            name: "--lang en beats the environment", arguments: ["--lang", "en"],
            environment: ["SOCIOLAB_LANG": "sl", "LANG": "sl_SI.UTF-8"], slovenian: false),
        Choice(
            name: "SOCIOLAB_LANG=en beats LANG", arguments: [],
            environment: ["SOCIOLAB_LANG": "en", "LANG": "sl_SI.UTF-8"],
            slovenian: false),
    ]

    /// Persons with a municipality near miss, a date as an Excel serial number, and a short row.
    static let persons =
        "id,gender,birth_date,municipality,employment_status\n"
        + "p1,f,32874,Maribr,employed\n"
        + "p2,f,1990-01-01,070\n"

    @Test("A bad import in the chosen language: exit 1, place, fix, nothing written", arguments: choices)
    func badImport(_ choice: Choice) throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let journal = try directory.read("s/journal.jsonl")
        let snapshot = try directory.read("s/snapshot.json")
        try directory.write(Self.persons, to: "persons.csv")
        let result = try directory.sociolab(
            arguments: ["import", "--store", "s"] + choice.arguments + ["persons.csv"],
            environment: choice.environment)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        // Each finding as FILE:LINE:COLUMN: severity: message [code], its fix indented on the next line.
        let expected =
            choice.slovenian
            ? [
                "persons.csv:2:birth_date: napaka: '32874' v stolpcu birth_date: to je videti kot datum, ki ga "
                    + "Excel prikazuje kot zaporedno številko; 32874 je 1. 1. 1990. [value.invalid]",
                "    Stolpec oblikujte kot datum ali besedilo in datum zapišite kot LLLL-MM-DD (1990-01-01) ali "
                    + "D. M. LLLL (1. 1. 1990).",
                "persons.csv:2:municipality: napaka: 'Maribr' ni slovenska občina. [import.unknown-code]",
                "    Ste mislili Maribor (070)? Vpišite njeno statistično šifro (070) ali ime (Maribor).",
                "persons.csv:3:employment_status: opozorilo: Ta vrstica ima 4 polja, glava pa 5 stolpcev; "
                    + "manjka stolpec employment_status, zato je prebran kot prazen. [csv.short-row]",
                "    Če naj bo prazen, končajte vrstico s praznimi polji",
                "2 napaki, 1 opozorilo; nič ni bilo uvoženo",
            ]
            : [
                "persons.csv:2:birth_date: error: '32874' in birth_date: this looks like a date that Excel shows "
                    + "as its serial number; 32874 is 1. 1. 1990 (1990-01-01). [value.invalid]",
                "    Format the column as a date or as Text and write the date as YYYY-MM-DD (1990-01-01).",
                "persons.csv:2:municipality: error: 'Maribr' is not a Slovenian municipality. "
                    + "[import.unknown-code]",
                "    Did you mean Maribor (070)? Write its statistical code (070) or its name (Maribor).",
                "persons.csv:3:employment_status: warning: This row has 4 fields but the header has 5 columns; "
                    + "employment_status is missing and read as empty. [csv.short-row]",
                "    If it is meant to be empty",
                "2 error(s), 1 warning(s); nothing was imported",
            ]
        #expect(lines.count == expected.count, "\(result)")
        for (line, start) in zip(lines, expected) {
            #expect(line.hasPrefix(start), "\(choice): \(line)")
        }
        #expect(try directory.read("s/journal.jsonl") == journal)
        #expect(try directory.read("s/snapshot.json") == snapshot)
    }

    @Test("Store errors and summaries of other commands follow the language")
    func otherCommands() throws {
        let directory = try TemporaryDirectory()
        let missing = try directory.sociolab(
            "validate", "--store", "none", environment: ["LANG": "sl_SI.UTF-8"])
        #expect(missing.exitCode == 3)
        #expect(
            missing.standardError.hasPrefix("sociolab: napaka: na poti 'none' ni shrambe; ustvarite jo z "),
            "\(missing)")
        let created = try directory.sociolab("init", "--store", "s", "--lang", "sl")
        #expect(
            created.standardError == "Ustvarjena je prazna shramba za SocioLab Podravje v s\n", "\(created)")
        let validated = try directory.sociolab(
            "validate", "--store", "s", environment: ["SOCIOLAB_LANG": "sl"])
        #expect(
            validated.standardError.hasSuffix("0 napak, 0 opozoril, skupaj 0 ugotovitev\n"), "\(validated)")
        let verified = try directory.sociolab("store", "verify", "--store", "s", "-l", "sl")
        #expect(verified.standardError.hasPrefix("s: shramba je brez napak"), "\(verified)")
        try directory.write("id,gender\np1,f\n", to: "persons.csv")
        let imported = try directory.sociolab("import", "--store", "s", "persons.csv", "--lang", "sl")
        #expect(imported.exitCode == 0)
        #expect(
            imported.standardError == "Uvoženo: 1 nov zapis, 0 posodobitev, kot revizija 1\n", "\(imported)")
        let english = try directory.sociolab("validate", "--store", "s")
        #expect(
            english.standardError.hasSuffix("0 error(s), 0 warning(s), 0 issue(s) in all\n"), "\(english)")
    }

    @Test("Every command accepts --lang, and a wrong value is a usage error")
    func everyCommandAcceptsLang() throws {
        let directory = try TemporaryDirectory()
        for command in [
            "init", "demo", "import", "export", "validate", "report", "history", "erase-person",
            "plugins", "store",
        ] {
            let help = try directory.sociolab(command, "--lang", "sl", "--help")
            #expect(help.exitCode == 0, "\(command): \(help)")
            #expect(help.standardOutput.contains("--lang"), "\(command)")
        }
        let programHelp = try directory.sociolab("--help", environment: ["LANG": "sl_SI.UTF-8"])
        #expect(
            programHelp.standardOutput.contains("Uvozi datoteke CSV ali en dokument JSON"), "\(programHelp)")
        let importHelp = try directory.sociolab("help", "import", "-l", "sl")
        #expect(importHelp.standardOutput.contains("Jezik vseh sporočil: sl ali en"), "\(importHelp)")
        let englishHelp = try directory.sociolab("--help")
        #expect(englishHelp.standardOutput.contains("Import CSV files or one JSON dataset document"))
        let wrong = try directory.sociolab("plugins", "--lang", "de")
        #expect(wrong.exitCode == 2, "\(wrong)")
    }
}
