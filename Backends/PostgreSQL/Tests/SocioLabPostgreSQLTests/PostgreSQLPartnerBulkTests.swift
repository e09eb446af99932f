import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabPostgreSQL

/// A large change set written through a partner's role: PostgreSQL refuses `COPY … FROM` into a table with
/// row-level security for a role the policies apply to, so the store writes it with the statements of a
/// small one, which the policies check.
@Suite(.enabled(if: TestDatabase.isAvailable, TestDatabase.skipMessage))
struct PostgreSQLPartnerBulkTests {
    @Test func aPartnerRoleEnrolsMorePersonsThanTheCopyThresholdAtOnce() async throws {
        let configuration = try TestDatabase.freshSchema()
        let owner = try await PostgreSQLStore.create(configuration, operation: ConformanceFixtures.operation)
        let roles = try await PostgreSQLPartnerSecurityTests.createRoles(["citilab"], on: owner)
        try await owner.grantPartnerAccess(role: roles["citilab"]!, partner: "citilab")
        let s = "\"\(configuration.schema)\""

        let citilab = try await PostgreSQLPartnerSecurityTests.open(configuration, as: roles["citilab"]!)
        #expect(try await citilab.mayCopy() == false)
        #expect(try await owner.mayCopy() == true)
        let count = PostgreSQLStore.copyThreshold + 44
        var changes: [Change] = []
        for index in 0..<count {
            let id = Person.ID("p-bulk-\(index)")
            changes.append(.insert(.person(Person(id: id))))
            changes.append(
                .insert(.personalDetails(PersonalDetails(person: id, givenName: "Oseba \(index)"))))
        }
        let workspace = try await Workspace(store: citilab, actingAs: .partner("citilab"))
        let result = try await workspace.apply(changes, author: "citilab", reason: "enrolment day")
        #expect(result.committed != nil)

        let stored = try await TestDatabase.query(
            "SELECT count(*)::text FROM \(s).persons WHERE enrolled_by = 'citilab'", on: owner)
        #expect(stored == ["\(count)"])
        let details = try await TestDatabase.query(
            "SELECT count(*)::text FROM \(s).personal_details", on: citilab)
        #expect(details == ["\(count)"])
        let reopened = try await PostgreSQLStore.open(configuration)
        #expect(try await reopened.load().dataset.persons.count == count)

        await reopened.close()
        await citilab.close()
        try await PostgreSQLPartnerSecurityTests.dropRoles(roles, on: owner)
        await owner.close()
    }
}
