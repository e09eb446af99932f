import Foundation

/// Objects the tool keeps until the process exits instead of freeing them when a command ends.
///
/// A read-only command's workspace is kept here: `main` calls `exit` as soon as the command returns, and
/// the operating system takes the process's memory back at once, where freeing a million persons' and
/// five million participations' records one by one would take most of a second. Nothing a kept object
/// holds needs closing: a read-only store has nothing to flush, and its lock goes with the process.
enum ProcessLifetime {
    private static let kept = KeptObjects()

    /// Keeps `object` alive until the process exits.
    static func keepUntilExit(_ object: any AnyObject & Sendable) { kept.add(object) }

    /// Why `@unchecked Sendable` is safe: `objects` is the only mutable property, and it is only touched
    /// inside `lock.withLock`; the objects it keeps are `Sendable` themselves.
    private final class KeptObjects: @unchecked Sendable {
        private let lock = NSLock()
        private var objects: [any AnyObject & Sendable] = []
        func add(_ object: any AnyObject & Sendable) { lock.withLock { objects.append(object) } }
    }
}
