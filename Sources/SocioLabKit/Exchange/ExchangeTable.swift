/// One CSV file of the exchange contract: its file name, its columns and the entities it holds.
///
/// Every entity kind has one file, except personal details, which share `persons.csv` with the
/// statistical person record (the columns its schema flags as personal data).
/// The columns are listed in `Documentation/DataFormats.md`; ``columns`` is the order the exporter
/// writes, and a file being imported may have its columns in any order and more columns besides.
public enum ExchangeTable: String, CaseIterable, Hashable, Sendable, Codable, Comparable,
    CustomStringConvertible
{
    /// `organisations.csv`.
    case organisations
    /// `persons.csv`: ``Person`` and ``PersonalDetails``.
    case persons
    /// `info_points.csv`.
    case infoPoints = "info_points"
    /// `activities.csv`.
    case activities
    /// `participations.csv`.
    case participations
    /// `jobs.csv`.
    case jobs
    /// `products.csv`.
    case products
    /// `development_plans.csv`.
    case developmentPlans = "development_plans"
    /// `support_programmes.csv`.
    case supportProgrammes = "support_programmes"
    /// `milestones.csv`.
    case milestones
    /// `budget_lines.csv`.
    case budgetLines = "budget_lines"
    /// `cost_items.csv`.
    case costItems = "cost_items"
    /// `payment_claims.csv`.
    case paymentClaims = "payment_claims"
    /// `payment_claim_items.csv`: which cost items each payment claim declares.
    case paymentClaimItems = "payment_claim_items"

    /// The table's name, such as `"info_points"`.
    public var description: String { rawValue }

    /// The file name the exporter writes and the importer recognises, such as `"info_points.csv"`.
    public var fileName: String { rawValue + ".csv" }

    /// The entity kind of the table's main record (persons: ``EntityKind/person``).
    public var kind: EntityKind {
        switch self {
        case .organisations: .organisation
        case .persons: .person
        case .infoPoints: .infoPoint
        case .activities: .activity
        case .participations: .participation
        case .jobs: .job
        case .products: .product
        case .developmentPlans: .developmentPlan
        case .supportProgrammes: .supportProgramme
        case .milestones: .milestone
        case .budgetLines: .budgetLine
        case .costItems: .costItem
        case .paymentClaims: .paymentClaim
        case .paymentClaimItems: .paymentClaimItem
        }
    }

    /// The table that holds an entity kind (``EntityKind/personalDetails`` is in ``persons``).
    /// - Parameter kind: The entity kind.
    public init(kind: EntityKind) {
        switch kind {
        case .organisation: self = .organisations
        case .person, .personalDetails: self = .persons
        case .infoPoint: self = .infoPoints
        case .activity: self = .activities
        case .participation: self = .participations
        case .job: self = .jobs
        case .product: self = .products
        case .developmentPlan: self = .developmentPlans
        case .supportProgramme: self = .supportProgrammes
        case .milestone: self = .milestones
        case .budgetLine: self = .budgetLines
        case .costItem: self = .costItems
        case .paymentClaim: self = .paymentClaims
        case .paymentClaimItem: self = .paymentClaimItems
        }
    }

    /// Orders tables like their entity kinds: referenced tables before the tables that refer to them.
    public static func < (lhs: ExchangeTable, rhs: ExchangeTable) -> Bool { lhs.kind < rhs.kind }

    /// The table a file name stands for.
    ///
    /// The last path component is compared without case and without its `.csv` extension. It matches a
    /// table when it is the table's name (`persons.csv`) or starts with it followed by `-`, `_`, `.` or a
    /// space (`persons-2019.csv`, `Persons 2.CSV`); the longest matching name wins, so
    /// `development_plans_q1.csv` is a development-plans file.
    /// - Parameter fileName: A file name or path as the user gave it.
    /// - Returns: The table, or `nil` when the name matches none.
    public init?(fileName: String) {
        let last =
            fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
        var stem = last.lowercased()
        if stem.hasSuffix(".csv") { stem.removeLast(4) }
        var best: ExchangeTable?
        for table in ExchangeTable.allCases {
            let name = table.rawValue
            guard stem.hasPrefix(name) else { continue }
            let rest = stem.dropFirst(name.count)
            guard rest.isEmpty || ["-", "_", ".", " "].contains(rest.first!) else { continue }
            if best.map({ $0.rawValue.count < name.count }) ?? true { best = table }
        }
        guard let best else { return nil }
        self = best
    }

    /// The column names in the order the exporter writes them: the contract's columns, then the extra
    /// columns that carry the rest of each entity (`phone`, `completed`, `evidence`). They follow from the
    /// entity's schema (``Person`` joined with ``PersonalDetails`` for `persons.csv`).
    public var columns: [String] { columnInfo.map(\.name) }

    /// The columns a file of this table must have: `id` and the values an entity cannot be without.
    public var requiredColumns: [String] { columnInfo.filter(\.isRequired).map(\.name) }
}
