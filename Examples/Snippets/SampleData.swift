// swift-format-ignore-file
// The snippets of Documentation/SampleData.md, verbatim (SnippetDriftTests keeps them so); not formatted.
import SocioLabKit
import SocioLabTesting

/// SampleData.md, the generators.
func sampleDataGenerators() async throws {
let demo = SampleData.demo()                        // ~60 organisations, 300 persons, ~150 activities
let big = SampleData.large(persons: 1_000_000)      // 5,000,000 participations
let workspace = try await Fixtures.workspace()      // the demo in an in-memory workspace
_ = (demo, big, workspace)
}

/// Where the streaming snippet writes its records.
protocol SampleRecordWriter {
    /// Writes one record.
    func write(_ record: EntityRecord) throws
}

/// SampleData.md, streaming a large sample.
func sampleDataStreaming(writer: some SampleRecordWriter) throws {
let sample = LargeSample(persons: 1_000_000, seed: 2018)
for record in sample.records(of: .participation) { try writer.write(record) }   // in id order
sample.forEachRecord { record in print(record.reference) }   // every kind, referenced kinds first (LargeSample.kindOrder)
let dataset = sample.makeDataset()        // the same as SampleData.large(persons:seed:)
_ = dataset
}

/// SampleData.md, fixtures.
func sampleDataFixtures() async throws {
let workspace = try await Fixtures.workspace(.empty)
try await workspace.apply(Fixtures.heldTraining, author: "test", reason: "fixture")
// OUT-05 is now 1 (fx-p1), OUT-04 is 1 (fx-o1, through its member).
}
