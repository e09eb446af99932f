import SocioLabTesting
import Testing

struct FixturesTests {
    @Test func emptyWorkspaceHoldsOnlyTheOperation() async throws {
        let workspace = try await Fixtures.workspace(.empty)
        let dataset = await workspace.dataset
        #expect(dataset.totalCount == 0)
        #expect(dataset.operation == .socioLabPodravje)
        #expect(await workspace.revision == 0)
    }

    @Test func demoWorkspaceHoldsTheDemoWithoutErrors() async throws {
        let workspace = try await Fixtures.workspace()
        #expect(await workspace.dataset == SampleData.demo())
        let errors = await workspace.validateAll().filter { $0.severity == .error }
        #expect(errors.isEmpty)
    }

    @Test(arguments: [false, true])
    func heldTrainingCanBeRecorded(onDemo: Bool) async throws {
        let workspace = try await Fixtures.workspace(onDemo ? .demo() : .empty)
        let before = await workspace.dataset.totalCount
        let result = try await workspace.apply(Fixtures.heldTraining, author: "test", reason: "fixture")
        #expect(result.revision == 1)
        #expect(!result.issues.contains { $0.severity == .error })
        #expect(result.committed?.timestamp == Timestamp(milliseconds: 1_609_416_000_000))
        let dataset = await workspace.dataset
        #expect(dataset.totalCount == before + Fixtures.records.count)
        #expect(dataset.participations(in: Fixtures.training.id).count == 2)
    }

    @Test func namedRecordsAreConsistent() throws {
        let emso = try #require(Fixtures.personDetails.emso)
        #expect(emso.birthDate == Fixtures.person.birthDate)
        #expect(emso.sex == .female)
        #expect(try #require(Fixtures.secondPersonDetails.emso).birthDate == Fixtures.secondPerson.birthDate)
        #expect(Fixtures.socialEnterprise.isSocialEconomy)
        #expect(!Fixtures.company.isSocialEconomy)
        #expect(Fixtures.socialEnterprise.registrationNumber != nil && Fixtures.company.taxNumber != nil)
        let dataset = Fixtures.heldTrainingDataset
        #expect(dataset.members(of: Fixtures.socialEnterprise.id).map(\.id) == [Fixtures.person.id])
        let errors = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules).validate(
            dataset
        )
        .filter { $0.severity == .error }
        #expect(errors.isEmpty)
    }

    @Test func customDatasetAndStore() async throws {
        let store = Fixtures.store(.dataset(Fixtures.heldTrainingDataset))
        let state = try await store.load()
        #expect(state.dataset == Fixtures.heldTrainingDataset)
        let workspace = try await Fixtures.workspace(
            .dataset(Fixtures.heldTrainingDataset), plugins: PluginRegistry())
        #expect(await workspace.dataset.persons.count == 2)
    }
}
