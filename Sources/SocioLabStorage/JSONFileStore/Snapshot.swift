import SocioLabKit

/// A decoded snapshot: the header fields and the dataset.
struct Snapshot: Sendable {
    /// The format version the file was written in.
    var formatVersion: Int
    /// The store's identifier.
    var storeID: String
    /// The revision the dataset is at.
    var revision: Int64
    /// The dataset.
    var dataset: Dataset
    /// The dataset's fingerprint (``SocioLabKit/DatasetFingerprint``) as written with it, when the file holds
    /// a well-formed one.
    var fingerprint: String? = nil
    /// The import this snapshot was written for (version 3), when it was written by one: its revision is
    /// the snapshot's, and the history may still lack its marker line (see `JSONFileStore+SnapshotImport`).
    var importMarker: ImportMarker? = nil
}
