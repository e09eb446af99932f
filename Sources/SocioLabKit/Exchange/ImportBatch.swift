/// The records read from one import — CSV files or a JSON document — ready for ``changes(against:)``.
///
/// Records are ordered by entity kind (``EntityKind`` order: referenced kinds first), and within a kind
/// by file name and then by line, so the order in which files were given does not matter. Each record
/// remembers which of its table's columns its file did not have: the planner keeps the stored values of
/// those fields when it updates an existing entity, so a file with fewer columns never blanks the others.
///
/// Each record read from a CSV file also remembers that file and the line its row starts on, so that a
/// validation issue about it can be shown at its place (``locations(of:)``) without reading the files again.
///
/// The batch keeps the records in segments — one per kind and file (and per part of a large file read in
/// parallel) — so that reading never copies them into one array; ``records`` joins them on demand.
public struct ImportBatch: Hashable, Sendable {
    /// Records of one kind from one file (or one part of it), and the columns that file did not have.
    struct Segment: Hashable, Sendable {
        var kind: EntityKind
        var records: [EntityRecord]
        /// A bit for each column (by ``ExchangeTable/columns`` position) the file did not have.
        var absentColumns: UInt64
        /// The CSV file the records were read from, as the user named it (`nil` for a JSON document).
        var file: String? = nil
        /// The line each record's row starts on, parallel to ``records`` (empty when not known).
        var lines: [Int32] = []
    }

    /// The segments, ordered by kind.
    private(set) var segments: [Segment]

    /// What the import read but did not stop at, in file order: columns it ignored
    /// (`import.ignored-columns`). Show them to the user; they leave the records as they are.
    public internal(set) var warnings: [SocioLabError] = []

    /// A batch of complete records: every field is taken as given (how a JSON document is read).
    /// - Parameter records: The records, in any order; they are ordered by kind, keeping their order within
    ///   a kind.
    public init(records: [EntityRecord]) {
        var buckets = [[EntityRecord]](repeating: [], count: EntityKind.allCases.count)
        for record in records { buckets[record.kind.ordinal].append(record) }
        segments = zip(EntityKind.allCases, buckets).compactMap { kind, records in
            records.isEmpty ? nil : Segment(kind: kind, records: records, absentColumns: 0)
        }
    }

    /// A batch of segments, in any order; they are ordered by kind, keeping their order within a kind.
    init(segments: [Segment]) {
        self.segments = segments.enumerated()
            .sorted { ($0.element.kind.ordinal, $0.offset) < ($1.element.kind.ordinal, $1.offset) }
            .map(\.element)
            .filter { !$0.records.isEmpty }
    }

    /// The records, ordered by kind.
    /// - Complexity: O(*n*): the segments are joined into a new array.
    public var records: [EntityRecord] {
        if segments.count == 1 { return segments[0].records }
        var all: [EntityRecord] = []
        all.reserveCapacity(count)
        for segment in segments { all.append(contentsOf: segment.records) }
        return all
    }

    /// Per record, a bit for each column its file did not have.
    var absentColumns: [UInt64] {
        segments.flatMap { repeatElement($0.absentColumns, count: $0.records.count) }
    }

    /// The number of records.
    public var count: Int { segments.reduce(0) { $0 + $1.records.count } }

    /// The number of records of each kind.
    public var counts: [EntityKind: Int] {
        segments.reduce(into: [:]) { $0[$1.kind, default: 0] += $1.records.count }
    }

    /// Batches are equal when they hold the same records with the same absent columns, however they are
    /// segmented.
    public static func == (lhs: ImportBatch, rhs: ImportBatch) -> Bool {
        lhs.count == rhs.count && lhs.records == rhs.records && lhs.absentColumns == rhs.absentColumns
    }

    /// Hashes the records and their absent columns.
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(records)
        hasher.combine(absentColumns)
    }
}
