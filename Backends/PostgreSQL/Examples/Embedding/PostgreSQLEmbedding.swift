import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabPostgreSQL

/// An embedder's workspace on PostgreSQL: the server from libpq's `PG*` variables, the store in the schema
/// `SOCIOLAB_SCHEMA` (`sociolab_example` by default), created on the first run and opened on later ones; one
/// training with a participant per run, the OUT-05 figure, and a second workspace that catches up.
///
///     eval "$(.ci/postgres.sh start /tmp/pg)"
///     swift run --package-path Backends/PostgreSQL PostgreSQLEmbedding
@main
struct PostgreSQLEmbedding {
    static func main() async throws {
        let schema = ProcessInfo.processInfo.environment["SOCIOLAB_SCHEMA"] ?? "sociolab_example"
        guard let configuration = PostgreSQLStore.Configuration.fromEnvironment(schema: schema) else {
            print("Set PGHOST (and PGPORT, PGUSER, PGDATABASE) to a PostgreSQL server, e.g.")
            print("    eval \"$(.ci/postgres.sh start /tmp/pg)\"")
            return
        }
        let store: PostgreSQLStore
        do {
            store = try await PostgreSQLStore.open(configuration)
        } catch let error as SocioLabError where error.code == .storeMissing {
            store = try await PostgreSQLStore.create(configuration, operation: .socioLabPodravje)
        }
        let workspace = try await Workspace(store: store, plugins: .standard)

        // Another tool's workspace on the same database, which hears of new revisions and catches up.
        let other = try await PostgreSQLStore.open(configuration)
        let otherWorkspace = try await Workspace(store: other, plugins: .standard)
        let announced = try await other.changeNotifications()

        let run = await workspace.revision + 1
        let day = try Day(parsing: "2019-10-03")
        let training = try TrainingPlugin().activity(
            id: .init("t\(run)"), title: "Osnove socialnega podjetništva", startDate: day,
            details: TrainingPlugin.Details(hours: 4)
        ) {
            $0.pillar = 3
            $0.partners = ["prizma"]
        }
        let person = Person(
            id: .init("p\(run)"), gender: .female, consent: Consent(givenOn: day.adding(days: -30)))
        let attended = Participation(
            id: .init("x\(run)"), activity: training.id, person: person.id, status: .attended)
        let result = try await workspace.apply(
            [.insert(training.record), .insert(person.record), .insert(attended.record)],
            author: "ana", reason: "October training")
        print("stored revision \(result.revision) in schema \(schema)")

        for await revision in announced {
            if revision >= result.revision { break }
        }
        let caughtUp = try await otherWorkspace.catchUp()
        print(
            "the other workspace caught up with \(caughtUp.count) change set(s), now at revision \(await otherWorkspace.revision)"
        )

        let report = ReportBuilder(plugins: .standard).build(await workspace.dataset, asOf: day)
        if let out05 = report[.trainedPersons] {
            print("\(out05.id) \(out05.title.en): \(out05.toDate.map(String.init) ?? "suppressed")")
        }
        await other.close()
        await store.close()
    }
}
