/// The row reader of a table that has no reader of its own (the finance tables): the `id` cell, then every
/// other column through its schema field (``SchemaField/read``), into the kind's blank entity.
extension CSVRowReader {
    /// Reads the current row into `blank(id)` through the layout's fields and emits it unless it failed.
    mutating func throughSchema<E: Entity>(_ layout: ExchangeLayout<E>, _ blank: (E.ID) -> E) {
        let id = id(Self.idColumn(of: map.table))
        guard !failed, let id else {
            // Still read the other cells, so that every bad cell of the row is reported at once.
            if let id {
                var entity = blank(E.ID(id))
                readExtra(layout, into: &entity)
            }
            return
        }
        finish(blank(E.ID(id)), layout)
    }

    /// The `id` column of a table.
    static func idColumn(of table: ExchangeTable) -> ExchangeColumn {
        ExchangeColumn(table: table, index: table.columnInfo.firstIndex { $0.name == "id" } ?? 0)
    }
}
