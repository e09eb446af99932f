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
}
