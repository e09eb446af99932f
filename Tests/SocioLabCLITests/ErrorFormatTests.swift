import Foundation
import SocioLabKit
import Testing

@testable import SocioLabCommandLine

/// Issue 20: one error format everywhere — `FILE:LINE:COLUMN: severity: message [code]`, then the fix on
/// its own line, indented — for format errors, data errors and warnings alike.
struct ErrorFormatTests {
    /// Messages and how they split into what is wrong and what to do.
    static let splits: [(message: String, what: String, fix: String?)] = [
        (
            "'Maribr' is not a Slovenian municipality. Did you mean Maribor (070)? Write its code.",
            "'Maribr' is not a Slovenian municipality.", "Did you mean Maribor (070)? Write its code."
        ),
        (
            "'Slov. Bistrica' is not a Slovenian municipality. Did you mean Slovenska Bistrica (113)?",
            "'Slov. Bistrica' is not a Slovenian municipality.", "Did you mean Slovenska Bistrica (113)?"
        ),
        (
            "'32874' v stolpcu birth_date: 32874 je 1. 1. 1990. Zapišite ga kot D. M. LLLL (1. 1. 1990).",
            "'32874' v stolpcu birth_date: 32874 je 1. 1. 1990.", "Zapišite ga kot D. M. LLLL (1. 1. 1990)."
        ),
        (
            "Oznaka 'x2' je že v vrstici 3. Vsaki vrstici dajte svojo.", "Oznaka 'x2' je že v vrstici 3.",
            "Vsaki vrstici dajte svojo."
        ),
        ("names no person; fill in person_id.", "names no person; fill in person_id.", nil),
        ("The file doesn't exist. Check the path.", "The file doesn't exist.", "Check the path."),
        ("Ločilo manjka (npr. Excel ga izpusti).", "Ločilo manjka (npr. Excel ga izpusti).", nil),
    ]

    @Test("A message splits into its first sentence and the fix", arguments: splits.indices)
    func split(_ index: Int) {
        let (message, what, fix) = Self.splits[index]
        let (first, rest) = Diagnostics.split(message)
        #expect(first == what)
        #expect(rest == fix)
    }

    @Test("A format error, a data error and a warning print in the one format, fix on the next line")
    func oneFormat() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        _ = try directory.write(
            "id,name,legal_form,municipality\no1,Sonce,doo,Ptuj,extra\no2,Luna,doo,Maribr\n",
            to: "organisations.csv")
        _ = try directory.write("id,gender,municipality\np1,f,Ljubljana\n", to: "persons.csv")
        let result = try directory.sociolab("import", "--store", "s", "organisations.csv", "persons.csv")
        #expect(result.exitCode == 1, "\(result)")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "organisations.csv:2: error: This row has 5 fields but the header has 4 columns; field 5 holds "
                    + "\"extra\". [csv.field-count]",
                "    Put values that contain the delimiter in double quotes, or remove the extra values.",
                "organisations.csv:3:municipality: error: 'Maribr' is not a Slovenian municipality. "
                    + "[import.unknown-code]",
                "    Did you mean Maribor (070)? Write its statistical code (070) or its name (Maribor).",
                "persons.csv:2:municipality: warning: Ljubljana is outside Podravje [core.municipality-outside]",
                "    Allowed, but check that this is right.",
                "2 error(s), 1 warning(s); nothing was imported",
            ], "\(result)")
        // Every finding line has the shape; every other line but the summary is its fix.
        let finding = try Regex(#"^[^: ]+:\d+(:[a-z_]+)?: (error|warning): .+ \[[a-z.-]+\]$"#)
        for (index, line) in lines.dropLast().enumerated() {
            if index.isMultiple(of: 2) {
                #expect(line.wholeMatch(of: finding) != nil, "\(line)")
            } else {
                #expect(line.hasPrefix(Diagnostics.fixIndent) && !line.hasPrefix(Diagnostics.fixIndent + " "))
            }
        }
    }

    @Test("Usage errors and store errors end with their code")
    func commandErrors() throws {
        let directory = try TemporaryDirectory()
        let usage = try directory.sociolab("reprot")
        #expect(
            usage.standardError == "sociolab: error: unknown command 'reprot'; did you mean 'report'? "
                + "[usage.unknown-command]\n", "\(usage)")
        let store = try directory.sociolab("validate", "--store", "none")
        #expect(store.standardError.hasPrefix("sociolab: error: "), "\(store)")
        #expect(store.standardError.hasSuffix(" [store.missing]\n"), "\(store)")
    }

    @Test("A validation issue of a file with a Slovenian header is placed in the column as the file names it")
    func slovenianHeaderIssue() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        _ = try directory.write(
            "id;kind;title;start_date;status;partners;details\n"
                + "a1;training;Osnove;2019-10-03;held;prizma;\"{\"\"hours\"\":8}\"\n", to: "activities.csv")
        _ = try directory.write("id,gender\np1,f\n", to: "persons.csv")
        _ = try directory.write(
            "šifra;aktivnost;oseba;vloga;stanje\nx1;a1;p1;participant;attended\nx2;a1;p1;participant;attended\n"
                + "x2;a1;p1;participant;attended\n", to: "participations.csv")
        let result = try directory.sociolab(
            "import", "--store", "s", "--lang", "sl", "activities.csv", "persons.csv", "participations.csv")
        #expect(result.exitCode == 1, "\(result)")
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("participations.csv:3:oseba: opozorilo: ") }, "\(result)")
        #expect(
            lines.contains { $0.hasPrefix("participations.csv:4:šifra: napaka: Oznaka (id) 'x2' ") },
            "\(result)")
        #expect(!result.standardError.contains("person_id"), "\(result)")
    }

    @Test("Renaming columns in a message leaves prose, quoted values and references alone")
    func renaming() {
        let names = ["birth_date": "datum_rojstva", "municipality": "občina", "person_id": "oseba"]
        #expect(
            SocioLabError.renaming("'x' in birth_date: the municipality of person/birth_date", names)
                == "'x' in datum_rojstva: the municipality of person/birth_date")
        #expect(
            SocioLabError.renaming("value 'birth_date' (person_id)", names) == "value 'birth_date' (oseba)")
    }
}
