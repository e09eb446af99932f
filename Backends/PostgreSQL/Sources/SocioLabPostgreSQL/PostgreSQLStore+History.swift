import PostgresNIO
import SocioLabKit

extension PostgreSQLStore {
    /// Every change set that touched the entity, oldest first, read from `change_sets` and `change_records`.
    public func history(of reference: EntityReference) async throws -> [CommittedChangeSet] {
        do {
            return try await gate.run {
                var binds = PostgresBindings()
                binds.append(reference.kind.rawValue)
                binds.append(reference.id)
                return try await self.changeSets(
                    where: """
                        c."revision" IN (SELECT "revision" FROM \(self.schema)."change_records"
                                         WHERE "kind" = $1 AND "entity_id" = $2)
                        """, binds: binds)
            }
        } catch {
            throw Self.translate(error, doing: "reading the history of \(reference)")
        }
    }

    /// The change sets a condition on `change_sets c` selects, oldest first, each with all its records.
    func changeSets(where condition: String, binds: PostgresBindings) async throws -> [CommittedChangeSet] {
        let rows = try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    SELECT c."revision", c."author", c."reason", c."timestamp_ms", c."acting_partner", r."kind", r."entity_id",
                           r."before"::text, r."after"::text, coalesce(r."redacted", false)
                    FROM \(schema)."change_sets" c
                    LEFT JOIN \(schema)."change_records" r ON r."revision" = c."revision"
                    WHERE \(condition)
                    ORDER BY c."revision", r."position"
                    """, binds: binds), logger: logger)
        var result: [CommittedChangeSet] = []
        for try await (revision, author, reason, milliseconds, partner, kind, id, before, after, redacted)
            in rows.decode(
                (Int64, String, String, Int64, String?, String?, String?, String?, String?, Bool).self)
        {
            if result.last?.revision != revision {
                result.append(
                    CommittedChangeSet(
                        revision: revision, author: author, timestamp: Timestamp(milliseconds: milliseconds),
                        reason: reason, records: [], actingPartner: partner.map { Partner.ID($0) }))
            }
            guard let kind, let id else { continue }
            guard let entityKind = EntityKind(rawValue: kind) else {
                throw SocioLabError(
                    .storeCorrupt,
                    "revision \(revision) has a record of an unknown kind \"\(kind)\"; restore a backup")
            }
            result[result.count - 1].records.append(
                ChangeRecord(
                    reference: EntityReference(entityKind, id),
                    before: try image(before, entityKind, revision),
                    after: try image(after, entityKind, revision), redacted: redacted))
        }
        return result
    }

    /// A stored before or after value as an entity.
    private func image(_ text: String?, _ kind: EntityKind, _ revision: Int64) throws -> EntityRecord? {
        guard let text, text != "null" else { return nil }
        do {
            return try EntityRecord(kind: kind, storedJSON: text)
        } catch {
            throw SocioLabError(
                .storeCorrupt,
                "a record of revision \(revision) does not read as a \(kind): \(error); restore a backup")
        }
    }

    /// Removes the persons' personal details from `personal_details` and from every stored before and after
    /// value (marked redacted), in one transaction, then vacuums the two tables.
    public func erasePersonalDetails(of persons: Set<Person.ID>, dataset: Dataset, revision: Int64)
        async throws
    {
        do {
            try await gate.run {
                var ids = PostgresBindings()
                ids.append(persons.map(\.rawValue).sorted())
                try await self.execute("BEGIN")
                do {
                    try await self.connection.query(
                        PostgresQuery(
                            unsafeSQL:
                                "DELETE FROM \(self.schema).\"personal_details\" WHERE \"id\" = ANY($1)",
                            binds: ids), logger: self.logger)
                    try await self.connection.query(
                        PostgresQuery(
                            unsafeSQL: """
                                UPDATE \(self.schema)."change_records"
                                SET "before" = NULL, "after" = NULL, "redacted" = true
                                WHERE "kind" = 'personal_details' AND "entity_id" = ANY($1)
                                """, binds: ids), logger: self.logger)
                    try await self.execute("COMMIT")
                } catch {
                    try? await self.execute("ROLLBACK")
                    throw error
                }
                try await self.vacuum()
            }
        } catch {
            throw Self.translate(error, doing: "erasing personal details")
        }
    }
}
