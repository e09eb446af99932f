import Foundation

/// Runs a set of rules over a dataset, or incrementally over what a change set touched.
///
/// A workspace validates every change set with its own validator; build one to check a dataset you hold:
///
/// ```swift
/// let validator = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules)
/// let errors = validator.validate(dataset).filter { $0.severity == .error }
/// for issue in errors { print(issue.text(in: .slovenian)) }
/// ```
public struct Validator: Sendable {
    /// The rules, in the order they run.
    public let rules: [any ValidationRule]
    private let rulesByKind: [EntityKind: [any ValidationRule]]

    /// Creates a validator.
    /// - Parameter rules: The rules; ``CoreRules/all`` plus any plugin rules.
    public init(rules: [any ValidationRule]) {
        self.rules = rules
        var byKind: [EntityKind: [any ValidationRule]] = [:]
        for rule in rules { if let kind = rule.subject { byKind[kind, default: []].append(rule) } }
        rulesByKind = byKind
    }

    /// Validates every entity and every dataset rule.
    /// - Returns: All issues, sorted (errors first, then by entity and rule).
    /// - Complexity: O(n) entity checks plus the dataset rules, in parallel chunks.
    public func validate(_ dataset: Dataset) -> [ValidationIssue] {
        validateEveryEntity(of: dataset) { _ in true }
    }

    /// What ``validate(changed:in:)`` finds when every entity of `dataset` is changed (a change set that
    /// filled an empty dataset), without gathering the entities and their dependents one by one: every
    /// entity, and the dataset rules the changed kinds trigger.
    /// - Parameters:
    ///   - dataset: The dataset, every entity of which the change set inserted.
    ///   - kinds: The kinds the change set touched.
    func validate(everyEntityOf dataset: Dataset, changedKinds kinds: Set<EntityKind>) -> [ValidationIssue] {
        validateEveryEntity(of: dataset) { !$0.triggers.isDisjoint(with: kinds) }
    }

    /// Every entity checked by its kind's rules, and the dataset rules `runs` picks, in parallel chunks.
    private func validateEveryEntity(of dataset: Dataset, datasetRules runs: (any ValidationRule) -> Bool)
        -> [ValidationIssue]
    {
        var entityJobs = EntityJobs(rulesByKind: rulesByKind, dataset: dataset)
        dataset.visitTables(&entityJobs)
        var jobs = entityJobs.jobs
        for rule in rules where rule.subject == nil && runs(rule) {
            jobs.append { rule.checkDataset(dataset) }
        }
        return Validator.sorted(Self.run(jobs, inParallel: true))
    }

    /// The jobs that check every entity of each table by its kind's rules, a chunk of slots each.
    private struct EntityJobs: DatasetTableVisitor {
        let rulesByKind: [EntityKind: [any ValidationRule]]
        let dataset: Dataset
        var jobs: [@Sendable () -> [ValidationIssue]] = []

        mutating func visit<E: Entity & CanonicalObject>(_ table: EntityTable<E>) {
            guard let rules = rulesByKind[E.kind] else { return }
            let slots = table.slots
            let dataset = dataset
            for range in Validator.chunks(of: slots.count) {
                jobs.append {
                    var issues: [ValidationIssue] = []
                    for case let entity? in slots[range] {
                        let record = entity.record
                        for rule in rules { issues += rule.check(record, in: dataset) }
                    }
                    return issues
                }
            }
        }
    }

    /// Validates what a change touched: the changed entities, the entities that depend on them, and the
    /// dataset rules it triggers — against `dataset`, the state *after* the change.
    /// - Parameters:
    ///   - changed: The entities inserted, updated or deleted.
    ///   - dataset: The dataset with the change applied.
    /// - Complexity: O(c + d) in the changed entities and their dependents, plus triggered dataset rules;
    ///   a large change set is checked in parallel chunks.
    public func validate(changed: [EntityReference], in dataset: Dataset) -> [ValidationIssue] {
        var affected = Set<EntityReference>()
        var order: [EntityReference] = []
        func add(_ reference: EntityReference) {
            if affected.insert(reference).inserted { order.append(reference) }
        }
        for reference in changed {
            add(reference)
            for dependent in dataset.dependents(of: reference) { add(dependent) }
        }
        let affectedInOrder = order
        var jobs: [@Sendable () -> [ValidationIssue]] = Self.chunks(of: order.count).map { range in
            {
                var issues: [ValidationIssue] = []
                for reference in affectedInOrder[range] {
                    guard let record = dataset[reference] else { continue }
                    issues += check(record, in: dataset)
                }
                return issues
            }
        }
        let kinds = Set(changed.map(\.kind))
        for rule in rules where rule.subject == nil && !rule.triggers.isDisjoint(with: kinds) {
            jobs.append { rule.checkDataset(dataset) }
        }
        return Validator.sorted(Self.run(jobs, inParallel: order.count > Self.chunkSize))
    }

    /// The number of entities one job checks.
    static let chunkSize = 8192

    /// `0 ..< count` in ranges of ``chunkSize``.
    private static func chunks(of count: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
    }

    /// The issues of every job, in the jobs' order: on every core, or on this thread (so that a small
    /// change set pays nothing for parallelism).
    private static func run(_ jobs: [@Sendable () -> [ValidationIssue]], inParallel: Bool)
        -> [ValidationIssue]
    {
        if !inParallel || jobs.count <= 1 { return jobs.flatMap { $0() } }
        let results = ParallelResults<[ValidationIssue]>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { results.set($0, jobs[$0]()) }
        return results.values.flatMap { $0 }
    }

    private func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for rule in rulesByKind[record.kind] ?? [] { issues += rule.check(record, in: dataset) }
        return issues
    }

    static func sorted(_ issues: [ValidationIssue]) -> [ValidationIssue] {
        issues.sorted {
            ($0.severity, $0.entity?.kind.rawValue ?? "", $0.entity?.id ?? "", $0.rule, $0.field ?? "")
                < ($1.severity, $1.entity?.kind.rawValue ?? "", $1.entity?.id ?? "", $1.rule, $1.field ?? "")
        }
    }
}
