/// A dataset's tables, one per registered entity kind (`Schema/EntityKind+Registration.swift`), each with
/// the reverse indexes its kind declares (`Schema/EntitySchema+References.swift`), kept in one array in
/// ``EntityKind`` order.
///
/// It is a value, as ``Dataset`` is: each kind's storage sits in a box, and a box shared with another copy
/// is copied before it is changed (copy on write, kind by kind), so changing one kind copies nothing of
/// the others. Typed access finds a kind's box by position and downcasts it without a check, which the
/// registration makes safe: the box at a kind's position always holds that kind.
struct TableRegistry: Sendable {
    private var boxes: [KindBox]

    /// Empty tables for every registered kind.
    init() {
        var maker = BoxMaker()
        boxes = EntityKind.allCases.map { $0.accept(&maker) }
    }

    /// No box at all: a placeholder while the real registry is taken out (see ``take()``).
    private init(placeholder: ()) { boxes = [] }

    /// The storage of one kind.
    ///
    /// Read in place (`_read`): a rule or an indicator that looks up one entity per record of another
    /// kind (`dataset.activities[p.activity]` for each of five million participations) would otherwise copy
    /// the kind's whole storage (a dozen reference counts) for every lookup.
    subscript<E: RegisteredEntity>(type: E.Type) -> KindStorage<E> {
        _read { yield unsafeDowncast(boxes[E.kind.ordinal], to: TypedKindBox<E>.self).storage }
    }

    /// Changes the storage of one kind, copying it first when another registry shares it.
    /// - Parameters:
    ///   - type: The kind's model type.
    ///   - body: The change.
    /// - Returns: What `body` returns.
    mutating func update<E: RegisteredEntity, R>(_ type: E.Type, _ body: (inout KindStorage<E>) -> R) -> R {
        let position = E.kind.ordinal
        if !isKnownUniquelyReferenced(&boxes[position]) {
            boxes[position] = TypedKindBox(unsafeDowncast(boxes[position], to: TypedKindBox<E>.self).storage)
        }
        return body(&unsafeDowncast(boxes[position], to: TypedKindBox<E>.self).storage)
    }

    /// Replaces the storage of one kind.
    mutating func replace<E: RegisteredEntity>(with storage: KindStorage<E>) {
        boxes[E.kind.ordinal] = TypedKindBox(storage)
    }

    /// Moves the registry out (no copy, so its boxes stay uniquely held and change in place), leaving
    /// an empty placeholder to be swapped back: how a visitor that changes a kind chosen at run time
    /// holds the registry.
    mutating func take() -> TableRegistry {
        var taken = TableRegistry(placeholder: ())
        swap(&taken, &self)
        return taken
    }
}

/// Makes each kind's empty box.
private struct BoxMaker: EntityTypeVisitor {
    func visit<E: RegisteredEntity>(_ type: E.Type) -> KindBox { TypedKindBox(KindStorage<E>()) }
}

/// The box of one kind's storage, as the registry's array holds it.
///
/// Why `@unchecked Sendable` is safe: the box itself has no state; ``TypedKindBox``'s `storage` is
/// changed only by ``TableRegistry/update(_:_:)``, which first makes sure its registry holds the box's
/// only reference (copying the box otherwise). A registry is a value changed only through exclusive
/// (`inout`) access, so no other value, and so no other thread, can be reading a box while it changes.
class KindBox: @unchecked Sendable {}

/// The box of the storage of kind `E`. See ``KindBox`` for why it is `Sendable`.
final class TypedKindBox<E: RegisteredEntity>: KindBox, @unchecked Sendable {
    /// The kind's table and indexes. Not checked for exclusive access at run time (each read would pay
    /// for it, and lookups run per record): ``TableRegistry`` changes it only while it holds the box alone.
    @exclusivity(unchecked) var storage: KindStorage<E>

    init(_ storage: KindStorage<E>) { self.storage = storage }
}

/// One kind's table and its reverse indexes (one per ``RegisteredEntity/indexes`` declaration, in that
/// order), kept in step by ``upsert(_:)`` and ``remove(_:)``.
struct KindStorage<E: RegisteredEntity>: Sendable {
    /// The entities.
    private(set) var table: EntityTable<E>
    /// The slots of the table filed under each declared index's keys.
    private(set) var indexes: [MultiIndex<String, Int32>]

    /// An empty table and empty indexes.
    init() {
        table = EntityTable()
        indexes = Array(repeating: MultiIndex(), count: E.indexes.count)
    }

    /// A table and indexes built together (by bulk loading): the indexes must file the table's slots.
    init(table: EntityTable<E>, indexes: [MultiIndex<String, Int32>]) {
        precondition(indexes.count == E.indexes.count, "One index per declaration.")
        self.table = table
        self.indexes = indexes
    }

    /// The slots filed under `key` in the index at `position`.
    @inline(__always)
    func slots(_ position: Int, under key: String) -> [Int32] { indexes[position][key] }

    /// Inserts or replaces an entity, refiling its slot where a key changed.
    /// - Returns: The entity it replaced.
    mutating func upsert(_ entity: E) -> E? {
        let (old, slot) = table.place(entity)
        let declarations = E.indexes
        for position in declarations.indices {
            let declaration = declarations[position]
            indexes[position].move(
                Int32(slot), from: old.flatMap(declaration.key), to: declaration.key(entity))
        }
        return old
    }

    /// Removes an entity and its slot from the indexes.
    /// - Returns: The entity, or `nil` when there was none.
    mutating func remove(_ id: E.ID) -> E? {
        guard let (old, slot) = table.take(id) else { return nil }
        let declarations = E.indexes
        for position in declarations.indices {
            indexes[position].remove(Int32(slot), under: declarations[position].key(old))
        }
        return old
    }
}
