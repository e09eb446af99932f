import Foundation
import Testing

@testable import SocioLabKit

struct ExchangePlannerTests {
    static let organisations = "id,name,legal_form\no1,Zadruga,zadruga\n"
    static let persons =
        "id,gender,organisation_id,given_name,consent_date\np1,f,o1,Ana,2019-09-01\np2,m,,,1.9.2019\n"
    static let activities = "id,kind,title,start_date,status\na1,training,T,2019-10-03,held\n"
    static let participations =
        "id,activity_id,person_id,status,hours\nx1,a1,p1,attended,4\nx2,a1,p2,attended,4\n"

    @Test func orderOfFilesDoesNotMatter() throws {
        let files = [
            ("participations.csv", Self.participations), ("persons.csv", Self.persons),
            ("activities.csv", Self.activities), ("organisations.csv", Self.organisations),
        ]
        let read = { (files: [(String, String)]) in
            try CSVImport.read(files.map { CSVSource(name: $0.0, data: Data($0.1.utf8)) })
        }
        let forward = try read(files)
        #expect(try read(files.reversed()) == forward)
        #expect(try read([files[2], files[0], files[3], files[1]]) == forward)
        #expect(forward.records.map(\.kind) == forward.records.map(\.kind).sorted())
        let changes = ImportPlanner.changes(for: forward, against: Dataset(operation: .socioLabPodravje))
        // Referenced entities come first, so the changes apply in order.
        #expect(
            changes.map(\.reference.description) == [
                "organisation/o1", "person/p1", "person/p2", "personal_details/p1", "activity/a1",
                "participation/x1", "participation/x2",
            ])
        let dataset = try ExchangeFixtures.applying(changes, to: Dataset(operation: .socioLabPodravje))
        #expect(Validator(rules: CoreRules.all).validate(dataset).filter { $0.severity == .error }.isEmpty)
    }

    @Test func reimportingTheSameFilesIsANoOp() throws {
        let files = [
            ("organisations.csv", Self.organisations), ("persons.csv", Self.persons),
            ("activities.csv", Self.activities), ("participations.csv", Self.participations),
        ]
        let once = try ExchangeFixtures.importCSV(files)
        let batch = try CSVImport.read(files.map { CSVSource(name: $0.0, data: Data($0.1.utf8)) })
        #expect(ImportPlanner.changes(for: batch, against: once).isEmpty)
        #expect(try ExchangeFixtures.importCSV(files, into: once) == once)
    }

    @Test func changedRowsBecomeUpdatesAndNewRowsInserts() throws {
        let start = try ExchangeFixtures.importCSV([
            ("organisations.csv", Self.organisations), ("persons.csv", Self.persons),
        ])
        let batch = try CSVImport.read(
            Data("id,gender,organisation_id,given_name\np1,x,o1,Ana\np2,m,,\np9,u,,\n".utf8),
            file: "persons.csv")
        let changes = ImportPlanner.changes(for: batch, against: start)
        #expect(
            changes == [
                .update(
                    Person(
                        id: "p1", gender: .nonBinary, organisation: "o1",
                        consent: Consent(givenOn: ExchangeFixtures.day(2019, 9, 1))
                    ).record),
                .insert(Person(id: "p9", gender: .undisclosed).record),
            ])
    }

    @Test func missingColumnsKeepTheStoredValues() throws {
        let start = ExchangeFixtures.dataset
        // Only the gender column: every other field of p1 and its personal details stay.
        let batch = try CSVImport.read(Data("id,gender\np1,m\n".utf8), file: "persons.csv")
        let changes = ImportPlanner.changes(for: batch, against: start)
        var expected = start.persons["p1"]!
        expected.gender = .male
        #expect(changes == [.update(expected.record)])
        // A participations file without evidence keeps the evidence.
        let x1 = try CSVImport.read(
            Data(
                "id,activity_id,person_id,organisation_id,role,status,hours\nx1,a1,p1,o1,mentee,attended,1.25\n"
                    .utf8),
            file: "participations.csv")
        #expect(ImportPlanner.changes(for: x1, against: start).isEmpty)
    }

    @Test func emptyCellsClearValuesWhenTheColumnIsThere() throws {
        let start = ExchangeFixtures.dataset
        let batch = try CSVImport.read(Data("id,gender,birth_date\np1,f,\n".utf8), file: "persons.csv")
        var expected = start.persons["p1"]!
        expected.birthDate = nil
        #expect(ImportPlanner.changes(for: batch, against: start) == [.update(expected.record)])
    }

    @Test func emptyDetailsAreNotInsertedButClearExistingOnes() throws {
        let start = ExchangeFixtures.dataset
        let batch = try CSVImport.read(
            Data("id,given_name,family_name,emso,email,phone\np2,,,,,\np3,,,,,\n".utf8), file: "persons.csv")
        let changes = ImportPlanner.changes(for: batch, against: start)
        #expect(changes == [.update(PersonalDetails(person: "p3").record)])
    }

    @Test func batchOfCompleteRecordsIsOrderedByKind() {
        let batch = ImportBatch(records: ExchangeFixtures.records.reversed())
        #expect(batch.records.map(\.kind) == batch.records.map(\.kind).sorted())
        #expect(batch.count == ExchangeFixtures.records.count)
        #expect(batch.counts[.person] == 3)
    }
}
