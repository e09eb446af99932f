extension Workspace {
    /// 1,000 records: below that a first change set is appended as one history line as before (it costs
    /// little, and the store keeps format version 2); from there on writing every record twice — history
    /// line and snapshot — is what a snapshot import saves.
    package static let defaultSnapshotImportMinimum = 1_000

    /// Sets ``snapshotImportMinimum`` (tests use small imports).
    package func setSnapshotImportMinimum(_ count: Int) { snapshotImportMinimum = count }

    /// Stores a validated first import as the store's snapshot (``SnapshotImportingStore``) and publishes it.
    ///
    /// The change set was staged on a copy and validated whole, like any other; only its writing differs:
    /// the store keeps the dataset and an ``ImportMarker`` (who, when, why, the files, the counts by kind)
    /// instead of a history line holding every record. Nothing is published unless the store returns.
    /// - Parameters:
    ///   - staged: The dataset after the import.
    ///   - committed: The change set as it would have been appended (its records are inserts).
    ///   - importer: The store.
    ///   - files: The files the records were read from.
    /// - Throws: What ``SnapshotImportingStore/importSnapshot(_:marker:fingerprint:)`` throws.
    func importSnapshot(
        _ staged: Dataset, _ committed: CommittedChangeSet, into importer: any SnapshotImportingStore,
        files: [ImportMarker.File]
    ) async throws {
        var tables: [EntityKind: Int] = [:]
        for kind in EntityKind.allCases where staged.count(of: kind) > 0 {
            tables[kind] = staged.count(of: kind)
        }
        let marker = ImportMarker(
            revision: committed.revision, author: committed.author, timestamp: committed.timestamp,
            reason: committed.reason, actingPartner: committed.actingPartner, files: files,
            records: committed.records.count, tables: tables)
        let fingerprint = DatasetFingerprint.sha256(of: staged)
        fingerprintsComputed += 1
        try await importer.importSnapshot(staged, marker: marker, fingerprint: fingerprint)
        published = staged
        revision = committed.revision
        cachedFingerprint = (committed.revision, fingerprint)
    }
}
