import Foundation
import Testing

@testable import SocioLabKit

/// The schema fields' own readers (``SchemaField/read``), which import a field a table's reader does not
/// read itself (a field just added to a schema), give what the tables' readers give.
struct SchemaFieldReadTests {
    /// Reads one exported file with every column read twice: by the table's reader, then by its field.
    static func readThroughSchema(_ file: ExportedFile, operation: ESFOperation) throws -> (
        records: [[EntityRecord]], errors: [SocioLabError]
    ) {
        let table = try #require(ExchangeTable(fileName: file.name))
        return try TextDecoding.withUTF8Text(file.data, encoding: nil, file: file.name) { bytes in
            let (scanner, header, _, headerLine) = try CSVReader.scanHeader(
                bytes, file: file.name, delimiter: nil, collectsControls: true)
            var map = CSVColumnMap(table: table, header: header, headerLine: headerLine, file: file.name)
            map.extra = map.positions.indices.map { ExchangeColumn(table: table, index: $0) }
            var reader = CSVRowReader(
                map: map, context: ImportContext(sourceNames: [file.name], operation: operation),
                file: file.name,
                scanner: scanner)
            while let line = try reader.scanner.nextRecord(before: bytes.count) {
                _ = reader.scanner.fit(to: header.count)
                reader.begin(line: line)
                reader.readRow()
            }
            return (reader.records, reader.errors)
        }
    }

    @Test(arguments: ExchangeTable.allCases)
    func schemaReadersGiveWhatTheTableReadersGive(table: ExchangeTable) throws {
        let dataset = ExchangeFixtures.dataset
        let file = try CSVExport.file(table, for: dataset)
        let read = try Self.readThroughSchema(file, operation: dataset.operation)
        #expect(read.errors.isEmpty)
        let expected = dataset.allRecords.filter {
            ExchangeTable(kind: $0.kind) == table && CSVSchemaPinTests.exported($0, in: dataset)
        }
        // The reader gives empty details for a person without any; the planner drops them.
        let records = read.records.flatMap { $0 }.filter {
            if case .personalDetails(let details) = $0 { !details.isEmpty } else { true }
        }
        #expect(
            records.sorted { $0.reference.description < $1.reference.description }
                == expected.sorted { $0.reference.description < $1.reference.description })
    }

    /// A row the table's reader refuses is not read further: its bad cells are reported once.
    @Test func refusedRowIsNotReadFurther() throws {
        let file = ExportedFile(
            name: "persons.csv",
            data: Data("id,gender,birth_date,isced,homeless\np-1,q,2019-13-01,11,perhaps\n".utf8))
        let read = try Self.readThroughSchema(file, operation: .socioLabPodravje)
        let fields = read.errors.map { $0.location.field ?? "" }
        #expect(fields == ["gender", "birth_date", "isced", "homeless"])
        #expect(read.errors.allSatisfy { $0.location.line == 2 })
    }
}
