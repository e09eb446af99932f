import Foundation
import Testing

@testable import SocioLabKit

struct ScratchFieldTests {
    @Test func newFieldRoundTripsThroughCSV() throws {
        var person = Person(id: "p-1")
        person.nationality = "SI"
        let dataset = Dataset(operation: .socioLabPodravje, records: [person.record])
        let files = try CSVExport.files(for: dataset)
        let persons = String(decoding: files[1].data, as: UTF8.self)
        #expect(persons.contains("nationality"))
        let batch = try CSVImport.read(files.map { CSVSource(name: $0.name, data: $0.data) })
        let empty = Dataset(operation: .socioLabPodravje)
        let back = try ExchangeFixtures.applying(ImportPlanner.changes(for: batch, against: empty), to: empty)
        #expect(back.persons[person.id]?.nationality == "SI")
        // Merge: a file without the column keeps the stored value.
        let other = try CSVImport.read([CSVSource(name: "persons.csv", data: Data("id,gender\np-1,f\n".utf8))])
        let merged = try ExchangeFixtures.applying(ImportPlanner.changes(for: other, against: back), to: back)
        #expect(merged.persons[person.id]?.nationality == "SI")
        #expect(merged.persons[person.id]?.gender == .female)
    }
}
