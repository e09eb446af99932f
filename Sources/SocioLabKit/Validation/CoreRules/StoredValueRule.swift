/// `core.stored-value` (error): every value of an entity is one the store keeps and gives back exactly —
/// no control character other than tab, line feed and carriage return in a text, days within
/// 0001-01-01 … 9999-12-31, quantities within ``Quantity/validRange``, and plugin details within
/// ``JSONValue/maximumDepth`` levels, with numbers that are JSON numbers of at most
/// ``JSONValue/maximumNumberLength`` characters.
///
/// The CSV and JSON-document importers refuse the same values with the file, line and column; this rule
/// is what stops them when an embedder builds the entities itself.
package struct StoredValueRule: ValidationRule {
    /// `core.stored-value`.
    package let id: RuleID = "core.stored-value"
    /// Error.
    package let severity = Severity.error
    /// The kind of entity this instance checks.
    package let kind: EntityKind
    /// Creates the rule for one kind of entity.
    /// - Parameter kind: The kind checked.
    package init(kind: EntityKind) { self.kind = kind }
    /// The kind checked.
    package var subject: EntityKind? { kind }

    /// Reports each value beyond the limits, naming its field (`title`, `evidence[0].date`,
    /// `details.modules[2]`).
    /// - Complexity: O(size of the entity's texts and details); nothing is encoded.
    package func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        StoredValueLimits.violations(of: record).map { violation in
            issue(
                record.reference, field: violation.field.description, violation.problem.message,
                fix: violation.problem.fix)
        }
    }
}
