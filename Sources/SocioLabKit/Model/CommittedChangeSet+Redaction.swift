extension Sequence<CommittedChangeSet> {
    /// The change sets with the personal details of every person whose details were erased — as any of
    /// them records — redacted from all of them, so a history shown to a user never reveals what an
    /// erasure removed, even when the store has not finished removing it yet.
    ///
    /// ```swift
    /// let history = try await workspace.history(of: EntityReference(.personalDetails, "p001"))
    /// for changeSet in history.redactingErasedPersonalDetails() {
    ///     for record in changeSet.records { print(record.action, record.reference) }
    /// }
    /// ```
    ///
    /// An erasure is a redacted ``ChangeRecord`` of kind ``EntityKind/personalDetails``; every record of
    /// that person's details, before and after the erasure, becomes redacted (see
    /// ``CommittedChangeSet/redactingPersonalDetails(of:)``). Other records are kept as they are.
    /// - Returns: The change sets, in the same order.
    /// - Complexity: O(*n*) in the number of records.
    public func redactingErasedPersonalDetails() -> [CommittedChangeSet] {
        let changeSets = Array(self)
        let erased = changeSets.personsWithErasedDetails
        guard !erased.isEmpty else { return changeSets }
        return changeSets.map { $0.redactingPersonalDetails(of: erased) }
    }

    /// The ids of the persons whose personal details were erased: those of a redacted personal-details
    /// record in any of the change sets.
    var personsWithErasedDetails: Set<String> {
        var erased: Set<String> = []
        for changeSet in self {
            for record in changeSet.records where record.redacted && record.reference.kind == .personalDetails
            {
                erased.insert(record.reference.id)
            }
        }
        return erased
    }
}

extension ChangeRecord {
    /// What a committed change did to its entity.
    public enum Action: String, Hashable, Sendable {
        /// The entity was added (there is no value before).
        case insert
        /// The entity was replaced.
        case update
        /// The entity was removed (there is no value after).
        case delete
        /// The values were erased from the history (personal details of an erased person).
        case redacted
    }

    /// What the change did, from what the record holds: ``Action/redacted`` when ``redacted``, else
    /// ``Action/insert`` without a value before, ``Action/delete`` without a value after, and
    /// ``Action/update`` otherwise.
    public var action: Action {
        switch (before, after) {
        case _ where redacted: .redacted
        case (nil, _?): .insert
        case (_?, nil): .delete
        default: .update
        }
    }
}
