import Foundation
import SocioLabKit

/// Lets one task at a time through, each within a deadline: the store's calls share one connection, and a
/// transaction's statements must not interleave with another call's.
///
/// A call that makes no progress for its deadline returns ``DeadlinePassed`` at once and the gate runs
/// `expire` (the store closes its connection, which fails whatever statement was still waiting on the
/// server): a connection the server dropped in the middle of a statement, which the client may never
/// notice, ends in an error instead of a wait without end. The next call then fails at once on the closed
/// connection. A call that moves data in steps (a `COPY` of an import, a load's batches) reports each step
/// with ``madeProgress()``, and its deadline counts from the last one, so a long import that keeps sending
/// is never cut off.
actor SerialGate {
    /// A call was not done by its deadline.
    struct DeadlinePassed: Error {
        /// The deadline it had.
        var deadline: Duration
    }

    /// A failure of a call through the gate, with the server it was talking to.
    struct ServerFailure: Error {
        /// The server, `host:port` or a socket's path.
        var server: String
        /// What failed.
        var underlying: any Error
    }

    private var busy = false
    /// When the running call last made progress.
    private let progress = ProgressMark()
    private var waiters: [CheckedContinuation<Void, Never>] = []
    /// How long one call may take.
    let deadline: Duration
    /// The server the calls talk to, for errors.
    let server: String
    /// What to do when a call passes its deadline.
    private let expire: @Sendable () async -> Void

    /// A gate whose calls each have `deadline`, running `expire` when one passes it.
    init(deadline: Duration, server: String, expire: @escaping @Sendable () async -> Void) {
        self.deadline = deadline
        self.server = server
        self.expire = expire
    }

    /// Notes that the running call made progress: its deadline counts from now.
    nonisolated func madeProgress() { progress.mark() }

    /// Runs `body` once every call that came before has finished, or has passed its deadline.
    /// - Throws: What `body` throws — a ``SocioLabKit/SocioLabError`` as it is, anything else as a
    ///   ``ServerFailure`` naming the server — or a ``ServerFailure`` of ``DeadlinePassed``.
    func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        if busy {
            await withCheckedContinuation { waiters.append($0) }
        } else {
            busy = true
        }
        defer {
            if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
        }
        do {
            progress.mark()
            return try await Self.race(body, deadline: deadline, progress: progress, expire: expire)
        } catch let error as SocioLabError {
            throw error
        } catch {
            throw ServerFailure(server: server, underlying: error)
        }
    }

    /// `body`'s outcome, or ``DeadlinePassed`` when it is not done by the deadline; `body` runs in a task of
    /// its own, so the caller does not wait for a `body` that never ends.
    private static func race<T: Sendable>(
        _ body: @escaping @Sendable () async throws -> T, deadline: Duration, progress: ProgressMark,
        expire: @escaping @Sendable () async -> Void
    ) async throws -> T {
        let outcome = Outcome<T>()
        return try await withCheckedThrowingContinuation { continuation in
            outcome.waiting(continuation)
            let timer = Task {
                do {
                    // Sleeps until the deadline after the last progress; progress meanwhile moves it on.
                    while true {
                        let due = progress.last + deadline
                        guard ContinuousClock.now < due else { break }
                        try await Task.sleep(until: due, clock: .continuous)
                    }
                } catch {
                    return  // the body finished first
                }
                if outcome.finish(.failure(DeadlinePassed(deadline: deadline))) { await expire() }
            }
            Task {
                let result: Result<T, any Error>
                do {
                    result = .success(try await body())
                } catch {
                    result = .failure(error)
                }
                timer.cancel()
                _ = outcome.finish(result)
            }
        }
    }
}

/// The outcome of a raced call, delivered once: the first of the body and the deadline wins.
///
/// `@unchecked Sendable`: a final class whose one mutable property is only touched under its lock.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?

    /// Keeps the continuation to resume.
    func waiting(_ continuation: CheckedContinuation<T, any Error>) {
        lock.withLock { self.continuation = continuation }
    }

    /// Resumes the continuation with `result` unless it was resumed already.
    /// - Returns: Whether this call resumed it.
    func finish(_ result: Result<T, any Error>) -> Bool {
        let continuation = lock.withLock {
            let kept = self.continuation
            self.continuation = nil
            return kept
        }
        continuation?.resume(with: result)
        return continuation != nil
    }
}

/// The last moment a call made progress.
///
/// `@unchecked Sendable`: a final class whose one mutable property is only touched under its lock.
private final class ProgressMark: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = ContinuousClock.now

    /// The last progress.
    var last: ContinuousClock.Instant { lock.withLock { instant } }

    /// Notes progress now.
    func mark() { lock.withLock { instant = ContinuousClock.now } }
}
