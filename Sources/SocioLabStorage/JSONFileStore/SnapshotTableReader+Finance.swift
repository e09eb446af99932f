import SocioLabKit

extension SnapshotTableReader {
    /// The finance tables' rows (budget lines, cost items, payment claims and their cost items), decoded
    /// through their `Codable` form like the other small tables; added to the dataset after it is built.
    /// - Returns: The records, or `nil` when a row does not decode.
    static func financeRecords(_ generic: [EntityKind: CodableTable]) -> [EntityRecord]? {
        guard let lines = decodeRows(BudgetLine.self, generic[.budgetLine]),
            let items = decodeRows(CostItem.self, generic[.costItem]),
            let claims = decodeRows(PaymentClaim.self, generic[.paymentClaim]),
            let members = decodeRows(PaymentClaimItem.self, generic[.paymentClaimItem])
        else { return nil }
        return lines.map(\.record) + items.map(\.record) + claims.map(\.record) + members.map(\.record)
    }
}

extension Dataset {
    /// The dataset with records inserted one by one (the finance tables of a snapshot, which are small), or
    /// `nil` when they could not be read.
    consuming func adding(_ records: [EntityRecord]?) -> Dataset? {
        guard let records else { return nil }
        for record in records { upsert(record) }
        return self
    }
}
