import Foundation

/// Turns the steps of a long operation into throttled ``Workspace/Progress`` updates for a callback.
///
/// An operation calls ``begin(_:total:)`` once per phase, ``advance(by:)`` once per batch of units (never
/// per row: a batch of thousands, a file, a table) and ``finish()`` at the end. Phase boundaries are always
/// delivered; in between, at most one update per ``interval``. Without a callback there is no reporter at
/// all (``init(_:interval:clock:)`` returns `nil`), so `reporter?.advance(by:)` costs one branch.
package final class ProgressReporter: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: every mutable property is read and written only while `lock` is
    // held, and the callback is called under the same lock, so updates arrive one at a time and in order
    // even when parallel jobs advance the count.
    private let lock = NSLock()
    private let handler: Workspace.ProgressHandler
    private let clock: @Sendable () -> Duration
    /// The least time between two updates within a phase.
    package let interval: Duration
    private var phase: Workspace.Progress.Phase?
    private var completed = 0
    private var total: Int?
    private var lastUpdate = Duration.zero
    private var phaseEnded = true

    /// A reporter for `handler`, or `nil` when there is none.
    /// - Parameters:
    ///   - handler: Where updates go.
    ///   - interval: The least time between two updates within a phase.
    ///   - clock: The time since the operation began (a monotonic clock started now, unless a test gives
    ///     its own).
    package init?(
        _ handler: Workspace.ProgressHandler?, interval: Duration = .milliseconds(100),
        clock: (@Sendable () -> Duration)? = nil
    ) {
        guard let handler else { return nil }
        self.handler = handler
        self.interval = interval
        if let clock {
            self.clock = clock
        } else {
            let start = ContinuousClock.now
            self.clock = { ContinuousClock.now - start }
        }
    }

    /// Ends the current phase (if any) and begins `phase`, delivering both boundaries.
    /// - Parameters:
    ///   - phase: The new phase; phases must come in their declared order.
    ///   - total: Its units in all, or `nil` while unknown.
    package func begin(_ phase: Workspace.Progress.Phase, total: Int?) {
        lock.lock()
        defer { lock.unlock() }
        endPhase()
        self.phase = phase
        self.completed = 0
        self.total = total
        phaseEnded = false
        emit()
    }

    /// Sets the total of the current phase once it is known.
    package func setTotal(_ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.total = total
    }

    /// Counts `units` more done in the current phase; delivers an update when ``interval`` has passed.
    package func advance(by units: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard phase != nil, !phaseEnded else { return }
        completed += units
        if let total, completed > total { completed = total }
        if clock() - lastUpdate >= interval { emit() }
    }

    /// Ends the current phase: delivers its last update, with ``Workspace/Progress/completed`` equal to
    /// its total (the count reached when the total was unknown).
    package func finish() {
        lock.lock()
        defer { lock.unlock() }
        endPhase()
    }

    /// Runs `work` as `phase` with `total` units, all counted as done when it returns.
    package func run<T, E: Error>(
        _ phase: Workspace.Progress.Phase, total: Int?, _ work: () throws(E) -> T
    ) throws(E) -> T {
        begin(phase, total: total)
        let value = try work()
        finish()
        return value
    }

    /// Delivers the last update of the current phase, once. Called with the lock held.
    private func endPhase() {
        guard phase != nil, !phaseEnded else { return }
        let final = max(completed, total ?? 0)
        completed = final
        total = final
        phaseEnded = true
        emit()
    }

    /// Delivers the current state. Called with the lock held.
    private func emit() {
        guard let phase else { return }
        let now = clock()
        lastUpdate = now
        handler(Workspace.Progress(phase: phase, completed: completed, total: total, elapsed: now))
    }
}

extension ProgressReporter {
    /// A loop over single units reports once per `batchMask + 1` units (`index & batchMask == batchMask`).
    package static let batchMask = 4095
}
