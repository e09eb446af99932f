import Foundation
import Testing

@testable import SocioLabKit

/// `Workspace.validate` reports everything that goes wrong and changes nothing.
struct WorkspaceValidateTests {
    static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_570_090_500_000))

    /// An error that is not a `SocioLabError`, as a future change to `Dataset.apply` might throw.
    struct UnexpectedFailure: Error, CustomStringConvertible {
        var description: String { "the index is out of step" }
    }

    func makeWorkspace() async throws -> (Workspace, RecordingStore) {
        let store = RecordingStore(CoreFixtures.dataset)
        return (try await Workspace(store: store, clock: Self.clock), store)
    }

    @Test("An unexpected failure of a change becomes an error issue naming the change, never no issues")
    func unexpectedFailureIsAnErrorIssue() throws {
        let change = Change.delete(EntityReference(.participation, "x1"))
        let issue = Workspace.issue(for: change, failedWith: UnexpectedFailure())
        #expect(issue.severity == .error)
        #expect(issue.rule == "core.change-failed")
        #expect(issue.entity == change.reference)
        #expect(issue.message.en == "the index is out of step")

        let other = Workspace.issue(for: change, failedWith: SocioLabError(.storeIO, "disk full"))
        #expect(other.severity == .error)
        #expect(other.rule == "core.change-failed")
        #expect(other.message.en == "disk full")
    }

    @Test(
        "A conflict (an update or delete of a missing record, an insert of an existing one) is an error issue"
    )
    func conflictsAreErrorIssues() async throws {
        let (workspace, store) = try await makeWorkspace()
        let before = await workspace.dataset
        let existing = try #require(before.participations.slots.compactMap { $0 }.first)
        let missing = Participation(
            id: "no-such-participation", activity: "a1", person: "p1", status: .attended)
        let changes: [Change] = [
            .insert(existing.record), .update(missing.record), .delete(missing.reference),
        ]
        let issues = await workspace.validate(changes)
        let conflicts = issues.filter { $0.rule == "core.change-conflict" }
        #expect(conflicts.count == 3, "\(issues)")
        #expect(conflicts.allSatisfy { $0.severity == .error })
        #expect(await workspace.dataset == before)
        #expect(await workspace.revision == 0)
        #expect(store.appendedCount == 0)
    }

    @Test(
        "validate returns what a dry run of apply finds, errors and warnings alike", arguments: [false, true])
    func validateMatchesDryRun(withError: Bool) async throws {
        let (workspace, _) = try await makeWorkspace()
        var participation = Participation(
            id: "checked", activity: "a1", person: "p1", status: .attended, hours: 1)
        if withError { participation.activity = "no-such-activity" }
        let changes: [Change] = [.insert(participation.record)]
        let validated = await workspace.validate(changes)
        let dryRun: [ValidationIssue]
        do {
            dryRun = try await workspace.apply(changes, author: "", reason: "", dryRun: true).issues
        } catch let rejected as ChangeRejected {
            dryRun = rejected.issues
        }
        #expect(validated == dryRun)
        #expect(validated.contains { $0.severity == .error } == withError)
    }
}
