import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage
import Testing

/// An activity of a kind no plugin owns is kept intact through every load, save and export.
struct UnregisteredKindTests {
    /// Canonical JSON (sorted keys, compact) of an activity of an unknown kind with an unusual payload.
    let text =
        #"{"details":{"a_null":null,"flag":false,"host":"o1","nested":{"big":9007199254740993,"list":[1,0.25,-3,"č š ž",[]]},"ratio":1.5},"end_date":"2019-10-04","id":"sv1","kind":"study_visit","partners":["prizma"],"pillar":2,"start_date":"2019-10-03","status":"held","title":"Obisk v Gradcu"}"#

    @Test func survivesJSONRoundTripByteIdentical() throws {
        let activity = try JSONDecoder().decode(Activity.self, from: Data(text.utf8))
        #expect(activity.kind == "study_visit")
        let written = try PluginFixtures.json(activity)
        #expect(written == text)
        let record = try JSONDecoder().decode(
            EntityRecord.self, from: Data(try PluginFixtures.json(activity.record).utf8))
        #expect(record == activity.record)
    }

    @Test func isReportedNotRejectedAndKeptThroughSaveAndReload() async throws {
        let activity = try JSONDecoder().decode(Activity.self, from: Data(text.utf8))
        let store = InMemoryStore(operation: .socioLabPodravje)
        let workspace = try await Workspace(store: store, plugins: .standard)
        let result = try await workspace.apply(
            [.insert(PluginFixtures.organisation("o1").record), .insert(activity.record)], author: "t",
            reason: "import")
        #expect(result.issues.map(\.rule) == ["core.unregistered-kind"])
        #expect(result.issues.first?.severity == .warning)
        // The journal line (a committed change set) encodes and decodes unchanged.
        let committed = try #require(result.committed)
        let line = try PluginFixtures.json(committed)
        #expect(
            try PluginFixtures.json(JSONDecoder().decode(CommittedChangeSet.self, from: Data(line.utf8)))
                == line)

        try await workspace.compact()
        let reopened = try await Workspace(store: store, plugins: .standard)
        let kept = try #require(await reopened.dataset.activities["sv1"])
        #expect(try PluginFixtures.json(kept) == text)
        #expect(await reopened.validateAll().map(\.rule) == ["core.unregistered-kind"])
        #expect(PluginRegistry.standard.qualifications(of: kept).isEmpty)
    }
}

/// The same through the JSON file store: journal, reopen, compaction, reopen.
struct UnregisteredKindFileStoreTests {
    @Test func keptExactlyThroughTheJSONFileStore() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("sociolab-plugins-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Number text that a Double round trip would change is kept as written.
        let details = JSONValue.object([
            "ratio": .number("1.10"), "big": .number("12345678901234567890"),
            "list": .array([.null, .bool(true)]),
            "note": .string("Graz / Dunaj — č"),
        ])
        let activity = Activity(
            id: "sv1", kind: "study_visit", title: "Obisk", partners: ["prizma"],
            startDate: Day(year: 2019, month: 10, day: 3)!, details: details)

        var store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        var workspace = try await Workspace(store: store, plugins: .standard)
        let result = try await workspace.apply([.insert(activity.record)], author: "t", reason: "import")
        #expect(result.issues.map(\.rule) == ["core.unregistered-kind"])
        store.close()

        store = try JSONFileStore.open(at: path)
        workspace = try await Workspace(store: store, plugins: .standard)
        #expect(await workspace.dataset.activities["sv1"] == activity)
        try await workspace.compact()
        store.close()

        store = try JSONFileStore.open(at: path)
        workspace = try await Workspace(store: store, plugins: .standard)
        #expect(await workspace.dataset.activities["sv1"] == activity)
        store.close()
    }
}
