import PostgresNIO
import SocioLabKit

extension PostgreSQLStore {
    /// Reads every table in one read-only snapshot of the database, each table's typed columns in binary
    /// form straight into the entities (see ``rows(of:into:)``), the dataset built in bulk.
    /// - Complexity: O(n) in the stored entities; one statement per table.
    public func load() async throws -> StoreState {
        do {
            return try await gate.run { try await self.loadInTransaction() }
        } catch {
            throw Self.translate(error, doing: "loading the store")
        }
    }

    private func loadInTransaction() async throws -> StoreState {
        try await execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        do {
            var document: String?
            for try await text in try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT \"document\"::text FROM \(schema).\"operation\""),
                logger: logger
            ).decode(String.self) {
                document = text
            }
            guard let document else {
                throw SocioLabError(.storeMissing, "the schema \"\(configuration.schema)\" holds no store")
            }
            let operation = try JSONValue(parsing: document).decode(ESFOperation.self)
            var entities = PostgreSQLLoadedEntities()
            for table in PostgreSQLTable.all {
                try await rows(of: table, into: &entities)
            }
            let revision = try await lastRevision()
            try await execute("COMMIT")
            return StoreState(dataset: entities.dataset(of: operation), revision: revision)
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }

    /// The revision of the last change set, 0 for none.
    func lastRevision() async throws -> Int64 {
        var revision: Int64 = 0
        for try await value in try await connection.query(
            PostgresQuery(
                unsafeSQL: "SELECT coalesce(max(\"revision\"), 0)::bigint FROM \(schema).\"change_sets\""),
            logger: logger
        ).decode(Int64.self) {
            revision = value
        }
        return revision
    }

    /// Appends a change set in one transaction: its row in `change_sets` (whose primary key the revision
    /// is), the entity tables brought to its after-values, its records, and a notification on the store's
    /// channel. A large change set (an import) streams its rows with `COPY … FROM STDIN`
    /// (``copyEntities(of:)``), a small one sends one statement per table.
    /// - Throws: `change.conflict` when the revision does not follow the last one stored (another writer
    ///   stored it first); `store.io` when the server or the connection fails (reopen: the revision says
    ///   whether the change set was stored).
    public func append(_ changeSet: CommittedChangeSet) async throws {
        do {
            try await gate.run { try await self.appendInTransaction(changeSet) }
        } catch {
            throw Self.translate(error, doing: "appending revision \(changeSet.revision)")
        }
    }

    private func appendInTransaction(_ changeSet: CommittedChangeSet) async throws {
        try await execute("BEGIN")
        do {
            var binds = PostgresBindings()
            binds.append(changeSet.revision)
            binds.append(changeSet.author)
            binds.append(changeSet.reason)
            binds.append(changeSet.timestamp.milliseconds)
            binds.append(changeSet.actingPartner?.rawValue)
            let inserted = try await connection.query(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO \(schema)."change_sets" ("revision", "author", "reason", "committed_at", "timestamp_ms", "acting_partner")
                        SELECT $1, $2, $3, to_timestamp($4::bigint / 1000.0), $4, $5::text
                        WHERE (SELECT coalesce(max("revision"), 0) FROM \(schema)."change_sets") = $1 - 1
                        RETURNING "revision"
                        """, binds: binds), logger: logger)
            var stored = false
            for try await _ in inserted { stored = true }
            guard stored else {
                let last = try await lastRevision()
                throw SocioLabError(
                    .changeConflict,
                    "revision \(changeSet.revision) does not follow \(last), the last one stored (another writer "
                        + "was first); reopen the workspace or catch up, and try again")
            }
            if changeSet.records.count >= Self.copyThreshold, try await mayCopy() {
                try await copyEntities(of: changeSet)
                try await copyRecords(of: changeSet)
            } else {
                try await writeEntities(of: changeSet)
                try await writeRecords(of: changeSet)
            }
            var notice = PostgresBindings()
            notice.append(notificationChannel)
            notice.append(String(changeSet.revision))
            try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT pg_notify($1, $2)", binds: notice), logger: logger)
            try await execute("COMMIT")
        } catch {
            try? await execute("ROLLBACK")
            throw error
        }
    }

    /// Brings each touched table to the change set's after-values: the touched rows deleted, the after-values
    /// inserted, one statement each per kind.
    private func writeEntities(of changeSet: CommittedChangeSet) async throws {
        let byKind = Dictionary(grouping: changeSet.records, by: \.reference.kind)
        for table in PostgreSQLTable.all {
            guard let records = byKind[table.kind] else { continue }
            let name = table.qualifiedName(in: configuration.schema)
            var ids = PostgresBindings()
            ids.append(records.map(\.reference.id))
            try await connection.query(
                PostgresQuery(unsafeSQL: "DELETE FROM \(name) WHERE \"id\" = ANY($1)", binds: ids),
                logger: logger)
            let afters = try records.compactMap(\.after).map { try $0.storedJSON().jsonText }
            guard !afters.isEmpty else { continue }
            var rows = PostgresBindings()
            rows.append("[" + afters.joined(separator: ",") + "]")
            try await connection.query(
                PostgresQuery(
                    unsafeSQL:
                        "INSERT INTO \(name) SELECT * FROM json_populate_recordset(NULL::\(name), $1::json)",
                    binds: rows), logger: logger)
        }
    }

    /// Stores each record's before and after value in `change_records`.
    private func writeRecords(of changeSet: CommittedChangeSet) async throws {
        guard !changeSet.records.isEmpty else { return }
        var items: [JSONValue] = []
        for (position, record) in changeSet.records.enumerated() {
            items.append(
                .object([
                    "position": .number(String(position)),
                    "kind": .string(record.reference.kind.rawValue),
                    "entity_id": .string(record.reference.id),
                    "before": try record.before.map { try $0.storedJSON() } ?? .null,
                    "after": try record.after.map { try $0.storedJSON() } ?? .null,
                    "redacted": .bool(record.redacted),
                ]))
        }
        var binds = PostgresBindings()
        binds.append(changeSet.revision)
        binds.append(JSONValue.array(items).jsonText)
        try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    INSERT INTO \(schema)."change_records" ("revision", "position", "kind", "entity_id", "before", "after", "redacted")
                    SELECT $1, r."position", r."kind", r."entity_id", r."before", r."after", r."redacted"
                    FROM json_to_recordset($2::json)
                        AS r("position" integer, "kind" text, "entity_id" text, "before" json, "after" json, "redacted" boolean)
                    """, binds: binds), logger: logger)
    }

    /// The tables always hold the latest state, so compaction only checks the revision and lets PostgreSQL
    /// reclaim the space of replaced rows (`VACUUM`).
    /// - Throws: `change.conflict` for a revision the store does not hold.
    public func compact(_ dataset: Dataset, revision: Int64) async throws {
        do {
            try await gate.run {
                let last = try await self.lastRevision()
                guard revision >= 0, revision <= last else {
                    throw SocioLabError(
                        .changeConflict,
                        "cannot compact at revision \(revision): the store holds revisions up to \(last); reopen "
                            + "and try again")
                }
                try await self.vacuum()
            }
        } catch {
            throw Self.translate(error, doing: "compacting")
        }
    }

    /// `VACUUM` of the tables that change most.
    func vacuum() async throws {
        let tables = ["change_records", "personal_details", "persons"].map { "\(schema).\"\($0)\"" }
        try await execute("VACUUM " + tables.joined(separator: ", "))
    }

    /// Runs one statement without parameters.
    func execute(_ sql: String) async throws {
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
    }

    /// The channel a store's appends are announced on: `sociolab_changes` and the schema's name.
    var notificationChannel: String { "sociolab_changes." + configuration.schema }
}
