import Foundation
import Testing

@testable import SocioLabKit

/// Collects the progress updates a callback receives.
final class ProgressRecorder: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: `received` is read and written only inside `lock.withLock`.
    private let lock = NSLock()
    private var received: [Workspace.Progress] = []

    /// The callback to hand to the SDK.
    var handler: Workspace.ProgressHandler {
        { [self] progress in lock.withLock { received.append(progress) } }
    }
    /// Every update so far, in order.
    var updates: [Workspace.Progress] { lock.withLock { received } }
    /// The phases, each once, in the order they came.
    var phases: [Workspace.Progress.Phase] {
        updates.map(\.phase).reduce(into: []) { if $0.last != $1 { $0.append($1) } }
    }

    /// Records an issue for every broken promise of ``Workspace/Progress``: phases out of order or
    /// repeated, a count that goes back, a phase that does not end at its total.
    func expectWellFormed(sourceLocation: SourceLocation = #_sourceLocation) {
        let updates = updates
        #expect(!updates.isEmpty, "no updates", sourceLocation: sourceLocation)
        #expect(phases == phases.sorted(), "phases out of order: \(phases)", sourceLocation: sourceLocation)
        #expect(
            Set(phases).count == phases.count, "a phase came twice: \(phases)", sourceLocation: sourceLocation
        )
        for (earlier, later) in zip(updates, updates.dropFirst()) where earlier.phase == later.phase {
            #expect(
                later.completed >= earlier.completed, "\(earlier) → \(later)", sourceLocation: sourceLocation)
            #expect(later.elapsed >= earlier.elapsed, sourceLocation: sourceLocation)
        }
        for phase in phases {
            let last = updates.last { $0.phase == phase }
            #expect(
                last?.total != nil && last?.completed == last?.total,
                "\(phase) ended at \(String(describing: last))",
                sourceLocation: sourceLocation)
        }
        for update in updates {
            if let total = update.total { #expect(update.completed <= total, sourceLocation: sourceLocation) }
        }
    }
}

/// A clock a test moves by hand.
final class ManualClock: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: `now` is read and written only inside `lock.withLock`.
    private let lock = NSLock()
    private var now = Duration.zero
    func advance(_ by: Duration) { lock.withLock { now += by } }
    var read: @Sendable () -> Duration { { [self] in lock.withLock { now } } }
}

struct ProgressReporterTests {
    @Test func withoutACallbackThereIsNoReporter() {
        #expect(ProgressReporter(nil) == nil)
    }

    @Test func updatesWithinAPhaseAreThrottledButItsBoundariesAreNot() throws {
        let recorder = ProgressRecorder()
        let clock = ManualClock()
        let reporter = try #require(
            ProgressReporter(recorder.handler, interval: .milliseconds(100), clock: clock.read))
        reporter.begin(.reading, total: 1000)  // delivered: the start
        for _ in 0..<9 {
            clock.advance(.milliseconds(10))
            reporter.advance(by: 10)  // within 100 ms of the last update: held back
        }
        clock.advance(.milliseconds(10))
        reporter.advance(by: 10)  // 100 ms since the start: delivered
        reporter.advance(by: 10)  // held back
        reporter.begin(.validating, total: nil)  // delivers reading's end, then validating's start
        reporter.advance(by: 7)
        reporter.finish()  // validating ends at what it counted
        reporter.finish()  // a second finish adds nothing
        let updates = recorder.updates
        #expect(updates.map(\.phase) == [.reading, .reading, .reading, .validating, .validating])
        #expect(updates.map(\.completed) == [0, 100, 1000, 0, 7])
        #expect(updates.map(\.total) == [1000, 1000, 1000, nil, 7])
        #expect(updates[1].elapsed == .milliseconds(100))
        recorder.expectWellFormed()
    }

    @Test func aCountNeverPassesItsTotal() throws {
        let recorder = ProgressRecorder()
        let zero: @Sendable () -> Duration = { .zero }
        let reporter = try #require(ProgressReporter(recorder.handler, interval: .zero, clock: zero))
        reporter.begin(.applying, total: 5)
        reporter.advance(by: 4)
        reporter.advance(by: 4)
        reporter.finish()
        #expect(recorder.updates.map(\.completed) == [0, 4, 5, 5])
        #expect(recorder.updates.last?.fraction == 1)
    }

    @Test(arguments: Workspace.Progress.Phase.allCases)
    func everyPhaseHasANameInBothLanguages(_ phase: Workspace.Progress.Phase) {
        #expect(!phase.name.sl.isEmpty && !phase.name.en.isEmpty)
        #expect(phase.name.sl != phase.name.en)
    }

    @Test func phasesAreOrderedAsDeclared() {
        #expect(Workspace.Progress.Phase.allCases.sorted() == Workspace.Progress.Phase.allCases)
        #expect(Workspace.Progress.Phase.reading < .validating)
    }

    @Test func fractionIsUnknownWithoutATotal() {
        let progress = Workspace.Progress(phase: .writing, completed: 3, total: nil, elapsed: .seconds(1))
        #expect(progress.fraction == nil)
        #expect(!progress.isPhaseComplete)
        #expect(progress.description == "writing 3/?")
    }
}
