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
        /// The columns the file names in Slovenian, by their English name, so that an issue is placed in
        /// the column as the file names it.
        var columnNames: [String: String] = [:]

        /// The records a dataset would count: all but empty personal details, which stand for none.
        var countedRecords: Int {
            guard kind == .personalDetails else { return records.count }
            return records.reduce(0) { total, record in
                if case .personalDetails(let details) = record, details.isEmpty { return total }
                return total + 1
            }
        }
    }

    /// The segments, ordered by kind.
    private(set) var segments: [Segment]

    /// Findings of reading the files that do not stop the import, in file and line order: columns it
    /// ignored (`import.ignored-columns`), rows short of optional trailing cells
    /// (``SocioLabError/Code/csvShortRow``) and the like. Show them to the user beside the validation
    /// warnings; they leave the records as they are and take no part in equality.
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

    /// The number of records, counted as a dataset counts its entities: a person's row whose personal-detail
    /// cells are all empty gives the person and no personal details, so an import, a dry run, a re-import
    /// and an export of the same rows report the same number.
    /// - Complexity: O(*p*) in the number of personal-details records.
    public var count: Int { segments.reduce(0) { $0 + $1.countedRecords } }

    /// The number of records of each kind, counted as ``count`` counts them.
    public var counts: [EntityKind: Int] {
        segments.reduce(into: [:]) { $0[$1.kind, default: 0] += $1.countedRecords }
    }

    /// The batch without records whose kind and id an earlier record of the batch already has (a repeated
    /// id is an error of the import; the rest can still be validated).
    /// - Complexity: O(*n*) in the number of records.
    func removingRepeatedIDs() -> ImportBatch {
        var seen: [EntityKind: Set<String>] = [:]
        var copy = self
        for index in copy.segments.indices {
            let segment = copy.segments[index]
            var ids = seen[segment.kind] ?? []
            var keep: [Bool] = []
            keep.reserveCapacity(segment.records.count)
            for record in segment.records { keep.append(ids.insert(record.reference.id).inserted) }
            seen[segment.kind] = ids
            guard keep.contains(false) else { continue }
            let hasLines = segment.lines.count == segment.records.count
            copy.segments[index].records = zip(segment.records, keep).filter(\.1).map(\.0)
            if hasLines { copy.segments[index].lines = zip(segment.lines, keep).filter(\.1).map(\.0) }
        }
        return copy
    }

    /// Batches are equal when they hold the same records with the same absent columns, however they are
    /// segmented.
    public static func == (lhs: ImportBatch, rhs: ImportBatch) -> Bool {
        lhs.records == rhs.records && lhs.absentColumns == rhs.absentColumns
    }

    /// Hashes the records and their absent columns.
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(records)
        hasher.combine(absentColumns)
    }
}
