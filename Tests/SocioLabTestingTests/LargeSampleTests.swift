import SocioLabTesting
import Testing

struct LargeSampleTests {
    static let sample = LargeSample(persons: 10_000, seed: 42)
    static let dataset = sample.makeDataset()

    @Test func hasTheBenchmarkShape() {
        let d = Self.dataset
        #expect(d.persons.count == 10_000)
        #expect(d.activities.count == 500)
        #expect(d.organisations.count == 200)
        #expect(d.jobs.count == 400)
        #expect(d.products.count == 200)
        #expect(d.infoPoints.count == 5)
        #expect(d.personalDetails.count == 0)
        // 1 to 9 per person, 5 on average.
        #expect((48_000...52_000).contains(d.participations.count))
        #expect(d.persons.all.allSatisfy { (1...9).contains(d.participations(of: $0.id).count) })
    }

    @Test func largeIsTheSampleDataset() {
        #expect(
            SampleData.large(persons: 1_000, seed: 42) == LargeSample(persons: 1_000, seed: 42).makeDataset())
    }

    @Test func bulkBuiltDatasetEqualsTheStreamedRecords() {
        let sample = LargeSample(persons: 2_000, seed: 5, personalDetails: true)
        var records: [EntityRecord] = []
        sample.forEachRecord { records.append($0) }
        #expect(sample.makeDataset() == Dataset(operation: .socioLabPodravje, records: records))
    }

    @Test func isDeterministicAndDependsOnTheSeed() {
        let again = LargeSample(persons: 2_000, seed: 1)
        #expect(again.makeDataset() == LargeSample(persons: 2_000, seed: 1).makeDataset())
        #expect(again.makeDataset() != LargeSample(persons: 2_000, seed: 2).makeDataset())
    }

    @Test func streamsEachKindInIdentifierOrderWithExactCounts() {
        for kind in LargeSample.kindOrder {
            let ids = Self.sample.records(of: kind).map(\.reference.id)
            #expect(ids.count == Self.sample.count(of: kind), "\(kind)")
            #expect(ids.count == Self.dataset.count(of: kind), "\(kind)")
            if kind != .infoPoint { #expect(ids == ids.sorted(), "\(kind) is not in identifier order") }
            #expect(Set(ids).count == ids.count, "\(kind) repeats an identifier")
        }
        var total = 0
        Self.sample.forEachRecord { _ in total += 1 }
        #expect(total == Self.dataset.totalCount)
    }

    @Test func hasNoCoreValidationErrors() {
        let dataset = LargeSample(persons: 2_000, seed: 3, personalDetails: true).makeDataset()
        let errors = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules).validate(
            dataset
        )
        .filter { $0.severity == .error }
        #expect(
            errors.isEmpty,
            "\(errors.prefix(5).map { "\($0.rule) \($0.entity?.description ?? "") \($0.message.en)" })")
    }

    @Test func personalDetailsHaveUniqueValidEMSO() throws {
        let dataset = LargeSample(persons: 5_000, seed: 9, personalDetails: true).makeDataset()
        #expect(dataset.personalDetails.count == 5_000)
        var seen = Set<String>()
        for details in dataset.personalDetails.all {
            let emso = try #require(details.emso)
            #expect(try EMSO(emso.digits).birthDate == dataset.persons[details.person]?.birthDate)
            #expect(seen.insert(emso.digits).inserted)
        }
    }

    @Test func emptySampleIsValid() {
        let dataset = SampleData.large(persons: 0)
        #expect(dataset.persons.count == 0)
        #expect(dataset.participations.count == 0)
        #expect(dataset.organisations.count == 10)
    }
}
