import SocioLabPlugins
import SocioLabTesting
import Testing

@testable import SocioLabKit

/// The validator checks large datasets and large change sets in parallel chunks; it must find exactly what
/// checking every record in turn finds, in the same order.
struct ParallelValidationTests {
    /// A generated sample (several chunks of every large table) with faults planted across it: implausible
    /// birth dates and participations with more hours than their training.
    static let dataset: Dataset = {
        var dataset = LargeSample(persons: 6000, seed: 7).makeDataset()
        for (i, person) in dataset.persons.slots.compactMap({ $0 }).enumerated() where i % 97 == 0 {
            var changed = person
            changed.birthDate = Day(year: 1890, month: 1, day: 1)
            _ = dataset.upsert(.person(changed))
        }
        for (i, participation) in dataset.participations.slots.compactMap({ $0 }).enumerated()
        where i % 89 == 0 {
            var changed = participation
            changed.hours = Quantity(hundredths: 100_000)
            _ = dataset.upsert(.participation(changed))
        }
        return dataset
    }()

    static let rules = CoreRules.all + PluginRegistry.standard.validationRules

    /// Every record of every table, in table order, checked by every rule about its kind, then the dataset
    /// rules: what the validator did before it ran in parallel.
    static func checkedOneByOne(_ dataset: Dataset, rules: [any ValidationRule], datasetRules: Bool)
        -> [ValidationIssue]
    {
        var issues: [ValidationIssue] = []
        for record in dataset.allRecords {
            for rule in rules where rule.subject == record.kind {
                issues += rule.check(record, in: dataset)
            }
        }
        if datasetRules {
            for rule in rules where rule.subject == nil { issues += rule.checkDataset(dataset) }
        }
        return issues
    }

    @Test func wholeDatasetFindsWhatRecordByRecordFinds() {
        let dataset = Self.dataset
        #expect(dataset.participations.count > 3 * Validator.chunkSize)
        let expected = Validator.sorted(Self.checkedOneByOne(dataset, rules: Self.rules, datasetRules: true))
        let found = Validator(rules: Self.rules).validate(dataset)
        #expect(found.count == expected.count)
        #expect(found == expected)
        #expect(found.contains { $0.rule == "training.participation-hours" })
        #expect(found.contains { $0.entity?.kind == .person })
    }

    @Test func largeChangeSetFindsWhatRecordByRecordFinds() {
        let dataset = Self.dataset
        let entityRules = Self.rules.filter { $0.subject != nil }
        let validator = Validator(rules: entityRules)
        let changed = dataset.allRecords.map(\.reference)
        let expected = Validator.sorted(
            Self.checkedOneByOne(dataset, rules: entityRules, datasetRules: false))
        let found = validator.validate(changed: changed, in: dataset)
        #expect(found.count == expected.count)
        #expect(found == expected)
    }

    /// A change set that fills an empty dataset is checked table by table; it must find what checking the
    /// changed entities and their dependents finds.
    @Test func aDatasetFilledFromNothingFindsWhatTheIncrementalRunFinds() {
        let dataset = Self.dataset
        let validator = Validator(rules: Self.rules)
        let changed = dataset.allRecords.map(\.reference)
        let incremental = validator.validate(changed: changed, in: dataset)
        let whole = validator.validate(everyEntityOf: dataset, changedKinds: Set(changed.map(\.kind)))
        #expect(whole.count == incremental.count)
        #expect(whole == incremental)
        #expect(!whole.isEmpty)
    }
}
