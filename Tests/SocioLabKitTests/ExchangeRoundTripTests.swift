import Foundation
import Testing

@testable import SocioLabKit

/// A hand-built dataset that sets every field of every entity, with awkward text.
enum ExchangeFixtures {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// A valid EMŠO of a woman born on 17 May 1990.
    static var emso: EMSO {
        (500..<600).lazy.compactMap { EMSO.make(birthDate: day(1990, 5, 17), registerCode: 50, serial: $0) }
            .first!
    }

    /// The same EMŠO with a wrong check digit.
    static var emsoWithWrongCheckDigit: String {
        let digits = emso.digits
        return digits.dropLast() + String((Int(String(digits.last!))! + 1) % 10)
    }

    static var records: [EntityRecord] {
        let evidence = [
            Evidence(documentID: "AS-2019/14; \"a\"", kind: .attendanceSheet, date: day(2019, 10, 3)),
            Evidence(documentID: "=HYPERLINK(x)", kind: Evidence.Kind(rawValue: "custom_kind")),
        ]
        return [
            Organisation(
                id: "o1", name: "Zadruga \"Dobrina\", z.o.o.; so.p.", legalForm: .zadruga,
                socialEnterprise: true,
                registrationNumber: try! RegistrationNumber("5000009"), taxNumber: try! TaxNumber("12345679"),
                municipality: Municipality.Code(rawValue: "070"), stage: .growth
            ).record,
            Organisation(id: "o2", name: "=SUM(A1)", legalForm: .initiative).record,
            Person(
                id: "p1", gender: .female, birthDate: day(1990, 5, 17), employmentStatus: .longTermUnemployed,
                isced: 3, migrantOrMinority: .refused, disability: .no, otherDisadvantaged: .yes,
                homeless: false,
                rural: true, targetGroups: ["social-economy-stakeholders", "unemployed"],
                municipality: Municipality.Code(rawValue: "096"), organisation: "o1",
                entryDate: day(2019, 9, 2),
                consent: Consent(givenOn: day(2019, 9, 1), withdrawnOn: day(2020, 1, 15)),
                enrolledBy: "prizma"
            ).record,
            PersonalDetails(
                person: "p1", givenName: "Špela", familyName: "Čebašek-Žužek, \"ml.\"",
                email: "spela@example.si",
                phone: "+386 41 123 456", emso: emso
            ).record,
            Person(id: "p2", gender: .nonBinary).record,
            Person(id: "p3", gender: .undisclosed, employmentStatus: .inactiveInEducation, isced: 0).record,
            PersonalDetails(person: "p3", givenName: "'=Ana'", familyName: "-Novak").record,
            InfoPoint(
                id: "ip-ptuj", name: "Informacijska točka Ptuj",
                municipality: Municipality.Code(rawValue: "096"),
                hostPartner: "prizma", openedOn: day(2018, 6, 1), closedOn: day(2021, 12, 31)
            ).record,
            Activity(
                id: "a1", kind: "training", title: "Osnove; socialnega \"podjetništva\", 1. del", pillar: 3,
                partners: ["prizma", "tkalka"], infoPoint: "ip-ptuj",
                municipality: Municipality.Code(rawValue: "070"),
                startDate: day(2019, 10, 3), endDate: day(2019, 10, 5), status: .held,
                details: .object([
                    "hours": .number("8"), "programme": .string("Pospeševalnik; \"A\""),
                    "certificate": .bool(true), "completion_threshold": .number("0.75"),
                ])
            ).record,
            Activity(
                id: "a2", kind: "hackathon", title: "=SUM(A1)", startDate: day(2020, 2, 29), status: .planned,
                details: .object([
                    "teams": .number("4"), "note": .string("a;b,\"c\"\nnew line"),
                    "nested": .object(["x": .array([.number("1"), .number("2.5"), .null, .bool(false)])]),
                ])
            ).record,
            Activity(id: "a3", kind: "fair", title: "Sejem", startDate: day(2019, 5, 1), status: .cancelled)
                .record,
            Participation(
                id: "x1", activity: "a1", person: "p1", organisation: "o1", role: .mentee, status: .attended,
                hours: Quantity(hundredths: 125), completed: true, evidence: evidence
            ).record,
            Participation(id: "x2", activity: "a3", organisation: "o2", role: .exhibitor, status: .noShow)
                .record,
            Participation(
                id: "x3", activity: "a1", person: "p2", role: ParticipationRole(rawValue: "guest_listener"),
                status: .cancelled, completed: false
            ).record,
            Job(
                id: "j1", organisation: "o1", person: "p1", kind: .created, startDate: day(2020, 3, 1),
                fte: Quantity(hundredths: 50), evidence: evidence
            ).record,
            Job(id: "j2", organisation: "o1", kind: .retained, startDate: day(2020, 3, 1)).record,
            Product(
                id: "pr1", organisation: "o1", name: "Zelenjavni zabojček, \"lokalno\"", kind: .service,
                stage: "-prototype", supportedOn: day(2020, 6, 30), evidence: evidence
            ).record,
            Product(id: "pr2", organisation: "o2", name: "Izdelek").record,
            DevelopmentPlan(
                id: "dp1", organisation: "o1", partner: "tkalka", diagnosedOn: day(2019, 2, 1),
                planAdoptedOn: day(2019, 3, 1), evidence: evidence
            ).record,
            DevelopmentPlan(id: "dp2", organisation: "o2", partner: "prizma").record,
            SupportProgramme(
                id: "sp1", title: "Pospeševalnik družbenih inovacij", approvedOn: day(2019, 11, 11),
                materials: ["Priročnik; 1. del", "C:\\docs\\x", "-minus", "@home", "Vodnik, \"2\""],
                evidence: evidence
            ).record,
            Milestone(
                id: "m1", output: "OUT-01", title: "Mreža vzpostavljena", achievedOn: day(2018, 9, 30),
                evidence: evidence
            ).record,
            Milestone(id: "m2", output: "OUT-07", title: "Program").record,
        ]
    }

    static var dataset: Dataset { Dataset(operation: .socioLabPodravje, records: records) }

    /// Applies changes to a dataset, as a workspace would after validation.
    static func applying(_ changes: [Change], to dataset: Dataset) throws -> Dataset {
        var result = dataset
        for change in changes { _ = try result.apply(change) }
        return result
    }

    static func sources(_ files: [ExportedFile]) -> [CSVSource] {
        files.map { CSVSource(name: $0.name, data: $0.data) }
    }

    static func importCSV(
        _ files: [(String, String)], into dataset: Dataset = Dataset(operation: .socioLabPodravje)
    )
        throws -> Dataset
    {
        let batch = try CSVImport.read(
            files.map { CSVSource(name: $0.0, data: Data($0.1.utf8)) },
            options: .init(operation: dataset.operation))
        return try applying(ImportPlanner.changes(for: batch, against: dataset), to: dataset)
    }

    /// The errors of an import that must fail.
    static func errors(_ files: [(String, String)], operation: ESFOperation? = .socioLabPodravje)
        -> [SocioLabError]
    {
        do {
            _ = try CSVImport.read(
                files.map { CSVSource(name: $0.0, data: Data($0.1.utf8)) },
                options: .init(operation: operation))
            return []
        } catch {
            return error.errors
        }
    }
}

struct ExchangeRoundTripTests {
    @Test(arguments: [CSVWriter(), CSVWriter.excel, CSVWriter.rfc4180, CSVWriter(delimiter: .tab)])
    func csvExportThenImportGivesTheSameDataset(writer: CSVWriter) throws {
        let original = ExchangeFixtures.dataset
        let files = try CSVExport.files(for: original, writer: writer)
        // The fixtures hold no finance records, and an empty finance table is not exported (issue 16).
        #expect(files.map(\.name) == ExchangeTable.allCases.filter { !$0.kind.isFinance }.map(\.fileName))
        let batch = try CSVImport.read(
            ExchangeFixtures.sources(files), options: .init(operation: original.operation))
        let empty = Dataset(operation: .socioLabPodravje)
        let changes = ImportPlanner.changes(for: batch, against: empty)
        #expect(changes.allSatisfy { if case .insert = $0 { true } else { false } })
        let imported = try ExchangeFixtures.applying(changes, to: empty)
        #expect(imported == original)
        // And the same files again change nothing.
        #expect(ImportPlanner.changes(for: batch, against: imported).isEmpty)
    }

    @Test func excelExportHasByteOrderMarkSemicolonsAndCRLF() throws {
        let file = try CSVExport.file(.activities, for: ExchangeFixtures.dataset, writer: .excel)
        let bytes = [UInt8](file.data)
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id;kind;title;pillar;partners;info_point;municipality;start_date;"))
        #expect(text.contains("\r\n"))
        // The partners list holds ';', so it is quoted; the formula title is defused.
        #expect(text.contains("\"prizma;tkalka\""))
        #expect(text.contains(";'=SUM(A1);"))
    }

    @Test func exportProtectsFormulasButNotNumbersOrDates() throws {
        let text = String(
            decoding: try CSVExport.file(.persons, for: ExchangeFixtures.dataset).data, as: UTF8.self)
        let p1 = text.split(separator: "\n").first { $0.hasPrefix("p1,") }!
        #expect(p1.contains(",'+386 41 123 456"))
        #expect(p1.contains(",1990-05-17,"))
        #expect(p1.contains(",f,"))
        let p3 = text.split(separator: "\n").first { $0.hasPrefix("p3,") }!
        #expect(p3.hasPrefix("p3,''=Ana','-Novak,"))
        let participations = String(
            decoding: try CSVExport.file(.participations, for: ExchangeFixtures.dataset).data, as: UTF8.self)
        #expect(participations.contains(",mentee,attended,1.25,yes,"))
    }

    @Test func jsonDocumentRoundTripsAndIsStable() throws {
        let original = ExchangeFixtures.dataset
        let data = DatasetDocument.encode(original)
        // Same dataset, built in another order: same bytes.
        let shuffled = Dataset(operation: .socioLabPodravje, records: ExchangeFixtures.records.reversed())
        #expect(DatasetDocument.encode(shuffled) == data)
        let document = try DatasetDocument.decode(data, file: "dataset.json")
        #expect(document.operation == original.operation)
        try document.checkOperation(of: original)
        let empty = Dataset(operation: .socioLabPodravje)
        let imported = try ExchangeFixtures.applying(
            ImportPlanner.changes(for: document.batch, against: empty), to: empty)
        #expect(imported == original)
        #expect(ImportPlanner.changes(for: document.batch, against: imported).isEmpty)
        #expect(DatasetDocument.encode(imported) == data)
    }

    @Test func jsonDocumentHasItsFormatVersionAndSortedKeys() throws {
        let text = String(decoding: DatasetDocument.encode(ExchangeFixtures.dataset), as: UTF8.self)
        #expect(text.contains("\"format\" : \"sociolab-dataset\""))
        #expect(text.contains("\"version\" : 1"))
        let keys = [
            "\"activities\"", "\"development_plans\"", "\"format\"", "\"info_points\"", "\"jobs\"",
            "\"milestones\"", "\"operation\"", "\"organisations\"", "\"participations\"",
            "\"personal_details\"",
            "\"persons\"", "\"products\"", "\"support_programmes\"", "\"version\"",
        ]
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(2).prefix { $0 != " " })
        }
        #expect(topLevel == keys)
    }

    @Test func unknownActivityKindSurvivesJSONAndCSV() throws {
        let original = ExchangeFixtures.dataset
        let viaJSON = try DatasetDocument.decode(DatasetDocument.encode(original)).batch
        let viaCSV = try CSVImport.read(ExchangeFixtures.sources(try CSVExport.files(for: original)))
        for batch in [viaJSON, viaCSV] {
            let hackathon = batch.records.compactMap { r -> Activity? in
                if case .activity(let a) = r, a.kind == "hackathon" { a } else { nil }
            }
            #expect(hackathon == [original.activities["a2"]!])
        }
    }

    @Test func jsonDocumentErrorsAreLocated() throws {
        func errors(_ text: String) -> [SocioLabError] {
            do {
                _ = try DatasetDocument.decode(Data(text.utf8), file: "d.json")
                return []
            } catch { return error.errors }
        }
        #expect(errors("[1]").first?.code == .importBadDocument)
        #expect(errors("{\"format\": \"other\", \"version\": 1}").first?.location.field == "format")
        #expect(
            errors("{\"format\": \"sociolab-dataset\", \"version\": 2}").first?.code == .importDocumentTooNew)
        let bad = errors(
            "{\"format\": \"sociolab-dataset\", \"version\": 1, \"persons\": [{\"id\": \"p1\"}, "
                + "{\"id\": \"p2\", \"birth_date\": \"17.5.1990\"}]}")
        #expect(bad.count == 1)
        #expect(bad.first?.location.field == "persons[1].birth_date")
        #expect(bad.first?.location.file == "d.json")
        let duplicate = errors(
            "{\"format\": \"sociolab-dataset\", \"version\": 1, \"persons\": [{\"id\": \"p1\"}, {\"id\": \"p1\"}]}"
        )
        #expect(duplicate.map(\.code) == [.importDuplicateID])
        #expect(duplicate.first?.location.field == "persons[1].id")
    }

    @Test func jsonDocumentOfAnotherOperationIsRefused() throws {
        var other = ExchangeFixtures.dataset
        other.operation.id = "other-operation"
        let document = try DatasetDocument.decode(DatasetDocument.encode(other))
        #expect(throws: ImportFailure.self) { try document.checkOperation(of: ExchangeFixtures.dataset) }
    }
}
