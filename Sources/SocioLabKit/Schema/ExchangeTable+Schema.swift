/// The one place where entity schemas are registered: each CSV table's layout, and how its rows are
/// taken from a dataset. A new entity kind adds its case to ``ExchangeTable`` and a line to each switch.
extension ExchangeTable {
    /// The columns of the table, in the order the exporter writes them.
    package var columnInfo: [ExchangeColumnInfo] { Self.columnInfos[index] }

    private static let columnInfos: [[ExchangeColumnInfo]] = allCases.map { table in
        switch table {
        case .organisations: ExchangeLayout(Organisation.schema).info
        case .persons: Person.exchangeLayout.info
        case .infoPoints: ExchangeLayout(InfoPoint.schema).info
        case .activities: ExchangeLayout(Activity.schema).info
        case .participations: ExchangeLayout(Participation.schema).info
        case .jobs: ExchangeLayout(Job.schema).info
        case .products: ExchangeLayout(Product.schema).info
        case .developmentPlans: ExchangeLayout(DevelopmentPlan.schema).info
        case .supportProgrammes: ExchangeLayout(SupportProgramme.schema).info
        case .milestones: ExchangeLayout(Milestone.schema).info
        }
    }

    /// The table's position in ``allCases``.
    private var index: Int { Self.allCases.firstIndex(of: self)! }

    /// The column that reads and writes a model field (the row readers find their columns by key path).
    /// - Parameter keyPath: A field of the table's entity, or of ``PersonalDetails`` for `persons.csv`.
    /// - Returns: The column's position and name.
    func column(_ keyPath: AnyKeyPath) -> ExchangeColumn {
        guard let index = columnInfo.firstIndex(where: { $0.keyPath == keyPath }) else {
            preconditionFailure("\(fileName) has no column for \(keyPath).")
        }
        return ExchangeColumn(table: self, index: index)
    }

    /// Calls `body` with the cells of each row of the table, in id order (values before formula protection).
    func forEachRow(of dataset: Dataset, _ body: ([String]) -> Void) {
        switch self {
        case .organisations:
            ExchangeLayout(Organisation.schema).forEachRow(dataset.organisations, details: nil, body)
        case .persons:
            Person.exchangeLayout.forEachRow(dataset.persons, details: dataset.personalDetails, body)
        case .infoPoints: ExchangeLayout(InfoPoint.schema).forEachRow(dataset.infoPoints, details: nil, body)
        case .activities: ExchangeLayout(Activity.schema).forEachRow(dataset.activities, details: nil, body)
        case .participations:
            ExchangeLayout(Participation.schema).forEachRow(dataset.participations, details: nil, body)
        case .jobs: ExchangeLayout(Job.schema).forEachRow(dataset.jobs, details: nil, body)
        case .products: ExchangeLayout(Product.schema).forEachRow(dataset.products, details: nil, body)
        case .developmentPlans:
            ExchangeLayout(DevelopmentPlan.schema).forEachRow(dataset.developmentPlans, details: nil, body)
        case .supportProgrammes:
            ExchangeLayout(SupportProgramme.schema).forEachRow(dataset.supportProgrammes, details: nil, body)
        case .milestones: ExchangeLayout(Milestone.schema).forEachRow(dataset.milestones, details: nil, body)
        }
    }
}

/// A column of a table as the row readers address it: its position in ``ExchangeTable/columns`` and its
/// name (for error messages).
struct ExchangeColumn: Sendable {
    /// The table.
    let table: ExchangeTable
    /// The position in the table's columns (the bit in an import's absent-columns mask).
    let index: Int
    /// The header name.
    var name: String { table.columnInfo[index].name }
}
