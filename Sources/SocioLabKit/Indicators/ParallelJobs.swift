import Foundation

/// Runs unrelated pieces of work on every core, in the order given as far as cores allow.
enum ParallelJobs {
    /// Runs every job once and returns when all have ended.
    static func run(_ jobs: [@Sendable () -> Void]) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
    }
}
