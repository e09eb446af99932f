import SocioLabKit

/// The checks of catching up: two workspaces on one store, one of them behind. They run against any store:
/// one that returns the change sets after a revision (``SocioLabKit/Store/changeSets(after:)``) must let the
/// workspace that lost the race catch up and retry; one that keeps the default (none) must make it fail with
/// `change.conflict` and store nothing of it. Not in ``StoreConformance/checks`` (which every backend runs
/// unchanged); run ``StoreConformance/catchUpChecks`` beside them.
extension StoreConformance {
    /// Every catching-up check.
    public static let catchUpChecks: [Check] = [lostRaceIsRetried, staleChangeIsRejected, catchUpReplays]

    static func organisation(_ id: String) -> Change {
        .insert(.organisation(Organisation(id: .init(id), name: "org \(id)", legalForm: .zadruga)))
    }

    /// Whether the store gives back the change sets after a revision (not the protocol's default).
    static func catchesUp(_ store: any Store) async throws -> Bool {
        try await !store.changeSets(after: 0).isEmpty
    }

    /// A workspace whose revision another workspace stored first catches up and stores its change set
    /// under the next revision; both change sets are then in the store, each once.
    public static let lostRaceIsRetried = Check("a workspace that lost a race catches up and retries") {
        harness in
        let name = "a workspace that lost a race catches up and retries"
        let store = try await harness.makeStore(ConformanceFixtures.operation)
        let behind = try await Workspace(store: store)
        let ahead = try await Workspace(store: store)
        try await ahead.apply([organisation("org-ahead")], author: "ahead", reason: "first")
        guard try await catchesUp(store) else {
            do {
                try await behind.apply([organisation("org-behind")], author: "behind", reason: "second")
                throw ConformanceFailure(check: name, message: "a stale workspace stored a change set")
            } catch let error as SocioLabError where error.code == .changeConflict {
                return
            }
        }
        let result = try await behind.apply([organisation("org-behind")], author: "behind", reason: "second")
        guard result.revision == 2, await behind.revision == 2,
            await behind.dataset.organisations.count == 2
        else {
            throw ConformanceFailure(
                check: name, message: "the retried change set is at revision \(result.revision), not 2")
        }
        let reopened = try await harness.reopen(store)
        try await expect(reopened, holds: await behind.dataset, at: 2, name, "after the retry and reopening")
        let after = try await reopened.changeSets(after: 0)
        guard after.map(\.revision) == [1, 2], after.map(\.author) == ["ahead", "behind"] else {
            throw ConformanceFailure(
                check: name, message: "the change sets after 0 are \(after.map(\.revision)), not [1, 2]")
        }
    }

    /// A change set that no longer holds against what the other workspace stored is rejected with
    /// `change.conflict` naming the change set that won; nothing of it is stored.
    public static let staleChangeIsRejected = Check("a stale change set that no longer holds is rejected") {
        harness in
        let name = "a stale change set that no longer holds is rejected"
        let store = try await harness.makeStore(ConformanceFixtures.operation)
        let behind = try await Workspace(store: store)
        let ahead = try await Workspace(store: store)
        try await ahead.apply([organisation("org-same")], author: "ahead", reason: "the winner")
        do {
            try await behind.apply([organisation("org-same")], author: "behind", reason: "the loser")
            throw ConformanceFailure(check: name, message: "the same insert was stored twice")
        } catch let error as SocioLabError where error.code == .changeConflict {
            if try await catchesUp(store), !error.message.contains("revision 1 by ahead (the winner)") {
                throw ConformanceFailure(
                    check: name,
                    message: "the conflict does not name the change set that won: \(error.message)")
            }
        }
        try await expect(store, holds: await ahead.dataset, at: 1, name, "after the rejection")
    }

    /// ``SocioLabKit/Workspace/catchUp()`` replays what another workspace stored, in order.
    public static let catchUpReplays = Check("catching up replays what another workspace stored") { harness in
        let name = "catching up replays what another workspace stored"
        let store = try await harness.makeStore(ConformanceFixtures.operation)
        let behind = try await Workspace(store: store)
        let ahead = try await Workspace(store: store)
        for index in 1...3 {
            try await ahead.apply([organisation("org-\(index)")], author: "ahead", reason: "\(index)")
        }
        let replayed = try await behind.catchUp()
        guard try await catchesUp(store) else {
            guard replayed.isEmpty else {
                throw ConformanceFailure(
                    check: name, message: "a store without catching up replayed change sets")
            }
            return
        }
        guard replayed.map(\.revision) == [1, 2, 3], await behind.revision == 3,
            await behind.dataset == ahead.dataset
        else {
            throw ConformanceFailure(
                check: name, message: "catching up replayed \(replayed.map(\.revision)), not [1, 2, 3]")
        }
        guard try await behind.catchUp().isEmpty else {
            throw ConformanceFailure(check: name, message: "a workspace up to date caught up again")
        }
    }
}
