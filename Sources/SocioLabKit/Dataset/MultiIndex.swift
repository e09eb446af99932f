/// A map from a key to the identifiers filed under it, kept up to date as entities change.
struct MultiIndex<Key: Hashable & Sendable, Value: Hashable & Sendable>: Sendable {
    private var storage: [Key: [Value]] = [:]

    subscript(key: Key) -> [Value] { storage[key] ?? [] }

    mutating func reserveCapacity(_ keys: Int) { storage.reserveCapacity(keys) }

    mutating func add(_ value: Value, under key: Key?) {
        guard let key else { return }
        storage[key, default: []].append(value)
    }

    /// Files many values at once: `key(i)` for every `i` in `0..<count` files `value(i)`.
    ///
    /// Consecutive values under the same key are gathered first and filed with one hash lookup, which
    /// makes indexing records that arrive grouped (a person's participations, a training's attendance)
    /// several times cheaper than ``add(_:under:)`` one by one.
    mutating func addAll(count: Int, value: (Int) -> Value, key: (Int) -> Key?) {
        func file(_ run: Range<Int>, into values: inout [Value]) {
            if values.isEmpty { values.reserveCapacity(run.count) }
            for i in run { values.append(value(i)) }
        }
        var runStart = 0
        var runKey: Key? = count > 0 ? key(0) : nil
        for i in 0...count {
            let k = i < count ? key(i) : nil
            guard i == count || k != runKey else { continue }
            if let runKey { file(runStart..<i, into: &storage[runKey, default: []]) }
            runKey = k
            runStart = i
        }
    }

    /// An index of the slots `0..<count` under the key each gives.
    static func build(count: Int, keys: Int, key: (Int) -> Key?) -> MultiIndex where Value == Int32 {
        var index = MultiIndex()
        index.reserveCapacity(keys)
        index.addAll(count: count, value: { Int32($0) }, key: key)
        return index
    }

    mutating func remove(_ value: Value, under key: Key?) {
        guard let key, var values = storage[key], let i = values.firstIndex(of: value) else { return }
        values.remove(at: i)
        storage[key] = values.isEmpty ? nil : values
    }

    mutating func move(_ value: Value, from old: Key?, to new: Key?) {
        guard old != new else { return }
        remove(value, under: old)
        add(value, under: new)
    }
}
