extension EntityKind {
    /// Whether the kind is one of the finance kinds (budget lines, cost items, payment claims and their
    /// cost items), added after the stored formats were pinned: an empty finance table is left out where
    /// an older dataset had no table at all (the fingerprint's count lines, the JSON document's arrays, the
    /// snapshot's tables), so that a dataset without finance is stored and fingerprinted as before.
    package var isFinance: Bool {
        switch self {
        case .budgetLine, .costItem, .paymentClaim, .paymentClaimItem: true
        default: false
        }
    }
}
