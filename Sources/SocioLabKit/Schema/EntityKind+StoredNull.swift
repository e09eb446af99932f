/// The stored members of a kind whose `null` is a value (``StoredField/storesNull``).
private struct MembersStoringNull: EntityTypeVisitor {
    func visit<E: RegisteredEntity>(_ type: E.Type) -> Set<String> {
        Set(E.schema.stored.filter(\.storesNull).map(\.name))
    }
}

extension EntityKind {
    /// The stored members of the kind for which `null` is one of the values, not the absence of one (an
    /// activity's `details`, a JSON value).
    ///
    /// A snapshot table read through the kind's `Codable` form leaves out a column's `null`s, which stand
    /// for absent values, except in these members, whose `null` it keeps: so `details: null` is still `null`
    /// after a store's round trip, not the `{}` a missing `details` decodes to.
    package var membersStoringNull: Set<String> {
        var visitor = MembersStoringNull()
        return accept(&visitor)
    }
}
