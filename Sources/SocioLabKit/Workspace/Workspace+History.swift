extension EntityReference {
    /// The entities whose changes make up this entity's history as a user reads it: the entity itself and,
    /// for a person, their personal details.
    public var historySubjects: [EntityReference] {
        kind == .person ? [self, EntityReference(.personalDetails, id)] : [self]
    }
}

extension Workspace {
    /// The history of entities as it may be shown to a user: every change set that touched one of their
    /// ``EntityReference/historySubjects`` (so a person's includes their personal details), oldest first and
    /// each once, with the personal details of every person whose details were erased redacted — also when
    /// the store has not finished removing them (see
    /// `redactingErasedPersonalDetails()` on the change sets).
    ///
    /// ```swift
    /// for changeSet in try await workspace.redactedHistory(of: [EntityReference(.person, "p001")]) {
    ///     print(changeSet.revision, changeSet.author, changeSet.reason)
    /// }
    /// ```
    /// - Parameter references: The entities.
    /// - Returns: The change sets, by revision.
    /// - Throws: What the store's ``Store/history(of:)`` throws.
    public func redactedHistory(of references: [EntityReference]) async throws -> [CommittedChangeSet] {
        var byRevision: [Int64: CommittedChangeSet] = [:]
        for subject in Set(references.flatMap(\.historySubjects)) {
            for changeSet in try await history(of: subject) {
                // A store may answer each subject with only its own records (a snapshot import: read from
                // the snapshot per entity): the change set shown holds them all.
                if var seen = byRevision[changeSet.revision] {
                    let known = Set(seen.records.map(\.reference))
                    seen.records += changeSet.records.filter { !known.contains($0.reference) }
                    byRevision[changeSet.revision] = seen
                } else {
                    byRevision[changeSet.revision] = changeSet
                }
            }
        }
        return byRevision.keys.sorted().compactMap { byRevision[$0] }.redactingErasedPersonalDetails()
    }
}
