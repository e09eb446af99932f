import Foundation
import Testing

@testable import SocioLabKit

struct MunicipalityTests {
    /// The 41 rows of `podravje-municipalities.csv`: code, name, administrative unit.
    static let podravjeRows: [(String, String, String)] = [
        ("018", "Destrnik", "Ptuj"),
        ("024", "Dornava", "Ptuj"),
        ("026", "Duplek", "Maribor"),
        ("028", "Gorišnica", "Ptuj"),
        ("042", "Juršinci", "Ptuj"),
        ("045", "Kidričevo", "Ptuj"),
        ("055", "Kungota", "Pesnica"),
        ("058", "Lenart", "Lenart"),
        ("069", "Majšperk", "Ptuj"),
        ("070", "Maribor", "Maribor"),
        ("087", "Ormož", "Ormož"),
        ("089", "Pesnica", "Pesnica"),
        ("096", "Ptuj", "Ptuj"),
        ("098", "Rače - Fram", "Maribor"),
        ("108", "Ruše", "Ruše"),
        ("113", "Slovenska Bistrica", "Slovenska Bistrica"),
        ("115", "Starše", "Maribor"),
        ("118", "Šentilj", "Pesnica"),
        ("135", "Videm", "Ptuj"),
        ("143", "Zavrč", "Ptuj"),
        ("148", "Benedikt", "Lenart"),
        ("153", "Cerkvenjak", "Lenart"),
        ("159", "Hajdina", "Ptuj"),
        ("160", "Hoče - Slivnica", "Maribor"),
        ("167", "Lovrenc na Pohorju", "Ruše"),
        ("168", "Markovci", "Ptuj"),
        ("169", "Miklavž na Dravskem polju", "Maribor"),
        ("171", "Oplotnica", "Slovenska Bistrica"),
        ("172", "Podlehnik", "Ptuj"),
        ("178", "Selnica ob Dravi", "Ruše"),
        ("181", "Sveta Ana", "Lenart"),
        ("182", "Sveti Andraž v Slovenskih goricah", "Ptuj"),
        ("185", "Trnovska vas", "Ptuj"),
        ("191", "Žetale", "Ptuj"),
        ("196", "Cirkulane", "Ptuj"),
        ("198", "Makole", "Slovenska Bistrica"),
        ("200", "Poljčane", "Slovenska Bistrica"),
        ("202", "Središče ob Dravi", "Ormož"),
        ("204", "Sveta Trojica v Slovenskih goricah", "Lenart"),
        ("205", "Sveti Tomaž", "Ormož"),
        ("210", "Sveti Jurij v Slovenskih goricah", "Lenart"),
    ]

    @Test func countsMatchTheReference() {
        #expect(Municipality.all.count == 212)
        #expect(Municipality.podravje.count == 41)
        #expect(Municipality.all.filter(\.isUrban).count == 12)
        #expect(Set(Municipality.all.map(\.code)).count == 212)
        #expect(Municipality.all.map(\.code) == Municipality.all.map(\.code).sorted())
        #expect(Municipality.all.allSatisfy { ($0.administrativeUnit != nil) == $0.isInPodravje })
    }

    @Test func everyNameIsDistinctAfterNormalisation() {
        let names = Set(Municipality.all.map { Municipality.normalizedName($0.name) })
        #expect(names.count == 212)
        for municipality in Municipality.all {
            #expect(Municipality.find(name: municipality.name) == municipality)
            #expect(Municipality.lookup(municipality.code.rawValue) == municipality)
            #expect(Municipality.find(code: municipality.code) == municipality)
        }
    }

    @Test(arguments: podravjeRows)
    func podravjeRowIsFoundByCodeAndName(_ code: String, _ name: String, _ unit: String) throws {
        let byCode = try #require(Municipality.find(code: code))
        #expect(byCode.name == name)
        #expect(byCode.isInPodravje)
        #expect(byCode.administrativeUnit == unit)
        #expect(Municipality.find(name: name) == byCode)
        #expect(Municipality.lookup(name) == byCode)
        #expect(Municipality.lookup(name.uppercased()) == byCode)
        #expect(
            Municipality.lookup("  " + name.lowercased().replacingOccurrences(of: " ", with: "   ") + " ")
                == byCode)
        #expect(Municipality.lookup("SI-" + code) == byCode)
        #expect(Municipality.lookup(String(Int(code)!)) == byCode)
        #expect(Municipality.lookup("Občina " + name) == byCode)
        let ascii = name.replacingOccurrences(of: "č", with: "c").replacingOccurrences(of: "š", with: "s")
            .replacingOccurrences(of: "ž", with: "z").replacingOccurrences(of: "Š", with: "S")
            .replacingOccurrences(of: "Ž", with: "Z")
        #expect(Municipality.lookup(ascii) == byCode)
    }

    @Test(arguments: [
        ("Hoče - Slivnica", "160"), ("Hoče-Slivnica", "160"), ("hoce -slivnica", "160"),
        ("Hoče – Slivnica", "160"),
        ("Rače - Fram", "098"), ("Rače-Fram", "098"), ("RACE FRAM", "098"),
        ("Trnovska vas", "185"), ("Trnovska Vas", "185"),
        ("Sveti Andraž v Slov. goricah", "182"), ("Sveti Andraž v Slovenskih goricah", "182"),
        ("Sveta Trojica v Slov.goricah", "204"), ("sveti jurij v slov goricah", "210"),
        ("Mestna občina Maribor", "070"), ("MO Maribor", "070"), ("mestna obcina ptuj", "096"),
        ("MO Ptuj", "096"),
        ("Maribor", "070"), ("Ptuj", "096"), ("Šentilj", "118"), ("Sentilj", "118"),
        ("Miklavž na Dravskem polju", "169"), ("Središče ob Dravi", "202"), ("Žetale", "191"),
        ("Mestna občina Ljubljana", "061"), ("Novo mesto", "085"), ("Dobrova - Polhov Gradec", "021"),
        ("18", "018"), ("018", "018"), ("SI-018", "018"), ("si 18", "018"), ("SI018", "018"),
    ])
    func variantsAreFound(_ text: String, _ code: String) throws {
        let found = try #require(Municipality.lookup(text))
        #expect(found.code.rawValue == code)
    }

    @Test(arguments: [
        "", "   ", "Atlantis", "Mariborr", "MO Lenart", "Mestna občina Destrnik", "0", "000", "214", "999",
        "SI-",
        "1000", "SI-1000", "Slovenska", "Hoče", "-",
    ])
    func unknownTextIsNotFound(_ text: String) {
        #expect(Municipality.lookup(text) == nil)
    }

    @Test func urbanMunicipalitiesOfPodravje() throws {
        let maribor = try #require(Municipality.find(code: "070"))
        let ptuj = try #require(Municipality.find(code: "096"))
        #expect(maribor.name == "Maribor" && maribor.isUrban && maribor.administrativeUnit == "Maribor")
        #expect(ptuj.name == "Ptuj" && ptuj.isUrban && ptuj.administrativeUnit == "Ptuj")
        #expect(Municipality.podravje.filter(\.isUrban).map(\.code.rawValue) == ["070", "096"])
        #expect(try #require(Municipality.find(code: "061")).isInPodravje == false)
    }

    @Test func administrativeUnitCounts() {
        let counts = Dictionary(grouping: Municipality.podravje, by: { $0.administrativeUnit! }).mapValues(
            \.count)
        #expect(
            counts == [
                "Ptuj": 16, "Lenart": 6, "Maribor": 6, "Slovenska Bistrica": 4, "Pesnica": 3, "Ruše": 3,
                "Ormož": 3,
            ])
    }

    @Test func normalizedNameForms() {
        #expect(Municipality.normalizedName("Hoče - Slivnica") == "hoce slivnica")
        #expect(Municipality.normalizedName("  HOČE–SLIVNICA ") == "hoce slivnica")
        #expect(
            Municipality.normalizedName("Sveti Jurij v Slov. goricah") == "sveti jurij v slovenskih goricah")
        #expect(Municipality.normalizedName("Mestna občina Maribor") == "maribor")
        #expect(Municipality.normalizedName("Đakovo, Ćuprija") == "dakovo cuprija")
        #expect(Municipality.normalizedName("Trnovska Vas") == Municipality.normalizedName("Trnovska vas"))
    }

    @Test func codeValues() throws {
        #expect(Municipality.Code(18)?.rawValue == "018")
        #expect(Municipality.Code(0) == nil)
        #expect(Municipality.Code(1000) == nil)
        #expect(Municipality.Code(rawValue: "18") == nil)
        #expect(Municipality.Code(rawValue: "000") == nil)
        #expect(Municipality.Code(rawValue: "0a8") == nil)
        #expect(Municipality.Code(rawValue: "070")?.number == 70)
        #expect(Municipality.Code(parsing: " SI-96 ")?.isoCode == "SI-096")
        #expect(Municipality.Code(parsing: "SI--96") == Municipality.Code(96))
        #expect(Municipality.Code(parsing: "+96") == nil)
        #expect(try #require(Municipality.Code(9)) < #require(Municipality.Code(10)))
        #expect(Municipality.find(code: "18") == Municipality.find(code: "SI-018"))
        #expect(Municipality.find(code: "abc") == nil)
    }

    @Test func codableRoundTrip() throws {
        let destrnik = try #require(Municipality.find(code: "018"))
        let data = try JSONEncoder().encode(destrnik)
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["code"] as? String == "018")
        #expect(try JSONDecoder().decode(Municipality.self, from: data) == destrnik)
        #expect(
            try JSONDecoder().decode([Municipality.Code].self, from: Data(#"["070"]"#.utf8)) == [
                Municipality.Code(70)!
            ])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Municipality.Code].self, from: Data(#"["70"]"#.utf8))
        }
        #expect(destrnik.id == destrnik.code)
    }
}
