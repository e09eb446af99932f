extension Dataset {
    /// The records of one kind, sorted by id.
    func records(of kind: EntityKind) -> [EntityRecord] {
        struct Collect: EntityTypeVisitor {
            let registry: TableRegistry
            func visit<E: RegisteredEntity>(_ type: E.Type) -> [EntityRecord] {
                registry[E.self].table.sortedByID.map(\.record)
            }
        }
        var collect = Collect(registry: registry)
        return kind.accept(&collect)
    }
}
