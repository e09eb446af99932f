import Foundation

/// The values computed by the iterations of a parallel loop (`DispatchQueue.concurrentPerform`), one slot
/// an iteration, read back in iteration order once the loop has ended.
///
/// `@unchecked Sendable` because every access to `slots` holds `lock`; each iteration writes its own slot.
final class ParallelResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    /// Room for `count` iterations.
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores iteration `index`'s value.
    func set(_ index: Int, _ value: Value) { lock.withLock { slots[index] = value } }

    /// Iteration `index`'s value, if it stored one.
    subscript(index: Int) -> Value? { lock.withLock { slots[index] } }

    /// The stored values in iteration order.
    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
