/// Fields holding an amount of money: a CSV cell `1234.56` (or `1234,56`), in the operation's currency
/// (euro); stored as ``Money``'s object.
extension SchemaField {
    /// An amount every entity has.
    package static func money(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Money> & Sendable,
        required: Bool = false, _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .money, required: required, documentation,
            stored: { .money($0, keyPath) }
        ) {
            $0.description
        } parse: { r, c in
            if required, r.isBlank(c) {
                r.missingValue(c)
                return nil
            }
            return r.money(c)
        }
    }

    /// An amount that may be absent.
    package static func money(
        _ name: String, sl: String, _ keyPath: WritableKeyPath<Entity, Money?> & Sendable,
        _ documentation: String
    ) -> Self {
        Self(
            name, sl: sl, keyPath, codec: .money, documentation, stored: { .money($0, keyPath) }
        ) {
            $0?.description ?? ""
        } parse: { r, c in
            r.money(c)
        }
    }
}

extension CSVRowReader {
    /// An amount with at most two decimals (`1234.56`, `1234,56`, `300`), in euro; `nil` for an empty
    /// cell or a bad one (which is recorded).
    mutating func money(_ column: ExchangeColumn) -> Money? {
        guard let cell = code(column) else { return nil }
        if let money = try? Money(parsing: cell) { return money }
        fail(
            column, .invalidValue,
            LocalizedText(
                sl:
                    "'\(CellText.excerpt(cell))' v stolpcu \(column.name) ni znesek. Vpišite znesek v evrih z "
                    + "največ dvema decimalkama, na primer 1234,56.",
                en: "'\(CellText.excerpt(cell))' in \(column.name) is not an amount. Write an amount in euro "
                    + "with at most two decimals, such as 1234.56."))
        return nil
    }
}
