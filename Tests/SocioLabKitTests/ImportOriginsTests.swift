import Foundation
import Testing

@testable import SocioLabKit

/// An import's records remember their file and line, so validation issues are placed at `FILE:LINE:COLUMN`
/// without reading the files again.
struct ImportOriginsTests {
    static func issue(_ kind: EntityKind, _ id: String, _ field: String? = nil) -> ValidationIssue {
        ValidationIssue(
            rule: "test.rule", severity: .error, entity: EntityReference(kind, id), field: field,
            message: LocalizedText(sl: "x", en: "x"), fix: LocalizedText(sl: "", en: ""))
    }

    static let persons =
        "id,given_name,family_name,gender,birth_date,employment_status,isced,consent_date,entry_date\n"
        + "p1,Ana,Novak,f,1990-01-01,employed,3,2019-01-01,2019-01-01\n"
        + "\n"
        + "p2,\"Eva\nMarija\",Kos,f,1991-02-03,employed,3,2019-01-01,2019-01-01\n"
        + " p3 ,Jan,Horvat,m,1985-05-06,unemployed,4,2019-01-01,2019-01-01\n"

    static let products =
        "id,organisation_id,name,kind,stage,supported_on,evidence\n"
        + "pr-1,o-1,Zabojček,product,,2020-06-30,\n"
        + "pr-2,o-1,Storitev,service,,2020-06-30,\n"

    static func batch() throws -> ImportBatch {
        try CSVImport.read(
            [
                CSVSource(name: "in/products.csv", data: Data(products.utf8)),
                CSVSource(name: "people.csv", data: Data(persons.utf8), table: .persons),
            ],
            options: CSVImportOptions(operation: .socioLabPodravje))
    }

    @Test func issuesArePlacedAtTheRowsTheirEntitiesWereReadFrom() throws {
        let issues = [
            // The id is matched as the import keeps it (trimmed), not as written.
            Self.issue(.person, "p3", "birth_date"),
            // A person's details are on the person's row; a multi-line record is placed at its first line.
            Self.issue(.personalDetails, "p2", "email"),
            // A field that names another entity is in its `_id` column.
            Self.issue(.product, "pr-2", "organisation"),
            Self.issue(.product, "pr-1"),
            Self.issue(.person, "p1", "gender"),
        ]
        let locations = try Self.batch().locations(of: issues)
        #expect(
            locations == [
                SocioLabError.Location(file: "people.csv", line: 6, field: "birth_date"),
                SocioLabError.Location(file: "people.csv", line: 4, field: "email"),
                SocioLabError.Location(file: "in/products.csv", line: 3, field: "organisation_id"),
                SocioLabError.Location(file: "in/products.csv", line: 2),
                SocioLabError.Location(file: "people.csv", line: 2, field: "gender"),
            ])
        #expect(locations[0]?.description == "people.csv:6:birth_date")
    }

    @Test func issuesAboutEntitiesNotReadHaveNoPlace() throws {
        let batch = try Self.batch()
        let issues = [
            Self.issue(.person, "p9", "gender"),
            Self.issue(.organisation, "o-1", "name"),
            Self.issue(.activity, "p1"),
            ValidationIssue(
                rule: "test.rule", severity: .warning, entity: nil, message: LocalizedText(sl: "x", en: "x"),
                fix: LocalizedText(sl: "", en: "")),
        ]
        #expect(batch.locations(of: issues) == [nil, nil, nil, nil])
        #expect(batch.locations(of: []) == [])
    }

    @Test func aJSONDocumentsRecordsHaveNoPlace() throws {
        let csv = try Self.batch()
        let document = ImportBatch(records: csv.records)
        #expect(document.records == csv.records)
        #expect(
            document.locations(of: [Self.issue(.person, "p1"), Self.issue(.product, "pr-1")]) == [nil, nil])
    }

    /// The lines of a file read in parallel parts are those of reading it from start to end, checked
    /// against the lines the plain CSV reader gives each row.
    @Test func linesAreTheSameInEveryNumberOfParts() throws {
        var text = "id,organisation_id,name,kind,stage,supported_on,evidence\n"
        for row in 0..<240 {
            let name = row % 7 == 3 ? "\"Ime\n\(row)\nše\"" : "Ime \(row)"
            text += (row % 13 == 0 ? "\n" : "") + "pr-\(row),o-1,\(name),product,,2020-06-30,\n"
        }
        let data = Data(text.utf8)
        let parsed = try CSVReader.parse(data: data, file: "products.csv")
        let idColumn = try #require(parsed.columns.index(of: "id"))
        let expected = parsed.rows.map {
            SocioLabError.Location(file: "products.csv", line: $0.line, field: "name")
        }
        let issues = parsed.rows.map { Self.issue(.product, $0.fields[idColumn], "name") }
        for parts in 1...6 {
            let batch = try CSVImport.read(
                [CSVSource(name: "products.csv", data: data)], options: CSVImportOptions(), partCount: parts)
            #expect(batch.locations(of: issues) == expected, "\(parts) parts")
        }
    }

    @Test(arguments: [
        ("activity", ExchangeTable.participations, "activity_id"),
        ("person", .participations, "person_id"),
        ("status", .participations, "status"),
        ("organisation", .products, "organisation_id"),
        ("name", .products, "name"),
        ("unknown", .products, "unknown"),
    ])
    func fieldsAreNamedByTheirColumn(field: String, table: ExchangeTable, column: String) {
        #expect(ImportBatch.column(for: field, in: table) == column)
    }
}
