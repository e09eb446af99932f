/// The one place where entity schemas are registered: each CSV table's layout, and how its rows are
/// taken from a dataset. A new entity kind adds its case to ``ExchangeTable`` and a line to each switch.
extension ExchangeTable {
    /// The columns of the table, in the order the exporter writes them.
    package var columnInfo: [ExchangeColumnInfo] { Self.columnInfos[index] }

    private static let columnInfos: [[ExchangeColumnInfo]] = allCases.map { table in
        switch table {
        case .organisations: ExchangeLayouts.organisations.info
        case .persons: ExchangeLayouts.persons.info
        case .infoPoints: ExchangeLayouts.infoPoints.info
        case .activities: ExchangeLayouts.activities.info
        case .participations: ExchangeLayouts.participations.info
        case .jobs: ExchangeLayouts.jobs.info
        case .products: ExchangeLayouts.products.info
        case .developmentPlans: ExchangeLayouts.developmentPlans.info
        case .supportProgrammes: ExchangeLayouts.supportProgrammes.info
        case .milestones: ExchangeLayouts.milestones.info
        case .budgetLines: ExchangeLayouts.budgetLines.info
        case .costItems: ExchangeLayouts.costItems.info
        case .paymentClaims: ExchangeLayouts.paymentClaims.info
        case .paymentClaimItems: ExchangeLayouts.paymentClaimItems.info
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
            ExchangeLayouts.organisations.forEachRow(dataset.organisations, details: nil, body)
        case .persons:
            ExchangeLayouts.persons.forEachRow(dataset.persons, details: dataset.personalDetails, body)
        case .infoPoints: ExchangeLayouts.infoPoints.forEachRow(dataset.infoPoints, details: nil, body)
        case .activities: ExchangeLayouts.activities.forEachRow(dataset.activities, details: nil, body)
        case .participations:
            ExchangeLayouts.participations.forEachRow(dataset.participations, details: nil, body)
        case .jobs: ExchangeLayouts.jobs.forEachRow(dataset.jobs, details: nil, body)
        case .products: ExchangeLayouts.products.forEachRow(dataset.products, details: nil, body)
        case .developmentPlans:
            ExchangeLayouts.developmentPlans.forEachRow(dataset.developmentPlans, details: nil, body)
        case .supportProgrammes:
            ExchangeLayouts.supportProgrammes.forEachRow(dataset.supportProgrammes, details: nil, body)
        case .milestones: ExchangeLayouts.milestones.forEachRow(dataset.milestones, details: nil, body)
        case .budgetLines: ExchangeLayouts.budgetLines.forEachRow(dataset.budgetLines, details: nil, body)
        case .costItems: ExchangeLayouts.costItems.forEachRow(dataset.costItems, details: nil, body)
        case .paymentClaims:
            ExchangeLayouts.paymentClaims.forEachRow(dataset.paymentClaims, details: nil, body)
        case .paymentClaimItems:
            ExchangeLayouts.paymentClaimItems.forEachRow(dataset.paymentClaimItems, details: nil, body)
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

/// The layout of each table, made once.
enum ExchangeLayouts {
    static let organisations = ExchangeLayout(Organisation.schema)
    static let persons = Person.exchangeLayout
    static let infoPoints = ExchangeLayout(InfoPoint.schema)
    static let activities = ExchangeLayout(Activity.schema)
    static let participations = ExchangeLayout(Participation.schema)
    static let jobs = ExchangeLayout(Job.schema)
    static let products = ExchangeLayout(Product.schema)
    static let developmentPlans = ExchangeLayout(DevelopmentPlan.schema)
    static let supportProgrammes = ExchangeLayout(SupportProgramme.schema)
    static let milestones = ExchangeLayout(Milestone.schema)
    static let budgetLines = ExchangeLayout(BudgetLine.schema)
    static let costItems = ExchangeLayout(CostItem.schema)
    static let paymentClaims = ExchangeLayout(PaymentClaim.schema)
    static let paymentClaimItems = ExchangeLayout(PaymentClaimItem.schema)
}
