/// A check of recorded data, with a stable identifier and a severity.
///
/// Implementation requirements:
/// - A rule is a pure function of the dataset: no I/O, no clock, no randomness, so that validation is
///   repeatable and safe to run concurrently.
/// - An *entity rule* sets ``subject`` to the kind it checks and implements ``check(_:in:)``, returning
///   issues about that entity only. The validator calls it for every entity of that kind on a full run,
///   and for the entities a change set touches (and those that depend on them) on an incremental run, so
///   it must look only at the entity and what it can reach through the dataset's indexes — never scan a
///   whole table.
/// - A *dataset rule* sets ``subject`` to `nil` and implements ``checkDataset(_:)``; it runs on a full
///   validation and, incrementally, when a change touches one of its ``triggers``.
/// - Issues carry the rule's ``id`` and ``severity``. Only errors block a change set.
public protocol ValidationRule: Sendable {
    /// The rule's stable identifier, documented in `Documentation/Validation.md`.
    var id: RuleID { get }
    /// The severity of the issues it reports.
    var severity: Severity { get }
    /// The kind of entity it checks, or `nil` for a dataset-wide rule.
    var subject: EntityKind? { get }
    /// For a dataset rule, the kinds whose change makes it run again incrementally.
    var triggers: Set<EntityKind> { get }
    /// Checks one entity of kind ``subject``.
    func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue]
    /// Checks the whole dataset.
    /// - Complexity: Up to the rule; document it.
    func checkDataset(_ dataset: Dataset) -> [ValidationIssue]
}

extension ValidationRule {
    /// No triggers by default.
    public var triggers: Set<EntityKind> { [] }
    /// No entity check by default.
    public func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] { [] }
    /// No dataset check by default.
    public func checkDataset(_ dataset: Dataset) -> [ValidationIssue] { [] }

    /// An issue from this rule.
    public func issue(
        _ entity: EntityReference?, field: String? = nil, _ message: LocalizedText, fix: LocalizedText
    ) -> ValidationIssue {
        ValidationIssue(
            rule: id, severity: severity, entity: entity, field: field, message: message, fix: fix)
    }
}

/// A rule that checks one kind of entity, as a typed value.
///
/// Conform, set ``ValidationRule/id`` and ``ValidationRule/severity``, and implement
/// `check(_:in:)` for a `Subject`; ``ValidationRule/subject`` and the untyped check come for free.
///
/// ```swift
/// struct TitledActivityRule: EntityRule {
///     let id: RuleID = "local.activity-title"
///     let severity = Severity.warning
///     func check(_ activity: Activity, in dataset: Dataset) -> [ValidationIssue] {
///         guard activity.title.isEmpty else { return [] }
///         return [
///             issue(
///                 activity.reference, field: "title", LocalizedText(sl: "ni naslova", en: "no title"),
///                 fix: LocalizedText(sl: "Vpišite naslov.", en: "Enter a title."))
///         ]
///     }
/// }
/// let validator = Validator(rules: CoreRules.all + [TitledActivityRule()])
/// ```
public protocol EntityRule: ValidationRule {
    /// The entity type checked.
    associatedtype Subject: Entity
    /// Checks one entity.
    func check(_ entity: Subject, in dataset: Dataset) -> [ValidationIssue]
}

extension EntityRule {
    /// The subject's kind.
    public var subject: EntityKind? { Subject.kind }
    /// Unwraps the record and calls the typed check.
    public func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        guard record.kind == Subject.kind else { return [] }
        var visitor = SubjectVisitor<Subject>()
        guard let entity = record.accept(&visitor) else { return [] }
        return check(entity, in: dataset)
    }
}

/// Takes a record's entity as a rule's subject type, or `nil` when it is of another type: the cast is of
/// the entity as its own type, not of `EntityRecord.entity`, which would box it (a heap copy) for every
/// entity and rule of a validation.
private struct SubjectVisitor<Subject: Entity>: EntityValueVisitor {
    func visit<E: RegisteredEntity>(_ entity: E) -> Subject? { entity as? Subject }
}
