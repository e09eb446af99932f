/// Work done on each of a dataset's tables in turn, with the table's own entity type.
///
/// ``Dataset/visitTables(_:)`` hands every table to ``visit(_:)`` as a `EntityTable<E>` of its concrete type, so
/// that the work on a table's entities is specialised for that type: no existential box and no closure per
/// record, as when each table was named by hand.
protocol DatasetTableVisitor {
    /// Does the work on one table.
    /// - Parameter table: The table of one entity kind.
    mutating func visit<E: Entity & CanonicalObject>(_ table: EntityTable<E>)
}

extension Dataset {
    /// Hands every table to `visitor`, in ``EntityKind`` order (referenced kinds before the kinds that refer
    /// to them): the one walk over a dataset's tables that the fingerprint and the validator make.
    /// - Parameter visitor: The work to do on each table.
    func visitTables<V: DatasetTableVisitor>(_ visitor: inout V) {
        var hand = TableHand(registry: registry, visitor: visitor)
        for kind in EntityKind.allCases { kind.accept(&hand) }
        visitor = hand.visitor
    }
}

/// Hands the table of each kind it visits to a ``DatasetTableVisitor``.
private struct TableHand<V: DatasetTableVisitor>: EntityTypeVisitor {
    let registry: TableRegistry
    var visitor: V
    mutating func visit<E: RegisteredEntity>(_ type: E.Type) { visitor.visit(registry[E.self].table) }
}
