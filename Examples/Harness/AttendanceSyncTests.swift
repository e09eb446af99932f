// How another Swift service tests itself with SocioLabTesting: no files, no clock, no set-up beyond one line.
//
// The service here is a small attendance sync, the kind of code a partner writes to move sign-in sheets
// from its own tool into SocioLabKit. Its tests open an in-memory workspace with `Fixtures.workspace()`,
// run the service, and check the outcome through the same indicator API a report uses.
// Run them with `swift test --filter HarnessExampleTests`.

import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

/// The service under test: turns sign-in sheet rows into participations and applies them in one change set.
struct AttendanceSync {
    /// One signed line of a sheet.
    struct SignIn: Sendable {
        var person: Person.ID
        var hours: Quantity
    }

    var workspace: Workspace

    /// Records everyone who signed in for `activity`; all rows or none.
    func record(_ sheet: [SignIn], for activity: Activity.ID) async throws {
        let changes = sheet.map { row in
            Change.insert(
                Participation(
                    id: .init("\(activity.rawValue)-\(row.person.rawValue)"), activity: activity,
                    person: row.person,
                    status: .attended, hours: row.hours
                ).record)
        }
        try await workspace.apply(changes, author: "attendance-sync", reason: "sign-in sheet for \(activity)")
    }
}

/// OUT-05 (persons in training) as of the fixtures' day.
func trainedPersons(in workspace: Workspace) async -> Int? {
    let report = ReportBuilder(plugins: .standard).build(await workspace.dataset, asOf: SampleData.demoAsOf)
    return report.indicators.first { $0.id == "OUT-05" }?.toDate
}

struct AttendanceSyncTests {
    @Test("A signed sheet adds its people to OUT-05")
    func signedSheetCounts() async throws {
        let workspace = try await Fixtures.workspace(.empty)
        try await workspace.apply(Fixtures.heldTraining, author: "test", reason: "fixture")
        #expect(await trainedPersons(in: workspace) == 1)

        let sync = AttendanceSync(workspace: workspace)
        try await sync.record([.init(person: Fixtures.secondPerson.id, hours: 8)], for: Fixtures.training.id)
        #expect(await trainedPersons(in: workspace) == 2)
    }

    @Test("A sheet naming an unknown person is rejected whole")
    func unknownPersonRejectsTheSheet() async throws {
        let workspace = try await Fixtures.workspace()  // the demo data, in memory
        let before = await workspace.revision
        let sync = AttendanceSync(workspace: workspace)
        let sheet: [AttendanceSync.SignIn] = [
            .init(person: "p001", hours: 2), .init(person: "nobody", hours: 2),
        ]

        let rejected = await #expect(throws: ChangeRejected.self) {
            try await sync.record(sheet, for: "a001")
        }
        #expect(rejected?.errors.contains { $0.entity?.id == "a001-nobody" } == true)
        #expect(await workspace.revision == before)
    }

    @Test("Change sets carry the service's name and the fixed clock")
    func auditTrail() async throws {
        let workspace = try await Fixtures.workspace(.dataset(Fixtures.heldTrainingDataset))
        try await AttendanceSync(workspace: workspace)
            .record([.init(person: Fixtures.secondPerson.id, hours: 4)], for: Fixtures.training.id)
        let history = try await workspace.history(of: EntityReference(.participation, "fx-a1-fx-p2"))
        #expect(history.map(\.author) == ["attendance-sync"])
        #expect(history.first?.timestamp == Fixtures.clock.now())
    }
}
