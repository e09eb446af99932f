import Testing

@testable import SocioLabKit

/// The one list of a dataset's tables, which the fingerprint and the validator walk.
struct DatasetTablesTests {
    /// Records the kind and size of every table it is handed.
    struct KindRecorder: DatasetTableVisitor {
        var visited: [(EntityKind, Int)] = []
        mutating func visit<E: Entity & CanonicalObject>(_ table: EntityTable<E>) {
            visited.append((E.kind, table.count))
        }
    }

    @Test func everyTableIsVisitedOnceInEntityKindOrder() {
        var recorder = KindRecorder()
        Dataset(operation: .socioLabPodravje).visitTables(&recorder)
        #expect(recorder.visited.map(\.0) == EntityKind.allCases)
    }

    @Test func eachKindIsHandedItsOwnTable() {
        let dataset = Dataset(
            operation: .socioLabPodravje,
            records: [
                .person(Person(id: "p1")), .person(Person(id: "p2")),
                .job(
                    Job(
                        id: "j1", organisation: "o1", kind: .created,
                        startDate: Fixture.day("2019-05-01"))),
            ])
        var recorder = KindRecorder()
        dataset.visitTables(&recorder)
        let counts = Dictionary(uniqueKeysWithValues: recorder.visited)
        #expect(counts[.person] == 2)
        #expect(counts[.job] == 1)
        #expect(counts.values.reduce(0, +) == 3)
    }
}
