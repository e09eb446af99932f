/// Amounts of money in an entity's stored JSON form: `{"amount":"1279895.84","currency":"EUR"}`, exactly
/// what ``Money``'s `Codable` form gives (the amount a string, so it stays exact).
extension StoredField {
    /// An amount every entity has.
    static func money(_ name: String, _ keyPath: WritableKeyPath<Entity, Money> & Sendable) -> Self {
        Self(
            name, keyPath, required: true, write: { w, m in ColumnValue.writeMoney(&w, m) },
            MoneyReader.self, call: MoneyReader.call
        ) { MoneyReader.canonical(&$0, $1) }
    }

    /// An amount that may be absent.
    static func money(_ name: String, _ keyPath: WritableKeyPath<Entity, Money?> & Sendable) -> Self {
        Self(
            name, keyPath, write: { ColumnValue.writeMoney(&$0, $1) }, MoneyReader.self,
            call: MoneyReader.call
        ) { MoneyReader.canonical(&$0, $1) }
    }
}

extension ColumnValue {
    /// Writes `{"amount":"…","currency":"…"}`.
    package static func writeMoney(_ w: inout JSONWriter, _ m: Money) {
        w.raw("{\"amount\":")
        w.string(m.description)
        w.raw(",\"currency\":")
        w.string(m.currency)
        w.raw(UInt8(ascii: "}"))
    }
}

/// Reads an amount, `{"amount":"1279895.84","currency":"EUR"}`: both members are required.
package struct MoneyReader: StoredValueReader {
    package init() {}

    package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Money {
        let start = r.offset
        try r.beginObject()
        var amount: String?
        var currency: String?
        var first = true
        while let key = try r.nextKey(&first) {
            switch key {
            case "amount": amount = try r.readString()
            case "currency": currency = try r.readString()
            default: try r.skipValue()
            }
        }
        guard let amount, let currency, let money = try? Money(parsing: amount, currency: currency) else {
            throw r.error(
                "an amount is an object {\"amount\": \"1234.56\", \"currency\": \"EUR\"} with at most two "
                    + "decimals", at: start)
        }
        return money
    }

    /// The calls a generated canonical writer would make (the amount's text, then the currency).
    static let call = CanonicalSource.Call.object([
        CanonicalSource("amount", \Money.description, isOptional: false, .string(text: nil)),
        CanonicalSource("currency", \Money.currency, isOptional: false, .string(text: nil)),
    ])

    /// Writes the amount's canonical object (after its key).
    static func canonical(_ cursor: inout CanonicalWriter.Cursor, _ m: Money) {
        cursor.beginObject()
        cursor.string("amount", m.description)
        cursor.string("currency", m.currency)
        cursor.endObject()
    }
}
