import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// Row-level security per partner: a database role per partner reads (and writes) only what
/// `Documentation/Partners.md` lets the partner, through plain SQL and through a workspace on that role.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLPartnerSecurityTests {
    /// Two activities (citilab's, prj-halo's) and four persons with details: p-citi enrolled by citilab,
    /// p-halo and p-both by prj-halo (p-both takes part in citilab's activity), p-none by nobody.
    static func seed(_ store: PostgreSQLStore) async throws {
        var state = try await store.load()
        let start = Day(year: 2019, month: 3, day: 1)!
        var changes: [Change] = [
            .insert(
                .activity(
                    Activity(
                        id: "a-citi", kind: "training", title: "C", partners: ["citilab"], startDate: start))),
            .insert(
                .activity(
                    Activity(
                        id: "a-halo", kind: "training", title: "H", partners: ["prj-halo"], startDate: start))
            ),
        ]
        for (id, partner) in [
            ("p-citi", "citilab"), ("p-halo", "prj-halo"), ("p-both", "prj-halo"), ("p-none", nil),
        ] {
            changes.append(
                .insert(.person(Person(id: .init(id), enrolledBy: partner.map { Partner.ID($0) }))))
            changes.append(
                .insert(.personalDetails(PersonalDetails(person: .init(id), givenName: "Name of \(id)"))))
        }
        changes.append(
            .insert(.participation(Participation(id: "x-both", activity: "a-citi", person: "p-both"))))
        let committed = try StoreConformance.commit(changes, on: &state.dataset, revision: state.revision + 1)
        try await store.append(committed)
    }

    /// Roles of its own for a test, dropped by ``dropRoles(_:on:)``.
    static func createRoles(_ names: [String], on store: PostgreSQLStore) async throws -> [String: String] {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        var roles: [String: String] = [:]
        for name in names {
            let role = "sl_\(suffix)_\(name)"
            try await store.execute("CREATE ROLE \(SQLText.identifier(role)) LOGIN")
            roles[name] = role
        }
        return roles
    }

    static func dropRoles(_ roles: [String: String], on store: PostgreSQLStore) async throws {
        for role in roles.values {
            try await store.execute("DROP OWNED BY \(SQLText.identifier(role))")
            try await store.execute("DROP ROLE \(SQLText.identifier(role))")
        }
    }

    /// The store opened by a role.
    static func open(_ configuration: PostgreSQLStore.Configuration, as role: String) async throws
        -> PostgreSQLStore
    {
        var configuration = configuration
        configuration.user = role
        configuration.password = nil
        return try await PostgreSQLStore.open(configuration)
    }

    @Test func eachPartnerRoleReadsOnlyItsPersonsDetails() async throws {
        let configuration = try TestDatabase.freshSchema()
        let owner = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        try await Self.seed(owner)
        let roles = try await Self.createRoles(["citilab", "halo", "lead", "reporting"], on: owner)
        try await owner.grantPartnerAccess(role: roles["citilab"]!, partner: "citilab")
        try await owner.grantPartnerAccess(role: roles["halo"]!, partner: "prj-halo")
        try await owner.grantPartnerAccess(role: roles["lead"]!, partner: "prizma")
        try await owner.grantPartnerAccess(role: roles["reporting"]!, partner: "citilab")
        try await owner.revokePartnerAccess(role: roles["reporting"]!)
        try await owner.execute(
            "GRANT USAGE ON SCHEMA \"\(configuration.schema)\" TO \(SQLText.identifier(roles["reporting"]!))")
        try await owner.execute(
            "GRANT SELECT ON ALL TABLES IN SCHEMA \"\(configuration.schema)\" TO "
                + SQLText.identifier(roles["reporting"]!))

        let details = "SELECT id FROM \"\(configuration.schema)\".personal_details ORDER BY id"
        let images = """
            SELECT DISTINCT entity_id FROM "\(configuration.schema)".change_records
            WHERE kind = 'personal_details' ORDER BY 1
            """
        let expected: [String: [String]] = [
            "citilab": ["p-both", "p-citi"], "halo": ["p-both", "p-halo"],
            "lead": ["p-both", "p-citi", "p-halo", "p-none"], "reporting": [],
        ]
        for (name, ids) in expected.sorted(by: { $0.key < $1.key }) {
            let store = try await Self.open(configuration, as: roles[name]!)
            #expect(try await TestDatabase.query(details, on: store) == ids, "\(name) reads these details")
            #expect(try await TestDatabase.query(images, on: store) == ids, "\(name) reads these histories")
            #expect(
                try await TestDatabase.query(
                    "SELECT count(*)::text FROM \"\(configuration.schema)\".persons", on: store) == ["4"],
                "\(name) reads every statistical record")
            await store.close()
        }

        // A workspace on citilab's role sees its persons' details only, even one acting as the administrator.
        let citilab = try await Self.open(configuration, as: roles["citilab"]!)
        for acting in [ActingParty.partner("citilab"), .administrator] {
            let workspace = try await Workspace(store: citilab, actingAs: acting)
            let seen = await workspace.dataset.personalDetails.sortedByID.map(\.id.rawValue)
            #expect(seen == ["p-both", "p-citi"], "acting as \(acting)")
            #expect(await workspace.dataset.persons.count == 4)
        }
        await citilab.close()
        await owner.close()
        try await Self.dropRoles(roles, on: try await PostgreSQLStore.open(configuration))
    }

    @Test func aPartnerRoleWritesOnlyWhatPartnersMayAndTheLeadErases() async throws {
        let configuration = try TestDatabase.freshSchema()
        let owner = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        try await Self.seed(owner)
        let roles = try await Self.createRoles(["citilab", "lead"], on: owner)
        try await owner.grantPartnerAccess(role: roles["citilab"]!, partner: "citilab")
        try await owner.grantPartnerAccess(role: roles["lead"]!, partner: "prizma")
        let s = "\"\(configuration.schema)\""

        // Through citilab's role, a workspace acting for citilab enrols a person of its own.
        let citilab = try await Self.open(configuration, as: roles["citilab"]!)
        let workspace = try await Workspace(store: citilab, actingAs: .partner("citilab"))
        try await workspace.apply(
            [
                .insert(.person(Person(id: "p-new"))),
                .insert(.personalDetails(PersonalDetails(person: "p-new", givenName: "Nova"))),
            ], author: "citilab", reason: "enrolment")
        let stored = try await TestDatabase.query(
            "SELECT enrolled_by || ' ' || coalesce(acting_partner, '-') FROM \(s).persons, \(s).change_sets "
                + "WHERE persons.id = 'p-new' AND change_sets.revision = 2", on: owner)
        #expect(stored == ["citilab citilab"])
        // … and deletes one of its own, details and all (the person's row goes first, then its details).
        try await workspace.apply(
            [
                .insert(.person(Person(id: "p-gone"))),
                .insert(.personalDetails(PersonalDetails(person: "p-gone", givenName: "Kratka"))),
            ], author: "citilab", reason: "enrolment")
        try await workspace.apply(
            [
                .delete(EntityReference(.personalDetails, "p-gone")),
                .delete(EntityReference(.person, "p-gone")),
            ],
            author: "citilab", reason: "enrolled by mistake")
        #expect(
            try await TestDatabase.query(
                "SELECT id FROM \(s).personal_details WHERE id IN ('p-gone', 'p-new') ORDER BY id", on: owner)
                == ["p-new"])

        // Plain SQL through the same role cannot reach another partner's person.
        _ = try await TestDatabase.query(
            "DELETE FROM \(s).persons WHERE id = 'p-halo' RETURNING id", on: citilab)
        _ = try await TestDatabase.query(
            "DELETE FROM \(s).personal_details WHERE id = 'p-halo' RETURNING id", on: citilab)
        #expect(
            try await TestDatabase.query("SELECT id FROM \(s).persons WHERE id = 'p-halo'", on: owner) == [
                "p-halo"
            ])
        #expect(
            try await TestDatabase.query(
                "SELECT id FROM \(s).personal_details WHERE id = 'p-halo'", on: owner)
                == ["p-halo"])
        await #expect(throws: (any Error).self) {
            _ = try await TestDatabase.query(
                "UPDATE \(s).persons SET enrolled_by = 'citilab' WHERE id = 'p-none' RETURNING id",
                on: citilab)
        }
        await #expect(throws: (any Error).self) {
            _ = try await TestDatabase.query(
                "INSERT INTO \(s).persons (id, enrolled_by) VALUES ('p-fake', 'prj-halo') RETURNING id",
                on: citilab)
        }
        await citilab.close()

        // The lead partner's role erases a person it did not enrol: gone from the table and every image.
        let lead = try await Self.open(configuration, as: roles["lead"]!)
        let leadWorkspace = try await Workspace(store: lead, actingAs: .partner("prizma"))
        try await leadWorkspace.erasePersonalDetails(
            of: "p-halo", author: "prizma", reason: "asked to be forgotten")
        await lead.close()
        #expect(
            try await TestDatabase.query(
                "SELECT id FROM \(s).personal_details WHERE id = 'p-halo'", on: owner) == [])
        let left = try await TestDatabase.query(
            """
            SELECT count(*)::text FROM \(s).change_records WHERE kind = 'personal_details' AND entity_id = 'p-halo'
              AND (before IS NOT NULL OR after IS NOT NULL OR NOT redacted)
            """, on: owner)
        #expect(left == ["0"])
        let history = try await owner.history(of: EntityReference(.personalDetails, "p-halo"))
        #expect(history.last?.actingPartner == "prizma")
        let images = history.flatMap(\.records).filter {
            $0.reference == EntityReference(.personalDetails, "p-halo")
        }
        #expect(images.count == 2 && images.allSatisfy { $0.before == nil && $0.after == nil && $0.redacted })
        try await Self.dropRoles(roles, on: owner)
        await owner.close()
    }
}
