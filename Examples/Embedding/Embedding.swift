import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage

/// The smallest useful embedding: a JSON file store, one training with three participants, OUT-05.
@main
struct Embedding {
    static func main() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("embedding-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try JSONFileStore.create(at: directory, operation: .socioLabPodravje)
        let workspace = try await Workspace(store: store, plugins: .standard)

        let day = try Day(parsing: "2019-10-03")
        let training = try TrainingPlugin().activity(
            id: "t1", title: "Osnove socialnega podjetništva", startDate: day,
            details: TrainingPlugin.Details(hours: 4)
        ) {
            $0.pillar = 3
            $0.partners = ["prizma"]
        }
        var changes: [Change] = [.insert(training.record)]
        for (index, gender) in [Gender.female, .male, .female].enumerated() {
            let person = Person(
                id: Person.ID("p\(index)"), gender: gender, consent: Consent(givenOn: day.adding(days: -30)))
            let attended = Participation(
                id: .init("x\(index)"), activity: "t1", person: person.id, status: .attended)
            changes += [.insert(person.record), .insert(attended.record)]
        }
        try await workspace.apply(changes, author: "ana", reason: "October training")

        let report = ReportBuilder(plugins: .standard).build(await workspace.dataset, asOf: day)
        if let out05 = report[.trainedPersons] {
            let value = out05.toDate.map(String.init) ?? "suppressed"
            let target = out05.target.map(String.init) ?? "none"
            print("\(out05.id) \(out05.title.en): \(value) of \(target)")
        }
    }
}
