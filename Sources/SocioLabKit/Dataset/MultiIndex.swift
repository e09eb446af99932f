/// A map from a key to the values (a dataset's reverse indexes file slots) under it, kept up to date as
/// entities change.
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

    /// An index of the slots `0..<count` under the key each gives, for slots whose keys come in runs (a
    /// person's participations, which sit together): each run is filed with one lookup.
    static func build(runsOf count: Int, keys: Int, key: (Int) -> Key?) -> MultiIndex where Value == Int32 {
        var index = MultiIndex()
        index.reserveCapacity(keys)
        index.addAll(count: count, value: { Int32($0) }, key: key)
        return index
    }

    /// An index of the slots `0..<count` under the key each gives, for slots whose keys are scattered (the
    /// participations of an activity, spread among everyone's).
    ///
    /// Two passes instead of filing slot after slot: the first numbers the keys (one hash lookup per run of
    /// equal keys) and counts each key's slots; the second fills every key's list, made at its final size,
    /// through an array instead of the dictionary. Filing slot after slot took 1.6 s of a store's open at a
    /// million persons (five million participations, each in a different activity from the one before);
    /// this takes about 0.5 s. For keys that come in runs ``build(runsOf:keys:key:)`` is faster still.
    static func build(count: Int, keys: Int, key: (Int) -> Key?) -> MultiIndex where Value == Int32 {
        var numbers: [Key: Int32] = [:]
        numbers.reserveCapacity(keys)
        var keyList: [Key] = []
        var sizes: [Int] = []
        var numberOfSlot = [Int32](repeating: -1, count: count)
        var previous: (key: Key, number: Int32)?
        for slot in 0..<count {
            guard let k = key(slot) else { continue }
            let number: Int32
            if let previous, previous.key == k {
                number = previous.number
            } else if let known = numbers[k] {
                number = known
            } else {
                number = Int32(keyList.count)
                numbers[k] = number
                keyList.append(k)
                sizes.append(0)
            }
            previous = (k, number)
            numberOfSlot[slot] = number
            sizes[Int(number)] += 1
        }
        var lists = sizes.map { size in
            var list: [Int32] = []
            list.reserveCapacity(size)
            return list
        }
        for slot in 0..<count where numberOfSlot[slot] >= 0 {
            lists[Int(numberOfSlot[slot])].append(Int32(slot))
        }
        var index = MultiIndex()
        index.storage = Dictionary(uniqueKeysWithValues: zip(keyList, lists))
        return index
    }

    /// An index of the slots `0..<count` under the key each gives, built by ``build(count:keys:key:)``
    /// when `scattered`, else by ``build(runsOf:keys:key:)``: the same index, built faster for its layout.
    static func build(count: Int, keys: Int, scattered: Bool, key: (Int) -> Key?) -> MultiIndex
    where Value == Int32 {
        scattered ? build(count: count, keys: keys, key: key) : build(runsOf: count, keys: keys, key: key)
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
