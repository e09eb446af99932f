import Foundation
import SocioLabStorage
import SocioLabTesting
import Testing

/// The JSON file store's entry points take a file `URL` as well as a path string (issue 20, "paths are
/// `URL` as well as `String`").
struct JSONFileStoreURLTests {
    @Test(arguments: ["store", "a store with spaces ž", "100% sure"])
    func createOpenAndVerifyByURL(_ name: String) async throws {
        let url = URL(fileURLWithPath: TemporaryDirectory().appending(name), isDirectory: true)
        let store = try JSONFileStore.create(at: url, operation: .socioLabPodravje)
        #expect(store.path == url.path(percentEncoded: false))
        #expect(store.url.standardizedFileURL == url.standardizedFileURL)
        let person = Person(
            id: "p1", gender: .female, consent: Consent(givenOn: try Day(parsing: "2019-09-03")))
        let workspace = try await Workspace(store: store)
        try await workspace.apply([.insert(person.record)], author: "t", reason: "url")
        store.close()

        #expect(FileManager.default.fileExists(atPath: url.appending(path: "snapshot.json").path))
        let verification = JSONFileStore.verify(at: url)
        #expect(verification.isSound)
        #expect(verification.revision == 1)
        let reader = try JSONFileStore.open(at: url, mode: .readOnly)
        let state = try await reader.load()
        #expect(state.revision == 1)
        #expect(state.dataset.persons[person.id] != nil)
        reader.close()
        let writer = try JSONFileStore.open(at: url)
        #expect(writer.mode == .readWrite)
        writer.close()
    }

    @Test func createWithADatasetByURL() async throws {
        let url = URL(fileURLWithPath: TemporaryDirectory().appending("seeded"))
        let dataset = SampleData.demo()
        let store = try JSONFileStore.create(at: url, dataset: dataset)
        #expect(try await store.load().dataset.persons.count == dataset.persons.count)
        store.close()
    }

    @Test func aURLThatIsNoFileURLIsRefusedWithWhatToDo() throws {
        let url = try #require(URL(string: "https://example.org/store"))
        let created = try #require(throws: SocioLabError.self) {
            try JSONFileStore.create(at: url, operation: .socioLabPodravje)
        }
        #expect(created.code == .storeIO)
        #expect(created.message.contains("https://example.org/store is not a file URL"))
        #expect(created.message.contains("URL(fileURLWithPath:"))
        let opened = try #require(throws: SocioLabError.self) { try JSONFileStore.open(at: url) }
        #expect(opened.code == .storeIO)
        let verification = JSONFileStore.verify(at: url)
        #expect(verification.problems.map(\.code) == [.storeIO])
    }

    @Test func aURLWhereThereIsNoStoreIsMissing() throws {
        let url = URL(fileURLWithPath: TemporaryDirectory().appending("nothing-here"))
        let error = try #require(throws: SocioLabError.self) { try JSONFileStore.open(at: url) }
        #expect(error.code == .storeMissing)
    }
}
