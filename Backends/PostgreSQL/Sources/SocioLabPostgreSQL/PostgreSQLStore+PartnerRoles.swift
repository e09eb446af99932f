import PostgresNIO
import SocioLabKit

extension PostgreSQLStore {
    /// Lets a database role use the store as one partner, or as the operation's administrator: maps the role
    /// to the partner in `partner_roles` and grants what a partner's tool needs (use of the schema, reading
    /// every table, inserting and deleting rows for its appends, blanking erased values in `change_records`).
    ///
    /// Row-level security then lets the role read personal details only of the persons the partner enrolled
    /// or that took part in an activity it runs, and write only what `Documentation/Partners.md` lets the
    /// partner write; the lead partner's role, and a role given no partner, read and write everything. Call
    /// it again after an upgrade of the package that adds a table. Run it on a store opened as its owner.
    /// - Parameters:
    ///   - role: An existing database role (`CREATE ROLE citilab LOGIN PASSWORD '…'`), its name as stored.
    ///   - partner: The partner the role acts for; `nil` for the operation's administrator.
    /// - Throws: `store.io` when the role does not exist or this store's role may not grant.
    public func grantPartnerAccess(role: String, partner: Partner.ID?) async throws {
        let what = "granting \(role) access to the store"
        do {
            try await gate.run {
                let grantee = SQLText.identifier(role)
                let tables = PartnerSecurity.writtenTables.map { "\(self.schema).\(SQLText.identifier($0))" }
                try await self.execute("BEGIN")
                do {
                    var binds = PostgresBindings()
                    binds.append(role)
                    binds.append(partner?.rawValue)
                    try await self.connection.query(
                        PostgresQuery(
                            unsafeSQL: """
                                INSERT INTO \(self.schema)."partner_roles" ("role", "partner") VALUES ($1::name, $2::text)
                                ON CONFLICT ("role") DO UPDATE SET "partner" = excluded."partner"
                                """, binds: binds), logger: self.logger)
                    try await self.execute("GRANT USAGE ON SCHEMA \(self.schema) TO \(grantee)")
                    try await self.execute(
                        "GRANT SELECT ON ALL TABLES IN SCHEMA \(self.schema) TO \(grantee)")
                    try await self.execute(
                        "GRANT INSERT, DELETE ON \(tables.joined(separator: ", ")) TO \(grantee)")
                    try await self.execute(
                        "GRANT UPDATE (\"before\", \"after\", \"redacted\") ON \(self.schema).\"change_records\" "
                            + "TO \(grantee)")
                    try await self.execute("COMMIT")
                } catch {
                    try? await self.execute("ROLLBACK")
                    throw error
                }
            }
        } catch {
            throw Self.translate(error, doing: what)
        }
    }

    /// Takes back what ``grantPartnerAccess(role:partner:)`` gave a role: its row in `partner_roles` and
    /// every privilege on the store's schema and tables. The role itself is left (`DROP ROLE` is the
    /// operator's).
    /// - Parameter role: The database role.
    /// - Throws: `store.io` when the role does not exist or this store's role may not revoke.
    public func revokePartnerAccess(role: String) async throws {
        do {
            try await gate.run {
                let grantee = SQLText.identifier(role)
                try await self.execute("BEGIN")
                do {
                    var binds = PostgresBindings()
                    binds.append(role)
                    try await self.connection.query(
                        PostgresQuery(
                            unsafeSQL:
                                "DELETE FROM \(self.schema).\"partner_roles\" WHERE \"role\" = $1::name",
                            binds: binds), logger: self.logger)
                    try await self.execute(
                        "REVOKE ALL ON ALL TABLES IN SCHEMA \(self.schema) FROM \(grantee)")
                    try await self.execute("REVOKE ALL ON SCHEMA \(self.schema) FROM \(grantee)")
                    try await self.execute("COMMIT")
                } catch {
                    try? await self.execute("ROLLBACK")
                    throw error
                }
            }
        } catch {
            throw Self.translate(error, doing: "revoking the access of \(role) to the store")
        }
    }
}
