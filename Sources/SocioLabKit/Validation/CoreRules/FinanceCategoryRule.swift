/// `core.finance-category` (error): a budget line or a cost item names one of the operation's cost
/// categories (``ESFOperation/costCategories``).
package struct FinanceCategoryRule<Subject: Entity>: EntityRule {
    /// `core.finance-category`.
    package let id: RuleID = "core.finance-category"
    /// Error.
    package let severity = Severity.error
    /// Creates the rule.
    package init() {}

    /// Reports a category the operation does not have.
    package func check(_ entity: Subject, in dataset: Dataset) -> [ValidationIssue] {
        let category: CostCategory.ID
        switch entity {
        case let line as BudgetLine: category = line.category
        case let item as CostItem: category = item.category
        default: return []
        }
        guard dataset.operation.costCategory(category) == nil else { return [] }
        let known = dataset.operation.costCategories.map(\.id.rawValue).joined(separator: ", ")
        return [
            issue(
                entity.reference, field: "category",
                .t(
                    "'\(category)' ni kategorija stroškov operacije",
                    "'\(category)' is not a cost category of the operation"),
                fix: known.isEmpty
                    ? .t(
                        "Operacija nima kategorij stroškov; najprej jih določite v nastavitvah operacije.",
                        "The operation has no cost categories; configure them in the operation first.")
                    : .t(
                        "V stolpec category vpišite eno od kategorij operacije: \(known).",
                        "Write one of the operation's categories in category: \(known)."))
        ]
    }
}
