/// A map from a key to the identifiers filed under it, kept up to date as entities change.
struct MultiIndex<Key: Hashable & Sendable, Value: Hashable & Sendable>: Sendable {
    private var storage: [Key: [Value]] = [:]

    subscript(key: Key) -> [Value] { storage[key] ?? [] }

    mutating func reserveCapacity(_ keys: Int) { storage.reserveCapacity(keys) }

    mutating func add(_ value: Value, under key: Key?) {
        guard let key else { return }
        storage[key, default: []].append(value)
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
