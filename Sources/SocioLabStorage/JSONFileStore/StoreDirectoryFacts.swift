/// What a store's files say about it without loading it: for a status line of a tool.
package struct StoreDirectoryFacts: Hashable, Sendable {
    /// The snapshot's `format_version`, when its first bytes can be read.
    package var formatVersion: Int?
    /// The bytes of each file in the store directory (temporary files and migration copies included), by
    /// name.
    package var fileSizes: [String: Int]
    /// Whether the journal has outgrown the snapshot, so the next write compacts the store.
    package var compactionDue: Bool
    /// The process id written in the lock file by a writer that is still running, if any.
    package var lockHolder: Int32?

    /// The bytes of every file together.
    package var totalSize: Int { fileSizes.values.reduce(0, +) }
}
