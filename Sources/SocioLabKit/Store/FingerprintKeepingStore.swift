/// A store that keeps each snapshot's ``DatasetFingerprint`` with it, so that a workspace opened on it
/// reports without hashing every record again.
///
/// This is a report speed-up, not storage: it stays inside the package, and a backend author implements
/// ``Store`` alone. A ``Workspace`` computes the fingerprint once per revision whatever its store; with a
/// store of this kind it also hands the fingerprint over when it compacts, and takes the one kept from
/// ``StoreState/fingerprint`` when it opens. The JSON file store is one: its snapshot format has a
/// `fingerprint` member.
///
/// Requirements, checked by `StoreConformance.fingerprint`:
/// - ``StoreState/fingerprint`` from ``Store/load()`` is `nil` or exactly the fingerprint of the
///   state's dataset — never one of another revision (after an append past the snapshot, an erasure …).
/// - After ``compact(_:revision:fingerprint:)`` at the revision the store then loads at, with nothing
///   appended since, ``Store/load()`` gives back that fingerprint (reopened or not).
package protocol FingerprintKeepingStore: Store {
    /// Compacts as ``Store/compact(_:revision:)`` does, keeping `fingerprint` with the snapshot instead of
    /// computing it.
    /// - Parameters:
    ///   - dataset: The state at `revision`.
    ///   - revision: The revision to compact at.
    ///   - fingerprint: `DatasetFingerprint.sha256(of: dataset)`, which the caller already has.
    /// - Throws: What ``Store/compact(_:revision:)`` throws.
    func compact(_ dataset: Dataset, revision: Int64, fingerprint: String) async throws
}
