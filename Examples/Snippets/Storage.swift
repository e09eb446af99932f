// swift-format-ignore-file
// The snippet of Documentation/Storage.md, verbatim (SnippetDriftTests keeps it so); not formatted.
import Foundation
import SocioLabKit
import SocioLabStorage

/// Storage.md, "Opening a store".
func storageOpening() async throws {
// A new store (the directory must not exist, or be empty):
let store = try JSONFileStore.create(at: "data/podravje", operation: .socioLabPodravje)
let workspace = try await Workspace(store: store)

// Another run, another process:
let writer = try JSONFileStore.open(at: "data/podravje")                   // the writer
let reader = try JSONFileStore.open(at: "data/podravje", mode: .readOnly)   // any number of readers
let viaURL = try JSONFileStore.open(at: URL(filePath: "data/podravje"), mode: .readOnly)  // or a file URL
let waiting = try JSONFileStore.open(at: "data/podravje", lockTimeout: 5)   // wait up to 5 s for the writer

let report = JSONFileStore.verify(at: "data/podravje")   // checks every file and line, changes nothing
_ = (workspace, writer, reader, viaURL, waiting, report)
}
