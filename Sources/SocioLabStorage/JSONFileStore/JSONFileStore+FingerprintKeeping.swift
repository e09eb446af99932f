import SocioLabKit

/// The snapshot format has a `fingerprint` member (the dataset's ``SocioLabKit/DatasetFingerprint``), so
/// the store keeps the fingerprint a workspace hands over and gives it back when it opens at that revision.
extension JSONFileStore: FingerprintKeepingStore {
    /// Compacts as ``compact(_:revision:)`` does, writing `fingerprint` into the snapshot instead of
    /// computing it (it must be `DatasetFingerprint.sha256(of: dataset)`; `verify` checks).
    /// - Parameters:
    ///   - dataset: The state at `revision`.
    ///   - revision: The revision to compact at.
    ///   - fingerprint: The dataset's fingerprint.
    /// - Throws: What ``compact(_:revision:)`` throws.
    package func compact(_ dataset: Dataset, revision: Int64, fingerprint: String) async throws {
        try compacting(dataset, revision: revision, fingerprint: fingerprint)
    }
}
