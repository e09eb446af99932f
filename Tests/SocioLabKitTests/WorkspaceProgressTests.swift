import Foundation
import Testing

@testable import SocioLabKit

/// The progress the SDK's long operations report: phases in order, counts that never go back, and a last
/// update of each phase equal to its total.
struct WorkspaceProgressTests {
    func makeWorkspace() async throws -> Workspace {
        try await Workspace(store: RecordingStore(CoreFixtures.dataset), clock: WorkspaceTests.clock)
    }

    /// `count` valid participations of the fixture's person in its activity.
    func participations(_ count: Int) -> [Change] {
        (0..<count).map { i in
            .insert(
                Participation(
                    id: .init("many-\(i)"), activity: "a1", person: "p1", status: .attended, hours: 1
                )
                .record)
        }
    }

    @Test func applyReportsApplyingValidatingAndWriting() async throws {
        let workspace = try await makeWorkspace()
        let recorder = ProgressRecorder()
        let changes = participations(10_000)
        try await workspace.apply(changes, author: "ana", reason: "import", progress: recorder.handler)
        recorder.expectWellFormed()
        #expect(recorder.phases == [.applying, .validating, .writing])
        let applying = recorder.updates.filter { $0.phase == .applying }
        #expect(applying.first?.completed == 0)
        #expect(applying.last?.completed == changes.count && applying.last?.total == changes.count)
        #expect(recorder.updates.last?.phase == .writing)
        #expect(recorder.updates.last?.completed == changes.count)
    }

    @Test func aRejectedChangeSetEndsItsValidatingPhase() async throws {
        let workspace = try await makeWorkspace()
        let recorder = ProgressRecorder()
        var changes = participations(3)
        changes.append(.insert(CoreFixtures.person.record))  // exists: a conflict
        await #expect(throws: ChangeRejected.self) {
            try await workspace.apply(changes, author: "ana", reason: "import", progress: recorder.handler)
        }
        recorder.expectWellFormed()
        #expect(recorder.phases == [.applying, .validating])
    }

    @Test func aDryRunWritesNothingAndSaysNothingOfWriting() async throws {
        let workspace = try await makeWorkspace()
        let recorder = ProgressRecorder()
        try await workspace.apply(
            participations(5), author: "ana", reason: "check", dryRun: true, progress: recorder.handler)
        recorder.expectWellFormed()
        #expect(recorder.phases == [.applying, .validating])
    }

    @Test func validateAllReportsValidatingEveryEntity() async throws {
        let workspace = try await makeWorkspace()
        let recorder = ProgressRecorder()
        _ = await workspace.validateAll(progress: recorder.handler)
        recorder.expectWellFormed()
        #expect(recorder.phases == [.validating])
        #expect(recorder.updates.last?.total == CoreFixtures.dataset.entityCount)
    }

    @Test func reportFingerprintsOnceThenReports() async throws {
        let workspace = try await makeWorkspace()
        let day = Day(year: 2021, month: 12, day: 31)!
        let first = ProgressRecorder()
        _ = await workspace.report(
            ReportBuilder(plugins: PluginRegistry()), asOf: day, progress: first.handler)
        first.expectWellFormed()
        #expect(first.phases == [.fingerprinting, .reporting])
        let second = ProgressRecorder()
        _ = await workspace.report(
            ReportBuilder(plugins: PluginRegistry()), asOf: day, progress: second.handler)
        second.expectWellFormed()
        #expect(second.phases == [.reporting])  // the fingerprint of this revision is known now
    }

    @Test func compactReportsCompacting() async throws {
        let workspace = try await makeWorkspace()
        let recorder = ProgressRecorder()
        try await workspace.compact(progress: recorder.handler)
        recorder.expectWellFormed()
        #expect(recorder.phases == [.compacting])
    }

    @Test func csvImportCountsTheFilesBytes() throws {
        let text = "id,name,legal_form,social_enterprise,municipality\no1,Zadruga Sonce,zadruga,yes,Ptuj\n"
        let sources = [
            CSVSource(name: "organisations.csv", data: Data(text.utf8)),
            CSVSource(
                name: "extra.csv", data: Data(text.replacingOccurrences(of: "o1", with: "o2").utf8),
                table: .organisations),
        ]
        let recorder = ProgressRecorder()
        _ = try CSVImport.read(sources, progress: recorder.handler)
        recorder.expectWellFormed()
        #expect(recorder.phases == [.reading])
        #expect(recorder.updates.last?.completed == sources.reduce(0) { $0 + $1.data.count })
    }

    @Test func csvExportCountsEveryTable() throws {
        let recorder = ProgressRecorder()
        _ = try CSVExport.files(for: CoreFixtures.dataset, progress: recorder.handler)
        recorder.expectWellFormed()
        #expect(recorder.phases == [.exporting])
        #expect(recorder.updates.map(\.completed).last == ExchangeTable.allCases.count)
    }

    @Test func noCallbackMeansTheSameResult() async throws {
        let changes = participations(50)
        let plain = try await makeWorkspace()
        let watched = try await makeWorkspace()
        let a = try await plain.apply(changes, author: "ana", reason: "r")
        let b = try await watched.apply(
            changes, author: "ana", reason: "r", progress: ProgressRecorder().handler)
        #expect(a.revision == b.revision && a.issues == b.issues)
        #expect(await plain.fingerprint() == watched.fingerprint())
    }
}
