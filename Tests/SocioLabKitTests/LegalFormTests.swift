import Foundation
import Testing

@testable import SocioLabKit

struct LegalFormTests {
    @Test func rawValuesAreStable() {
        #expect(
            LegalForm.allCases.map(\.rawValue) == [
                "initiative", "zavod", "ustanova", "drustvo", "zadruga", "doo", "dd", "dno", "kd", "kdd",
                "sp", "sce",
                "obcina", "javni_zavod", "other",
            ])
        #expect(LegalForm(rawValue: "javni_zavod") == .javniZavod)
        #expect(LegalForm(rawValue: "d.o.o.") == nil)
        #expect(LegalForm(rawValue: "socialno_podjetje") == nil)
    }

    @Test(arguments: LegalForm.allCases)
    func everySpellingOfAFormParsesBack(_ form: LegalForm) {
        #expect(LegalForm(parsing: form.rawValue) == form)
        #expect(LegalForm(parsing: form.slovenianName) == form)
        #expect(LegalForm(parsing: form.englishName) == form)
        #expect(LegalForm(parsing: form.slovenianName.uppercased()) == form)
        if let abbreviation = form.abbreviation {
            #expect(LegalForm(parsing: abbreviation) == form)
            #expect(LegalForm(parsing: abbreviation.replacingOccurrences(of: ".", with: "")) == form)
        }
        #expect(!form.slovenianName.isEmpty && !form.englishName.isEmpty)
    }

    @Test(arguments: [
        ("d.o.o.", LegalForm.doo), ("D. O. O.", .doo), ("doo", .doo), (" d.o.o ", .doo),
        ("družba z omejeno odgovornostjo", .doo), ("d.d.", .dd), ("s.p.", .sp), ("S. P.", .sp), ("sp", .sp),
        ("k.d.d.", .kdd), ("k.d.", .kd), ("d.n.o.", .dno), ("SCE", .sce), ("evropska zadruga", .sce),
        ("Društvo", .drustvo), ("drustvo", .drustvo), ("Zveza društev", .drustvo), ("zavod", .zavod),
        ("Zasebni zavod", .zavod), ("javni zavod", .javniZavod), ("JAVNI_ZAVOD", .javniZavod),
        ("javni-zavod", .javniZavod), ("ustanova", .ustanova), ("Fundacija", .ustanova),
        ("zadruga", .zadruga),
        ("z.o.o.", .zadruga), ("z.b.o.", .zadruga), ("Z. B. O.", .zadruga), ("občina", .obcina),
        ("Mestna občina", .obcina), ("obcina", .obcina), ("initiative", .initiative), ("pobuda", .initiative),
        ("other", .other),
    ])
    func parsesSpelling(_ text: String, _ form: LegalForm) {
        #expect(LegalForm(parsing: text) == form)
    }

    @Test(arguments: ["", "socialno podjetje", "so.p.", "gmbh", "ltd", "d.o.o. so.p.", "zavodd"])
    func rejectsUnknownSpelling(_ text: String) {
        #expect(LegalForm(parsing: text) == nil)
    }

    @Test func titlesAndAbbreviations() {
        #expect(LegalForm.doo.abbreviation == "d.o.o.")
        #expect(LegalForm.doo.slovenianName == "družba z omejeno odgovornostjo")
        #expect(LegalForm.doo.englishName == "limited liability company")
        #expect(LegalForm.drustvo.slovenianName == "društvo")
        #expect(LegalForm.zavod.abbreviation == nil)
        #expect(LegalForm.zadruga.abbreviation == nil)
        #expect(LegalForm.sce.abbreviation == "SCE")
        #expect(LegalForm.doo.description == "doo")
    }

    @Test func flags() {
        #expect(LegalForm.allCases.filter(\.isCooperative) == [.zadruga, .sce])
        #expect(LegalForm.allCases.filter(\.isInitiative) == [.initiative])
    }

    @Test func codableUsesRawValue() throws {
        let data = try JSONEncoder().encode([LegalForm.javniZavod, .doo])
        #expect(String(decoding: data, as: UTF8.self) == #"["javni_zavod","doo"]"#)
        #expect(try JSONDecoder().decode([LegalForm].self, from: data) == [.javniZavod, .doo])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LegalForm].self, from: Data(#"["d.o.o."]"#.utf8))
        }
    }

    @Test(arguments: [
        "Zadruga Dobrina, z.o.o., so.p.", "Center ponovne uporabe, so.p.",
        "CITILAB, Zavod za razvoj kreativnih tehnologij Maribor, so.p.",
        "CITILAB, Zavod za razvoj kreativnih tehnologij Maribor, socialno podjetje",
        "TKALKA, Zadruga za razvoj družbenih in tehnoloških inovacij z.b.o., socialno podjetje",
        "NOVI ARMAL, z.b.o. so.p.", "RECOSI d.o.o., so.p.", "RECOSI d.o.o., So. p.", "RECOSI d.o.o., SO.P.",
        "Združenje Socialna ekonomija Slovenije, Socialno  Podjetje", "Socialno podjetje (So.p.)", "x (so.p)",
    ])
    func recognisesSocialEnterpriseMark(_ name: String) {
        #expect(LegalForm.hasSocialEnterpriseMark(name))
    }

    @Test(arguments: [
        "Zadruga DOBROTE, z.b.o.", "POMELAJ, zadruga za razvoj podeželja, z.o.o.", "RECOSI d.o.o.",
        "Piso.p. d.o.o.", "so.pro d.o.o.", "Socialnopodjetje d.o.o.", "Zavod za socialno podjetništvo",
        "Socialno podjetjeX", "", "so.", "Osnovna šola, s.p.",
    ])
    func ignoresNamesWithoutMark(_ name: String) {
        #expect(!LegalForm.hasSocialEnterpriseMark(name))
    }
}
