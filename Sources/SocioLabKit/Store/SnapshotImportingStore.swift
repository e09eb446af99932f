/// A store that takes a large import as the dataset it produces, written straight as its snapshot, and
/// keeps of the import only an ``ImportMarker`` — instead of a change set holding every record (which
/// would be written twice: in the history and in the snapshot).
///
/// This is a storage speed-up, not part of ``Store``: it stays inside the package, and a backend author
/// implements ``Store`` alone (such a store gets the import through ``Store/append(_:)`` as one ordinary
/// change set). A ``Workspace`` uses it for a change set that fills a dataset holding no entities (the
/// first import into a new store), after validating it whole; the JSON file store is one.
///
/// Requirements:
/// - **Durable and whole.** When ``importSnapshot(_:marker:fingerprint:)`` returns, the store holds the
///   dataset at `marker.revision`; after a crash during it, the store opens either as it was before or with
///   the whole import — never in between, never losing what it held before.
/// - **History.** ``Store/history(of:)`` of an entity the import inserted gives, at the import's revision, a
///   change set with the marker's author, reason, time and partner and one insert record of the entity as
///   imported (or redacted, when its personal details were erased since); other entities' histories are as
///   before.
/// - **Catch-up.** ``Store/changeSets(after:)`` of a revision before the import gives the import as one change
///   set inserting every entity of the dataset at its revision.
package protocol SnapshotImportingStore: Store {
    /// Stores `dataset` as the state at `marker.revision`, keeping `marker` as the record of the import.
    /// - Parameters:
    ///   - dataset: The state after the import; the store's state before it held no entities.
    ///   - marker: Who imported what, when; `marker.revision` must follow the store's revision.
    ///   - fingerprint: `DatasetFingerprint.sha256(of: dataset)`, which the caller already has.
    /// - Throws: ``SocioLabError``: ``SocioLabError/Code/changeConflict`` when the revision does not follow,
    ///   a store code when writing fails (the store is then as before the import, or refuses further writes
    ///   until reopened).
    func importSnapshot(_ dataset: Dataset, marker: ImportMarker, fingerprint: String) async throws
}
