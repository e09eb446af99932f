/// Runs a set of rules over a dataset, or incrementally over what a change set touched.
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
    /// - Complexity: O(n) entity checks plus the dataset rules.
    public func validate(_ dataset: Dataset) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        func run<E: Entity>(_ table: Table<E>) {
            guard let rules = rulesByKind[E.kind] else { return }
            for case let entity? in table.slots {
                let record = entity.record
                for rule in rules { issues += rule.check(record, in: dataset) }
            }
        }
        run(dataset.organisations)
        run(dataset.persons)
        run(dataset.personalDetails)
        run(dataset.infoPoints)
        run(dataset.activities)
        run(dataset.participations)
        run(dataset.jobs)
        run(dataset.products)
        run(dataset.developmentPlans)
        run(dataset.supportProgrammes)
        run(dataset.milestones)
        for rule in rules where rule.subject == nil { issues += rule.checkDataset(dataset) }
        return Validator.sorted(issues)
    }

    /// Validates what a change touched: the changed entities, the entities that depend on them, and the
    /// dataset rules it triggers — against `dataset`, the state *after* the change.
    /// - Parameters:
    ///   - changed: The entities inserted, updated or deleted.
    ///   - dataset: The dataset with the change applied.
    /// - Complexity: O(c + d) in the changed entities and their dependents, plus triggered dataset rules.
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
        var issues: [ValidationIssue] = []
        for reference in order {
            guard let record = dataset[reference] else { continue }
            issues += check(record, in: dataset)
        }
        let kinds = Set(changed.map(\.kind))
        for rule in rules where rule.subject == nil && !rule.triggers.isDisjoint(with: kinds) {
            issues += rule.checkDataset(dataset)
        }
        return Validator.sorted(issues)
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
