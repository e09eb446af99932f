import Foundation
import Testing

@testable import SocioLabKit

/// Issue 14 in the kit: header names that miss, partner codes without case or joined with `,`,
/// municipalities and activity kinds that miss.
struct ImportNearMissKitTests {
    /// The import of files against the SocioLab Podravje operation: the batch, or the failure.
    static func read(_ files: [(String, String)]) -> Result<ImportBatch, ImportFailure> {
        Result { () throws(ImportFailure) -> ImportBatch in
            try CSVImport.read(
                files.map { CSVSource(name: $0.0, data: Data($0.1.utf8)) },
                options: .init(operation: .socioLabPodravje))
        }
    }

    static func map(_ names: [String], _ table: ExchangeTable = .persons) -> CSVColumnMap {
        CSVColumnMap(table: table, header: CSVHeader(names), headerLine: 1, file: table.fileName)
    }

    @Test func headersMatchInSlovenianAndWithoutCase() {
        let map = Self.map(["ŠIFRA", "Datum rojstva", "občina", "Gender", "e-pošta"])
        let columns = ExchangeTable.persons.columns
        #expect(map.headerErrors.isEmpty)
        #expect(map.warnings.isEmpty)
        #expect(map.positions[columns.firstIndex(of: "id")!] == 0)
        #expect(map.positions[columns.firstIndex(of: "birth_date")!] == 1)
        #expect(map.positions[columns.firstIndex(of: "municipality")!] == 2)
        #expect(map.positions[columns.firstIndex(of: "gender")!] == 3)
        #expect(map.positions[columns.firstIndex(of: "email")!] == 4)
        #expect(map.hasPersonalDetails)
    }

    @Test(arguments: [
        ("birthdate", "birth_date"), ("municipallity", "municipality"), ("datum_rojsta", "birth_date"),
        ("obcna", "municipality"), ("gendr", "gender"),
    ])
    func nearMissHeaderIsAnErrorThatSuggests(written: String, column: String) throws {
        let map = Self.map(["id", written])
        let error = try #require(map.headerErrors.first)
        #expect(map.headerErrors.count == 1)
        #expect(error.code == .importUnknownColumn)
        #expect(error.location == .init(file: "persons.csv", line: 1, field: written))
        #expect(error.message.contains("Did you mean \(column) ("), "\(error.message)")
        #expect(!map.stopsReading)
    }

    @Test func otherUnknownHeadersAreOneWarning() throws {
        let map = Self.map(["id", "opomba", "", "zadnji klic"])
        #expect(map.headerErrors.isEmpty)
        let warning = try #require(map.warnings.first)
        #expect(map.warnings.count == 1)
        #expect(warning.code == .importIgnoredColumns)
        #expect(warning.message.hasPrefix("The columns 'opomba', 'zadnji klic' are not in persons.csv"))
    }

    @Test func aColumnNamedTwiceIsAnError() {
        let map = Self.map(["id", "municipality", "Občina"])
        #expect(map.headerErrors.map(\.code) == [.importDuplicateColumn])
    }

    @Test func aMissedRequiredColumnStopsTheRowsWithOneError() {
        let map = Self.map(["id", "activty_id", "status"], .participations)
        #expect(map.headerErrors.map(\.code) == [.importUnknownColumn])
        #expect(map.stopsReading)
    }

    @Test func warningsReachTheBatchAndTheFailure() throws {
        let ok = Self.read([("persons.csv", "id,opomba\np1,x\n")])
        #expect(try ok.get().warnings.map(\.code) == [.importIgnoredColumns])
        let failed = Self.read([("persons.csv", "id,opomba,gender\np1,x,q\n")])
        guard case .failure(let failure) = failed else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.errors.map(\.code) == [.importUnknownCode])
        #expect(failure.warnings.map(\.code) == [.importIgnoredColumns])
    }

    @Test func partnersMatchWithoutCaseAndAreKeptAsTheOperationWritesThem() throws {
        let batch = try Self.read([
            (
                "activities.csv",
                "id,kind,title,start_date,status,partners\na1,fair,S,2019-10-03,held,\"Prizma;CITILAB\"\n"
            )
        ]).get()
        guard case .activity(let activity) = batch.records.first else {
            Issue.record("expected an activity")
            return
        }
        #expect(activity.partners == ["prizma", "citilab"])
    }

    @Test func listItemsJoinedWithACommaSaySeparateWithSemicolons() {
        #expect(
            CSVRowReader.unknown(
                "prizma, citilab", what: "a partner", known: ["prizma", "citilab"], list: true
            ).en
                == "'prizma, citilab' holds several items separated by ','; separate list items with ; "
                + "(prizma;citilab).")
        #expect(
            CSVRowReader.unknown(
                "prizmo", what: "a partner of the operation", known: ["prizma", "zses"], list: true
            ).en
                == "'prizmo' is not a partner of the operation. Did you mean prizma? Write one of prizma, zses."
        )
    }

    @Test(arguments: [
        ("Maribr", "070"), ("Slov. Bistrica", "113"), ("Sv. Ana", "181"), ("Ptju", "096"),
        ("Sveta Trojica v Slov. gor.", "204"),
    ])
    func municipalityNearMissIsSuggested(written: String, code: String) {
        #expect(Municipality.lookup(written) == nil)
        #expect(Municipality.suggestion(for: written)?.code.rawValue == code)
    }

    @Test(arguments: [
        ("Lenart v Slovenskih goricah", "058"), ("Šentilj v Slov. goricah", "118"),
        ("Koper - Capodistria", "050"),
        ("Občina Lenart v Slovenskih goricah", "058"),
    ])
    func officialNamesAreAccepted(written: String, code: String) {
        #expect(Municipality.lookup(written)?.code.rawValue == code)
    }

    @Test func farMunicipalityIsSuggestedNothing() {
        #expect(Municipality.suggestion(for: "Zagreb") == nil)
    }

    @Test func kindNamedByItsPluginsNameIsMisspelt() {
        let rule = MisspelledKindRule(names: [
            "training": LocalizedText(sl: "Usposabljanje", en: "Training"),
            "mentoring": LocalizedText(sl: "Mentorstvo", en: "Mentoring"),
        ])
        #expect(rule.intended("usposabljanje") == "training")
        #expect(rule.intended("Training") == "training")
        #expect(rule.intended("trainig") == "training")
        #expect(rule.intended("mentorstvo") == "mentoring")
        #expect(rule.intended("training") == nil)
        #expect(rule.intended("study_visit") == nil)
        let unregistered = UnregisteredKindRule(kinds: ["training", "mentoring"], names: rule.names)
        let activity = Activity(
            id: "a1", kind: "usposabljanje", title: "T", startDate: Day(year: 2019, month: 1, day: 1)!)
        #expect(unregistered.check(activity, in: Dataset(operation: .socioLabPodravje)).isEmpty)
        let issues = rule.check(activity, in: Dataset(operation: .socioLabPodravje))
        #expect(issues.map(\.severity) == [.error])
        #expect(issues.first?.message.sl.contains("verjetno je mišljena vrsta 'training'") == true)
    }
}

/// A participation's role: the vocabulary, a plugin's role written as a code, or an error.
struct ImportRoleTests {
    static func roles(_ cells: [String]) -> Result<[String], ImportFailure> {
        let rows = cells.enumerated().map { "x\($0.offset),a1,\($0.element),attended" }
        return ImportNearMissKitTests.read([
            ("participations.csv", "id,activity_id,role,status\n" + rows.joined(separator: "\n") + "\n")
        ]).map { batch in
            batch.records.compactMap { if case .participation(let p) = $0 { p.role.rawValue } else { nil } }
        }
    }

    @Test func slovenianWordsCaseVariantsAndPluginRolesAreRead() throws {
        #expect(
            try Self.roles(["trener", "Udeleženec", "MENTOR", "guest_listener", ""]).get()
                == ["trainer", "participant", "mentor", "guest_listener", "participant"])
    }

    @Test(arguments: ["particpant", "Trenr", "Gost na dogodku", "organizer"])
    func nearMissesAndWordsThatAreNoCodeAreRefused(cell: String) {
        guard case .failure(let failure) = Self.roles([cell]) else {
            Issue.record("'\(cell)' was accepted")
            return
        }
        #expect(failure.errors.map(\.code) == [.importUnknownCode])
        #expect(failure.errors.first?.location.field == "role")
    }
}
