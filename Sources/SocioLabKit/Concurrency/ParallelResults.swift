import Foundation

/// The values computed by the iterations of a parallel loop (`DispatchQueue.concurrentPerform`), one slot
/// an iteration, read back in iteration order once the loop has ended.
///
/// Why `@unchecked Sendable` is safe: `slots` is the only mutable state, and it is read and written only
/// inside `lock.withLock`, so no two threads ever touch it at once (each iteration writes its own slot,
/// and the reads come after the loop). The values cross from the iteration's thread to the reader's, so
/// they must be `Sendable` themselves.
final class ParallelResults<Value: Sendable>: @unchecked Sendable {
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
