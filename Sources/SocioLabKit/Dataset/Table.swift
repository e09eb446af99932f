/// The entities of one kind in a dataset, each at a stable integer slot, found by identifier in O(1).
///
/// Slots are dense indexes for fast counting: an indicator can keep a `[Bool]` per slot instead of a set
/// of string identifiers. A deleted entity leaves an empty slot until the dataset is rebuilt (on load).
public struct Table<Element: Entity>: Sendable {
    /// The entities by slot; `nil` where one was deleted.
    public private(set) var slots: [Element?] = []
    private var slotByID: [Element.ID: Int32] = [:]

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
    }

    /// The number of entities.
    public var count: Int { slotByID.count }
    /// The number of slots, deleted ones included: the size of a per-slot array.
    public var slotCount: Int { slots.count }

    /// The entity with an identifier.
    /// - Complexity: O(1) on average.
    public subscript(id: Element.ID) -> Element? {
        guard let slot = slotByID[id] else { return nil }
        return slots[Int(slot)]
    }

    /// The slot of an identifier, or `nil`.
    public func slot(of id: Element.ID) -> Int? { slotByID[id].map(Int.init) }
    /// Whether an entity with the identifier exists.
    public func contains(_ id: Element.ID) -> Bool { slotByID[id] != nil }

    /// All entities in slot order (insertion order).
    /// - Complexity: O(n).
    public var all: [Element] { slots.compactMap { $0 } }

    /// All entities sorted by identifier, the order stores and exports use.
    /// - Complexity: O(n log n).
    public var sortedByID: [Element] { all.sorted { $0.id < $1.id } }

    /// Inserts or replaces an entity and returns the one it replaced.
    @discardableResult
    public mutating func upsert(_ entity: Element) -> Element? {
        if let slot = slotByID[entity.id] {
            let old = slots[Int(slot)]
            slots[Int(slot)] = entity
            return old
        }
        slotByID[entity.id] = Int32(slots.count)
        slots.append(entity)
        return nil
    }

    /// Removes an entity and returns it.
    @discardableResult
    public mutating func remove(_ id: Element.ID) -> Element? {
        guard let slot = slotByID.removeValue(forKey: id) else { return nil }
        let old = slots[Int(slot)]
        slots[Int(slot)] = nil
        if Int(slot) == slots.count - 1 { slots.removeLast() }
        return old
    }
}

extension Table: Equatable {
    /// Two tables are equal when they hold the same entities, whatever their slots.
    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.count == rhs.count && lhs.slots.allSatisfy { e in e.map { rhs[$0.id] == $0 } ?? true }
    }
}
