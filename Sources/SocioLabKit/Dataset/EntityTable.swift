import Foundation

/// The entities of one kind in a dataset, found by identifier: ``Dataset/persons``, ``Dataset/activities``
/// and so on.
///
/// An embedder reads a table by identifier (``subscript(_:)``), in insertion order (``all``) or in
/// identifier order (``sortedByID``). Inside the kit each entity sits at a stable integer slot (`package`
/// members): dense indexes for fast counting, so that an indicator keeps a `[Bool]` per slot instead of a
/// set of string identifiers, and the dataset's reverse indexes file slots. A deleted entity leaves an
/// empty slot until the dataset is rebuilt (on load).
///
/// Identifiers are found through a hash table, except in a table loaded in identifier order (see
/// ``init(slots:searchingInOrder:)``): its loaded run of slots is searched by binary search over the
/// identifiers' bytes, which needs one pass to check the order and no hash table to build or keep; only
/// entities added later go into the hash table. Stores load their largest table, the participations, that
/// way.
public struct EntityTable<Element: Entity>: Sendable {
    /// The entities by slot; `nil` where one was deleted.
    package private(set) var slots: [Element?] = []
    /// The slots of the entities outside the ordered run.
    private var slotByID: [Element.ID: Int32] = [:]
    /// Slots `0..<orderedCount` were loaded with ASCII identifiers in strictly ascending byte order and are
    /// found by binary search; none of them is in `slotByID`.
    private var orderedCount = 0
    /// The identifiers of the emptied slots of the ordered run, which the binary search still compares.
    private var vacatedIDs: [Int32: Element.ID] = [:]
    /// The number of entities.
    private var liveCount = 0

    /// An empty table.
    public init() {}

    /// Creates a table from entities with distinct identifiers (a later duplicate replaces an earlier one).
    /// - Complexity: O(n): one hash insert per entity into a table sized once.
    public init<S: Sequence>(_ entities: S) where S.Element == Element {
        let expected = entities.underestimatedCount
        slots.reserveCapacity(expected)
        slotByID.reserveCapacity(expected)
        for entity in entities {
            let slot = Int32(slots.count)
            if let earlier = slotByID.updateValue(slot, forKey: entity.id) {
                slotByID[entity.id] = earlier
                slots[Int(earlier)] = entity
            } else {
                slots.append(entity)
            }
        }
        liveCount = slotByID.count
    }

    /// Creates a table whose slots are `entities` as they are (no record is copied), as a store does
    /// with the rows it has just read.
    ///
    /// With `searchingInOrder`, when the identifiers are ASCII and strictly ascending — a snapshot writes
    /// them so — no hash table is built: lookups search the loaded run by binary search. Otherwise the
    /// identifiers are hashed as by ``init(_:)``; where one repeats, the later entity replaces the earlier
    /// in the earlier's slot and leaves its own slot empty.
    /// - Parameters:
    ///   - entities: The entities; `nil` rows stay empty slots (and rule out the ordered search).
    ///   - searchingInOrder: Whether to search ordered identifiers instead of hashing them: right for a
    ///     large table looked up rarely (participations), wrong for one looked up per record of another.
    /// - Complexity: O(n), with no hashing for ordered input; lookups are then O(log n).
    package init(slots entities: [Element?], searchingInOrder: Bool) {
        slots = entities
        if searchingInOrder, Self.isInIdentifierOrder(entities) {
            orderedCount = slots.count
            liveCount = slots.count
            return
        }
        slotByID.reserveCapacity(slots.count)
        // Rows are read through optional chaining, which reads the identifier in place; binding a row
        // would copy it (a retain and release of each of its strings).
        for slot in slots.indices {
            guard let id = slots[slot]?.id else { continue }
            if let earlier = slotByID.updateValue(Int32(slot), forKey: id) {
                slotByID[id] = earlier
                slots[Int(earlier)] = slots[slot]
                slots[slot] = nil
            }
        }
        liveCount = slotByID.count
    }

    /// Whether the identifiers are ASCII and strictly ascending by their bytes: the order in which
    /// ``init(slots:searchingInOrder:)`` can skip hashing them; a `nil` row is out of order.
    /// - Complexity: O(n).
    package static func isInIdentifierOrder(_ entities: [Element?]) -> Bool {
        var previous = ""
        for i in entities.indices {
            guard var id = entities[i]?.id.rawValue else { return false }
            let fits = id.withUTF8 { bytes in
                bytes.allSatisfy { $0 < 0x80 } && (i == 0 || Self.compare(previous, bytes) < 0)
            }
            guard fits else { return false }
            previous = id
        }
        return true
    }

    /// The number of entities.
    public var count: Int { liveCount }
    /// The number of slots, deleted ones included: the size of a per-slot array.
    package var slotCount: Int { slots.count }

    /// The entity with an identifier.
    /// - Complexity: O(1) on average; O(log n) in a table loaded in identifier order.
    public subscript(id: Element.ID) -> Element? {
        guard case .occupied(let slot) = place(of: id) else { return nil }
        return slots[slot]
    }

    /// The slot of an identifier, or `nil`.
    package func slot(of id: Element.ID) -> Int? {
        guard case .occupied(let slot) = place(of: id) else { return nil }
        return slot
    }

    /// Whether an entity with the identifier exists.
    public func contains(_ id: Element.ID) -> Bool { slot(of: id) != nil }

    /// All entities in slot order (insertion order).
    /// - Complexity: O(n).
    public var all: [Element] { slots.compactMap { $0 } }

    /// All entities sorted by identifier, the order stores and exports use.
    /// - Complexity: O(n) for a table loaded in identifier order with nothing added since; O(n log n)
    ///   otherwise (only the added entities are sorted, then merged with the ordered run).
    public var sortedByID: [Element] {
        guard orderedCount > 0 else { return all.sorted { $0.id < $1.id } }
        let ordered = slots[..<orderedCount].compactMap { $0 }
        guard !slotByID.isEmpty else { return ordered }
        // ASCII identifiers in byte order are in `String` order too, so the two runs merge with `<`.
        let added = slots[orderedCount...].compactMap { $0 }.sorted { $0.id < $1.id }
        var merged: [Element] = []
        merged.reserveCapacity(ordered.count + added.count)
        var i = 0
        var j = 0
        while i < ordered.count, j < added.count {
            if added[j].id < ordered[i].id {
                merged.append(added[j])
                j += 1
            } else {
                merged.append(ordered[i])
                i += 1
            }
        }
        merged += ordered[i...]
        merged += added[j...]
        return merged
    }

    /// Inserts or replaces an entity and returns the one it replaced.
    @discardableResult
    package mutating func upsert(_ entity: Element) -> Element? { place(entity).replaced }

    /// Inserts or replaces an entity.
    /// - Returns: The entity it replaced, and the slot the entity is now at (the replaced one's).
    package mutating func place(_ entity: Element) -> (replaced: Element?, slot: Int) {
        // The ordered run holds ASCII identifiers only: anything else makes the table hash them all.
        if orderedCount > 0, !entity.id.rawValue.utf8.allSatisfy({ $0 < 0x80 }) { hashEveryIdentifier() }
        let slot: Int
        switch place(of: entity.id) {
        case .occupied(let occupied):
            let old = slots[occupied]
            slots[occupied] = entity
            return (old, occupied)
        case .vacated(let vacated):
            vacatedIDs[Int32(vacated)] = nil
            slots[vacated] = entity
            slot = vacated
        case .absent:
            slot = slots.count
            slotByID[entity.id] = Int32(slot)
            slots.append(entity)
        }
        liveCount += 1
        return (nil, slot)
    }

    /// Removes an entity and returns it.
    @discardableResult
    package mutating func remove(_ id: Element.ID) -> Element? { take(id)?.removed }

    /// Removes an entity.
    /// - Returns: The entity and the slot it was at, or `nil` when there was none.
    package mutating func take(_ id: Element.ID) -> (removed: Element, slot: Int)? {
        guard case .occupied(let slot) = place(of: id), let old = slots[slot] else { return nil }
        slots[slot] = nil
        liveCount -= 1
        if slot < orderedCount {
            vacatedIDs[Int32(slot)] = old.id
        } else {
            slotByID[id] = nil
            if slot == slots.count - 1 { slots.removeLast() }
        }
        return (old, slot)
    }

    /// Moves the ordered run's identifiers into the hash table (emptied slots stay empty for good).
    private mutating func hashEveryIdentifier() {
        slotByID.reserveCapacity(liveCount)
        for slot in 0..<orderedCount {
            if let entity = slots[slot] { slotByID[entity.id] = Int32(slot) }
        }
        orderedCount = 0
        vacatedIDs = [:]
    }

    // MARK: Finding identifiers

    /// Where an identifier is: at an occupied slot, at an emptied slot of the ordered run, or nowhere.
    private enum Place {
        case occupied(Int)
        case vacated(Int)
        case absent
    }

    private func place(of id: Element.ID) -> Place {
        if !slotByID.isEmpty, let slot = slotByID[id] { return .occupied(Int(slot)) }
        guard orderedCount > 0 else { return .absent }
        var key = id.rawValue
        if !key.utf8.allSatisfy({ $0 < 0x80 }) {
            // A key that is not ASCII still equals an ASCII identifier as a `String` when its canonical
            // composition is that identifier (the Kelvin sign is "K", the Greek question mark ";"), as a
            // hash table would find it; any other such key is not in the ordered run, which is all ASCII.
            key = key.precomposedStringWithCanonicalMapping
            guard key.utf8.allSatisfy({ $0 < 0x80 }) else { return .absent }
        }
        let position = key.withUTF8 { bytes -> Int? in
            var low = 0
            var high = orderedCount
            while low < high {
                let middle = (low &+ high) >> 1
                let order = Self.compare(orderedID(at: middle), bytes)
                if order == 0 { return middle }
                if order < 0 { low = middle &+ 1 } else { high = middle }
            }
            return nil
        }
        guard let position else { return .absent }
        return !slots[position].isPresent ? .vacated(position) : .occupied(position)
    }

    /// The identifier at a slot of the ordered run, emptied or not.
    private func orderedID(at slot: Int) -> String {
        slots[slot]?.id.rawValue ?? vacatedIDs[Int32(slot)]!.rawValue
    }

    /// The byte order of a string against UTF-8 bytes: negative, zero or positive.
    private static func compare(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var string = string
        return string.withUTF8 { other in
            let common = min(other.count, bytes.count)
            if common > 0, let a = other.baseAddress, let b = bytes.baseAddress {
                let order = memcmp(a, b, common)
                if order != 0 { return Int(order) }
            }
            return other.count - bytes.count
        }
    }
}

extension EntityTable: Equatable {
    /// Two tables are equal when they hold the same entities, whatever their slots.
    public static func == (lhs: EntityTable, rhs: EntityTable) -> Bool {
        lhs.count == rhs.count && lhs.slots.allSatisfy { e in e.map { rhs[$0.id] == $0 } ?? true }
    }
}
