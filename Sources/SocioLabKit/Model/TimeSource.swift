import Foundation

/// Where a workspace gets the time from: injected, so change sets and reports are deterministic in tests.
public struct TimeSource: Sendable {
    private let read: @Sendable () -> Timestamp
    /// Creates a time source from a closure.
    public init(_ now: @escaping @Sendable () -> Timestamp) { read = now }
    /// The current time.
    public func now() -> Timestamp { read() }
    /// The system clock.
    public static let system = TimeSource { Timestamp(Date()) }
    /// Always the same moment.
    public static func fixed(_ moment: Timestamp) -> TimeSource { TimeSource { moment } }
}
