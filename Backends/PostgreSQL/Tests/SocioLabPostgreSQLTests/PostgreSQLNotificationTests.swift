import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// `LISTEN/NOTIFY`: a workspace in one process hears of the revisions another stores, and catches up.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLNotificationTests {
    @Test func aWorkspaceHearsOfAnotherWritersRevisionsAndCatchesUp() async throws {
        let configuration = try TestDatabase.freshSchema()
        let writerStore = try await PostgreSQLStore.create(
            configuration, operation: ConformanceFixtures.operation)
        let readerStore = try await PostgreSQLStore.open(configuration)
        let writer = try await Workspace(store: writerStore)
        let reader = try await Workspace(store: readerStore)
        let announced = try await readerStore.changeNotifications()
        for index in 1...3 {
            try await writer.apply(
                [
                    .insert(
                        .organisation(Organisation(id: .init("org-\(index)"), name: "n", legalForm: .zadruga))
                    )
                ],
                author: "writer", reason: "round \(index)")
        }
        var heard: [Int64] = []
        for await revision in announced {
            heard.append(revision)
            if revision == 3 { break }
        }
        #expect(heard == [1, 2, 3])
        let replayed = try await reader.catchUp()
        #expect(replayed.map(\.revision) == [1, 2, 3])
        #expect(await reader.dataset == writer.dataset)
        await readerStore.close()
        await writerStore.close()
    }
}
