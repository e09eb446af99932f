/// Row-level security per partner (migration 2): the rule of `Documentation/Partners.md` enforced by the
/// database as well, for a database role per partner.
///
/// `partner_roles` maps a database role to the partner it acts for (`NULL`: the operation's administrator).
/// A role mapped to a partner reads personal details only of the persons that partner enrolled
/// (`persons.enrolled_by`) or that took part in an activity it runs (`activities.partners`); the lead
/// partner's role (role `lead` in the operation's partners) and an administrator's read all. A role that is
/// not mapped reads no personal details. The same rule hides the before and after values of personal details
/// in `change_records`. Writes follow Partners.md too: a partner's role inserts and deletes only persons it
/// enrolled, activities it runs, participations in them, and their personal details.
///
/// The store's owner (who creates and migrates it) is not subject to the policies (no `FORCE`): it is the
/// operation's administrator, and the package's own migrations and erasure run as it. Superusers and roles
/// with `BYPASSRLS` are never subject to them. `Documentation/Storage.md` says how an operator sets it up.
enum PartnerSecurity {
    /// The tables a partner's role writes through an append (and erasure) of its workspace.
    static var writtenTables: [String] {
        ["change_sets", "change_records"] + PostgreSQLTable.all.map(\.name)
    }

    /// The statements of migration 2 for a schema.
    static func statements(in schema: String) -> [String] {
        let s = SQLText.identifier(schema)
        let seesAll = "\(s).\"sees_all_personal_details\"()"
        let partner = "\(s).\"role_partner\"()"
        let table = { (name: String) in "\(s).\(SQLText.identifier(name))" }
        return [
            // Older stores may lack the column (it came with partner-scoped workspaces); the functions need it.
            "ALTER TABLE \(table("persons")) ADD COLUMN IF NOT EXISTS \"enrolled_by\" text",
            """
            CREATE TABLE \(table("partner_roles")) (
                "role" name PRIMARY KEY,
                "partner" text
            )
            """,
            """
            COMMENT ON TABLE \(table("partner_roles")) IS 'The partner each database role acts for '
                '(NULL: the administrator, who sees everything); row-level security reads it'
            """,
            """
            CREATE FUNCTION \(partner) RETURNS text LANGUAGE sql STABLE AS $$
                SELECT "partner" FROM \(table("partner_roles")) WHERE "role" = current_user
            $$
            """,
            """
            CREATE FUNCTION \(seesAll) RETURNS boolean LANGUAGE sql STABLE AS $$
                SELECT EXISTS (
                    SELECT 1 FROM \(table("partner_roles")) r
                    WHERE r."role" = current_user AND (r."partner" IS NULL OR EXISTS (
                        SELECT 1 FROM \(table("operation")) o, json_array_elements(o."document" -> 'partners') p
                        WHERE p ->> 'id' = r."partner" AND p ->> 'role' = 'lead')))
            $$
            """,
            // Reading a person's details looks up participations by person for every row a partner reads.
            "CREATE INDEX \"participations_person\" ON \(table("participations")) (\"person\")",
            // Whether the role may read a person's details: Partners.md's rule.
            """
            CREATE FUNCTION \(s)."sees_person"(text) RETURNS boolean LANGUAGE sql STABLE AS $$
                SELECT \(seesAll)
                    OR EXISTS (SELECT 1 FROM \(table("persons")) p
                               WHERE p."id" = $1 AND p."enrolled_by" = \(partner))
                    OR EXISTS (SELECT 1 FROM \(table("participations")) x
                               JOIN \(table("activities")) a ON a."id" = x."activity"
                               WHERE x."person" = $1 AND \(partner) = ANY (a."partners"))
            $$
            """,
            // Whether the role may write a person's details: it enrolled the person. Details whose person
            // row is gone (the append that deletes a person deletes the person first) are left to whoever may
            // delete them; only the enrolling partner could have deleted the person.
            """
            CREATE FUNCTION \(s)."writes_person"(text) RETURNS boolean LANGUAGE sql STABLE AS $$
                SELECT \(seesAll)
                    OR EXISTS (SELECT 1 FROM \(table("persons")) p
                               WHERE p."id" = $1 AND p."enrolled_by" = \(partner))
                    OR NOT EXISTS (SELECT 1 FROM \(table("persons")) p WHERE p."id" = $1)
            $$
            """,
        ]
            + policies(
                on: table("personal_details"),
                read:
                    "\(s).\"sees_person\"(\"id\") OR NOT EXISTS (SELECT 1 FROM \(table("persons")) p WHERE p.\"id\" = \"personal_details\".\"id\")",
                write: "\(s).\"writes_person\"(\"id\")")
            + policies(
                on: table("change_records"),
                read: "\"kind\" <> 'personal_details' OR \(s).\"sees_person\"(\"entity_id\")",
                write: "\"kind\" <> 'personal_details' OR \(s).\"writes_person\"(\"entity_id\")")
            + policies(
                on: table("persons"), read: "true", write: "\(seesAll) OR \"enrolled_by\" = \(partner)")
            + policies(
                on: table("activities"), read: "true", write: "\(seesAll) OR \(partner) = ANY (\"partners\")")
            + policies(
                on: table("participations"), read: "true",
                write: """
                    \(seesAll) OR EXISTS (SELECT 1 FROM \(table("activities")) a
                        WHERE a."id" = "participations"."activity" AND \(partner) = ANY (a."partners"))
                    """)
    }

    /// Row-level security on a table, a policy reading and one each for inserting, updating and deleting.
    private static func policies(on table: String, read: String, write: String) -> [String] {
        [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY \"partner_reads\" ON \(table) FOR SELECT USING (\(read))",
            "CREATE POLICY \"partner_inserts\" ON \(table) FOR INSERT WITH CHECK (\(write))",
            "CREATE POLICY \"partner_updates\" ON \(table) FOR UPDATE USING (\(write)) WITH CHECK (\(write))",
            "CREATE POLICY \"partner_deletes\" ON \(table) FOR DELETE USING (\(write))",
        ]
    }
}
