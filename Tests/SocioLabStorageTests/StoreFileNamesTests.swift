import Foundation
import Testing

@testable import SocioLabKit
@testable import SocioLabStorage

/// What tells a store directory apart, as the CLI asks it before opening a store or writing a file.
struct StoreFileNamesTests {
    @Test func newStoreHoldsOnlyItsNamedFiles() throws {
        let root = TemporaryDirectory().path
        let path = root + "/store"
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        store.close()
        #expect(JSONFileStore.isStore(atPath: path))
        #expect(JSONFileStore.isStore(atPath: path + "/"))
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        #expect(Set(names).isSubset(of: JSONFileStore.fileNames), "\(names)")
        #expect(names.contains(JSONFileStore.snapshotFileName))
        #expect(JSONFileStore.snapshotFileName == "snapshot.json")
        #expect(
            JSONFileStore.fileNames == [
                "snapshot.json", "journal.jsonl", "history.jsonl", "head.json", "store.lock",
            ])
    }

    @Test(arguments: [[], ["notes.txt"], ["history.jsonl"], ["store.lock", "head.json"]])
    func directoryWithoutSnapshotOrJournalIsNoStore(names: [String]) throws {
        let root = TemporaryDirectory().path
        for name in names {
            #expect(FileManager.default.createFile(atPath: root + "/" + name, contents: nil))
        }
        #expect(!JSONFileStore.isStore(atPath: root))
        #expect(!JSONFileStore.isStore(atPath: root + "/missing"))
    }

    @Test(arguments: ["snapshot.json", "journal.jsonl"])
    func eitherMarkerMakesAStoreEvenDamagedOrALink(name: String) throws {
        let root = TemporaryDirectory().path
        #expect(FileManager.default.createFile(atPath: root + "/" + name, contents: Data("garbage".utf8)))
        #expect(JSONFileStore.isStore(atPath: root))
        try FileManager.default.removeItem(atPath: root + "/" + name)
        // A link that leads nowhere still marks the directory: it is never followed.
        try FileManager.default.createSymbolicLink(
            atPath: root + "/" + name, withDestinationPath: root + "/gone")
        #expect(JSONFileStore.isStore(atPath: root))
    }
}
