// swift-format-ignore-file
// The snippet of README.md, verbatim (SnippetDriftTests keeps it so); kept as written there, not formatted.
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage

/// README.md, "Embedding".
func readmeEmbedding() async throws {
let store = try JSONFileStore.create(at: "my-store", operation: .socioLabPodravje)
let workspace = try await Workspace(store: store, plugins: .standard)

let day = try Day(parsing: "2019-10-03")
let training = try TrainingPlugin().activity(
    id: "t1", title: "Osnove socialnega podjetništva", startDate: day, details: TrainingPlugin.Details(hours: 4)
) { $0.pillar = 3; $0.partners = ["prizma"] }
let ana = Person(id: "p1", gender: .female, consent: Consent(givenOn: day.adding(days: -30)))
let attended = Participation(id: "x1", activity: "t1", person: "p1", status: .attended)
try await workspace.apply([.insert(training.record), .insert(ana.record), .insert(attended.record)],
                          author: "ana", reason: "October training")
let report = ReportBuilder(plugins: .standard).build(await workspace.dataset, asOf: day)
print(report[.trainedPersons]?.toDate ?? 0)   // OUT-05, persons trained: 1
}
