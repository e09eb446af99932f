extension Dataset {
    /// Inserts or replaces an entity, keeping the indexes current, and returns the value it replaced.
    ///
    /// For the kit's own modules (stores reading their files, sample data, tests): an embedder changes a
    /// dataset with ``apply(_:)``, which says when an insert finds its entity already there.
    @discardableResult
    package mutating func upsert(_ record: EntityRecord) -> EntityRecord? {
        var upsert = Upsert(registry: registry.take())
        defer { swap(&upsert.registry, &registry) }
        return record.accept(&upsert)
    }

    /// Removes an entity, keeping the indexes current, and returns it (`nil` when there was none).
    ///
    /// For the kit's own modules, as ``upsert(_:)`` is; an embedder deletes with ``apply(_:)``.
    @discardableResult
    package mutating func remove(_ reference: EntityReference) -> EntityRecord? {
        var remove = Remove(registry: registry.take(), id: reference.id)
        defer { swap(&remove.registry, &registry) }
        return reference.kind.accept(&remove)
    }

    /// Inserts or replaces an entity of the kind the record wraps.
    private struct Upsert: EntityValueVisitor {
        var registry: TableRegistry
        mutating func visit<E: RegisteredEntity>(_ entity: E) -> EntityRecord? {
            registry.update(E.self) { $0.upsert(entity) }?.record
        }
    }

    /// Removes an entity of a kind chosen at run time.
    private struct Remove: EntityTypeVisitor {
        var registry: TableRegistry
        let id: String
        mutating func visit<E: RegisteredEntity>(_ type: E.Type) -> EntityRecord? {
            registry.update(E.self) { $0.remove(E.ID(id)) }?.record
        }
    }

    /// Applies a change, checking only that inserts are new and updates and deletes find their entity.
    /// - Returns: The entity's value before and after.
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/changeConflict``) naming the entity; the dataset is
    ///   unchanged when it throws.
    public mutating func apply(_ change: Change) throws -> ChangeRecord {
        let reference = change.reference
        switch change {
        case .insert(let record):
            guard !contains(reference) else {
                throw SocioLabError(
                    .changeConflict, "\(reference) already exists; use an update to change it",
                    at: .init(entity: reference.description))
            }
            upsert(record)
            return ChangeRecord(reference: reference, before: nil, after: record)
        case .update(let record):
            guard contains(reference) else {
                throw SocioLabError(
                    .changeConflict, "\(reference) does not exist; insert it first",
                    at: .init(entity: reference.description))
            }
            return ChangeRecord(reference: reference, before: upsert(record), after: record)
        case .delete:
            guard let old = remove(reference) else {
                throw SocioLabError(
                    .changeConflict, "\(reference) does not exist, so it cannot be deleted",
                    at: .init(entity: reference.description))
            }
            return ChangeRecord(reference: reference, before: old, after: nil)
        }
    }

    /// Applies a committed change set as it was recorded (replaying a journal).
    ///
    /// A redacted record (personal details erased later) is replayed as a removal: whatever the details
    /// were, they must not come back.
    public mutating func replay(_ committed: CommittedChangeSet) {
        for record in committed.records {
            if !record.redacted, let after = record.after { upsert(after) } else { remove(record.reference) }
        }
    }

    /// Undoes a change record (restores its before value).
    mutating func revert(_ record: ChangeRecord) {
        if let before = record.before { upsert(before) } else { remove(record.reference) }
    }
}
