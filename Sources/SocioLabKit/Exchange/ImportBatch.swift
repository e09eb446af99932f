/// The records read from one import — CSV files or a JSON document — ready for ``ImportPlanner``.
///
/// Records are ordered by entity kind (``EntityKind`` order: referenced kinds first), and within a kind
/// by file name and then by line, so the order in which files were given does not matter. Each record
/// remembers which of its table's columns its file did not have: the planner keeps the stored values of
/// those fields when it updates an existing entity, so a file with fewer columns never blanks the others.
public struct ImportBatch: Hashable, Sendable {
    /// The records, ordered by kind.
    public private(set) var records: [EntityRecord]
    /// Per record, a bit for each column (by ``ExchangeTable/columns`` position) its file did not have.
    var absentColumns: [UInt64]

    /// A batch of complete records: every field is taken as given (how a JSON document is read).
    /// - Parameter records: The records, in any order; they are ordered by kind, keeping their order within
    ///   a kind.
    public init(records: [EntityRecord]) {
        var buckets = [[EntityRecord]](repeating: [], count: EntityKind.allCases.count)
        for record in records { buckets[record.kind.ordinal].append(record) }
        self.records = buckets.flatMap { $0 }
        absentColumns = [UInt64](repeating: 0, count: self.records.count)
    }

    init(records: [EntityRecord], absentColumns: [UInt64]) {
        self.records = records
        self.absentColumns = absentColumns
    }

    /// The number of records.
    public var count: Int { records.count }

    /// The number of records of each kind.
    public var counts: [EntityKind: Int] {
        records.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 }
    }
}

extension EntityKind {
    /// The position of the kind in ``EntityKind/allCases``.
    var ordinal: Int {
        switch self {
        case .organisation: 0
        case .person: 1
        case .personalDetails: 2
        case .infoPoint: 3
        case .activity: 4
        case .participation: 5
        case .job: 6
        case .product: 7
        case .developmentPlan: 8
        case .supportProgramme: 9
        case .milestone: 10
        }
    }
}
