import PostgresNIO
import SocioLabKit

extension PostgreSQLStore {
    /// How many rows a batch of a load holds.
    static let loadBatchRows = 4_096
    /// How many batches are decoded at once while the next rows arrive.
    static let loadBatchesInFlight = 4

    /// Adds a table's rows as entities.
    ///
    /// The typed columns come in binary form (`numeric` as text) and each row's cells become the members of
    /// the entity's stored form (``PostgreSQLRowDecoder``), which decodes into the entity: the server writes
    /// no JSON and the client parses none, but for `json` columns. Batches of rows are decoded in tasks of
    /// their own while the next rows arrive, and added in the rows' order. A `json` cell the strict JSON
    /// reader refuses sends its row through `row_to_json` and the store's lenient reader instead (same
    /// snapshot).
    /// - Complexity: O(n) in the table's rows; one statement, two for a table with such cells.
    func rows(of table: PostgreSQLTable, into entities: inout PostgreSQLLoadedEntities) async throws {
        let decoder = PostgreSQLRowDecoder(table: table, schema: configuration.schema)
        var pending: [Task<PostgreSQLRowDecoder.Batch, any Error>] = []
        defer { for task in pending { task.cancel() } }
        var lenient: [String] = []
        var rows: [PostgresRow] = []
        rows.reserveCapacity(Self.loadBatchRows)
        let sequence = try await connection.query(
            PostgresQuery(unsafeSQL: decoder.selectStatement), logger: logger)
        for try await row in sequence {
            rows.append(row)
            guard rows.count == Self.loadBatchRows else { continue }
            let full = rows
            rows.removeAll(keepingCapacity: true)
            pending.append(Task { try decoder.decode(full) })
            gate.madeProgress()
            if pending.count >= Self.loadBatchesInFlight {
                let batch = try await pending.removeFirst().value
                for record in batch.records { entities.add(record) }
                lenient += batch.lenient
            }
        }
        if !rows.isEmpty {
            let rest = rows
            pending.append(Task { try decoder.decode(rest) })
        }
        while !pending.isEmpty {
            let batch = try await pending.removeFirst().value
            for record in batch.records { entities.add(record) }
            lenient += batch.lenient
        }
        if !lenient.isEmpty {
            for record in try await rowsAsJSON(decoder, ids: lenient) { entities.add(record) }
        }
    }

    /// Rows read as `row_to_json` and the store's lenient reader.
    private func rowsAsJSON(_ decoder: PostgreSQLRowDecoder, ids: [String]) async throws -> [EntityRecord] {
        let table = decoder.table
        let sql =
            "SELECT row_to_json(t)::text FROM \(table.qualifiedName(in: configuration.schema)) t "
            + "WHERE t.\"id\" = ANY($1)"
        var binds = PostgresBindings()
        binds.append(ids)
        var records: [EntityRecord] = []
        let texts = try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        for try await text in texts.decode(String.self) {
            do {
                records.append(try EntityRecord(kind: table.kind, storedJSON: text))
            } catch let error as SocioLabError {
                throw decoder.corrupt(error.message)
            }
        }
        return records
    }
}
