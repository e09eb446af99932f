import PostgresNIO
import SocioLabKit

extension PostgreSQLStore {
    /// From how many records an append writes its rows with `COPY … FROM STDIN` rather than with one
    /// `INSERT … json_populate_recordset` per table: an import of a whole operation (millions of records)
    /// streams its rows without the server parsing one JSON document of them all.
    static let copyThreshold = 256

    /// Whether this session may write with `COPY`: PostgreSQL refuses `COPY … FROM` into a table with
    /// row-level security for a role the policies apply to (a partner's role, see `grantPartnerAccess`),
    /// so only the tables' owner, a superuser or a role that bypasses row-level security copies; any other
    /// role writes a large change set with the statements of a small one, which the policies check.
    func mayCopy() async throws -> Bool {
        var binds = PostgresBindings()
        binds.append(configuration.schema)
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT coalesce((SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user), false)
                        OR coalesce((SELECT tableowner = current_user FROM pg_tables
                                     WHERE schemaname = $1 AND tablename = 'persons'), false)
                    """, binds: binds), logger: logger)
        var allowed = false
        for try await value in rows.decode(Bool.self) { allowed = value }
        return allowed
    }

    /// Brings each touched table to the change set's after-values with `COPY`: the rows of the entities
    /// that existed before deleted (one statement per kind), the after-values streamed in `COPY`'s text
    /// format (``PostgreSQLCopyText``), in the append's transaction.
    /// - Complexity: O(n) in the records; the rows travel in chunks of about 256 KB.
    func copyEntities(of changeSet: CommittedChangeSet) async throws {
        // `copyFrom` names the table unqualified; the schema is found for the rest of the transaction.
        try await execute("SET LOCAL search_path TO \(schema)")
        // Positions rather than copies of the records: an import holds millions.
        var positions: [EntityKind: [Int]] = [:]
        for (position, record) in changeSet.records.enumerated() {
            positions[record.reference.kind, default: []].append(position)
        }
        let records = changeSet.records
        for table in PostgreSQLTable.all {
            guard let ofKind = positions[table.kind] else { continue }
            let replaced = ofKind.filter {
                records[$0].before != nil || records[$0].after == nil || records[$0].redacted
            }
            if !replaced.isEmpty {
                var ids = PostgresBindings()
                ids.append(replaced.map { records[$0].reference.id })
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL:
                            "DELETE FROM \(table.qualifiedName(in: configuration.schema)) WHERE \"id\" = ANY($1)",
                        binds: ids), logger: logger)
            }
            guard ofKind.contains(where: { records[$0].after != nil }) else { continue }
            try await connection.copyFrom(
                table: table.name, columns: table.columns.map(\.name), logger: logger
            ) {
                writer in
                var text = PostgreSQLCopyText()
                for position in ofKind {
                    guard let after = records[position].after else { continue }
                    let members = try Self.storedMembers(of: after)
                    for column in table.columns {
                        text.field(members[column.name], type: column.type)
                    }
                    text.endRow()
                    if text.buffer.readableBytes >= 1 << 18 {
                        try await writer.write(text.take())
                        gate.madeProgress()
                    }
                }
                if text.buffer.readableBytes > 0 { try await writer.write(text.take()) }
            }
        }
    }

    /// Stores each record's before and after value in `change_records` with `COPY`.
    /// - Complexity: O(n) in the records.
    func copyRecords(of changeSet: CommittedChangeSet) async throws {
        let columns = ["revision", "position", "kind", "entity_id", "before", "after", "redacted"]
        try await connection.copyFrom(table: "change_records", columns: columns, logger: logger) { writer in
            var text = PostgreSQLCopyText()
            for (position, record) in changeSet.records.enumerated() {
                text.field(changeSet.revision)
                text.field(Int64(position))
                text.field(record.reference.kind.rawValue)
                text.field(record.reference.id)
                text.field(try record.before.map { try $0.storedJSON() }, type: "json")
                text.field(try record.after.map { try $0.storedJSON() }, type: "json")
                text.field(.bool(record.redacted), type: "boolean")
                text.endRow()
                if text.buffer.readableBytes >= 1 << 18 {
                    try await writer.write(text.take())
                    gate.madeProgress()
                }
            }
            if text.buffer.readableBytes > 0 { try await writer.write(text.take()) }
        }
    }

    /// The members of an entity's stored form.
    private static func storedMembers(of entity: EntityRecord) throws -> [String: JSONValue] {
        guard case .object(let members) = try entity.storedJSON() else {
            throw SocioLabError(
                .invalidValue,
                "the stored form of \(entity.reference) is not a JSON object, so it has no columns")
        }
        return members
    }
}
