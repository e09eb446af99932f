extension BudgetLine {
    /// The stored fields of a budget line (`budget_lines.csv`).
    package static let schema = EntitySchema<BudgetLine>([
        .id(\.id, "The budget line's identifier."),
        .reference(
            "partner_id", sl: "partner", \.partner, required: true, storedAs: "partner",
            "The partner whose budget it is."),
        .reference(
            "category", sl: "kategorija_stroška", \.category, required: true,
            "The cost category, one of the operation's."),
        .integer(
            "year", sl: "leto", \.year, in: 1900...2200,
            "The calendar year it plans; empty for the whole period."),
        .money("planned", sl: "načrtovano", \.planned, required: true, "The planned amount in euro."),
        .text("unit", sl: "enota", \.unit, "For a unit-cost line: the unit, such as hour."),
        .money(
            "unit_cost", sl: "strošek_na_enoto", \.unitCost, "For a unit-cost line: the cost of one unit."),
        .quantity(
            "planned_units", sl: "načrtovane_enote", \.plannedUnits,
            "For a unit-cost line: the units planned."),
    ])
}
