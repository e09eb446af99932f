extension Workspace {
    /// Brings the workspace up to its store: replays, in order, the change sets other writers stored after
    /// ``revision`` (``Store/changeSets(after:)``). Call it when ``Store/changeNotifications()`` announces a
    /// revision beyond ``revision``; ``apply(_:author:reason:dryRun:)`` also catches up by itself when it
    /// loses a race.
    /// - Returns: The change sets replayed, oldest first (none when the workspace was up to date).
    /// - Throws: ``SocioLabError`` from the store, or `store.corrupt` when the change sets it returns do not
    ///   follow ``revision`` without a gap.
    @discardableResult
    public func catchUp() async throws -> [CommittedChangeSet] {
        await beginWrite()
        defer { endWrite() }
        return try await replayNewer()
    }

    /// Replays the change sets the store holds after ``revision`` (the write lock held).
    private func replayNewer() async throws -> [CommittedChangeSet] {
        let newer = try await store.changeSets(after: revision)
        for changeSet in newer {
            guard changeSet.revision == revision + 1 else {
                throw SocioLabError(
                    .storeCorrupt,
                    "the store returned revision \(changeSet.revision) to catch up from \(revision): change sets "
                        + "are missing; check the store (verify it) and reopen the workspace")
            }
            published.replay(changeSet)
            revision = changeSet.revision
        }
        return newer
    }

    /// After another writer stored `lost`'s revision first: catches up, validates the same changes against the
    /// newer state and appends them once more under the next revision; a second conflict is thrown as it is.
    /// - Throws: `change.conflict` naming the change sets that won when the changes no longer hold against
    ///   them (nothing is written), or when the store cannot say what was stored (no catching up).
    func applyAfterConflict(_ changes: [Change], lost: CommittedChangeSet, conflict: SocioLabError)
        async throws -> ApplyResult
    {
        let newer = try await replayNewer()
        guard !newer.isEmpty else { throw conflict }
        let winners = newer.map { "revision \($0.revision) by \($0.author) (\($0.reason))" }
            .joined(separator: ", ")
        let (staged, applied, issues) = stageUnpublished(changes)
        let errors = issues.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw SocioLabError(
                .changeConflict,
                "another writer stored \(winners) first, and against it the change set no longer holds: "
                    + errors.map { "\($0)" }.joined(separator: "; ")
                    + "; look at the newer records and make the change again")
        }
        guard !applied.isEmpty else { return ApplyResult(revision: revision, issues: issues) }
        let retried = CommittedChangeSet(
            revision: revision + 1, author: lost.author, timestamp: lost.timestamp, reason: lost.reason,
            records: applied, actingPartner: lost.actingPartner)
        try await store.append(retried)
        if let staged { published = staged } else { published.replay(retried) }
        revision = retried.revision
        return ApplyResult(revision: revision, issues: issues, committed: retried)
    }
}
