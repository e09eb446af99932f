import SocioLabKit

/// The parallel snapshot reader's column jobs for the kinds stored column by column: each reads one whole
/// column's array straight into a member of preallocated rows, through the column kernel of the member's
/// stored field (``SocioLabKit/StoredField/readColumn``, one specialised loop per kind of value).
///
/// Nothing here names a field: a field added to a schema is read by the kernel of its kind of value.
/// They accept exactly what ``SnapshotColumns``' stored members accept one value at a time (the
/// sequential reader): the same value readers, the same `null` rules; a column the schema does not store
/// is skipped, as the sequential reader skips it.
enum SnapshotColumnReaders {
    /// The person table's stored columns.
    static let personColumns: Set<String> = Set(SnapshotColumns.person.map(\.name))
    /// The personal-details table's stored columns.
    static let detailColumns: Set<String> = Set(SnapshotColumns.personalDetails.map(\.name))
    /// The participation table's stored columns.
    static let participationColumns: Set<String> = Set(SnapshotColumns.participation.map(\.name))

    /// Reads a column's array into the rows through its stored member, or skips a column the schema does
    /// not store.
    /// - Parameters:
    ///   - column: The column in the file.
    ///   - stored: The kind's stored members (``SnapshotColumns``).
    ///   - r: A reader at the column's `[`.
    ///   - rows: The preallocated rows.
    /// - Throws: A syntax error; also when the column has more or fewer elements than the rows, or a
    ///   `null` in a required column.
    static func read<E>(
        _ column: SnapshotTableReader.Column, _ stored: [StoredField<E>], _ r: inout JSONReader,
        _ rows: RowPointer<E?>
    ) throws(JSONSyntaxError) {
        guard let field = stored.first(where: { $0.name == column.name }) else { return try r.skipValue() }
        try field.readColumn(&r, rows.base, rows.count)
    }

    /// Reads a column of a generic table as values, checking that it has `count` elements.
    static func readValues(_ r: inout JSONReader, count: Int) throws(JSONSyntaxError) -> [JSONValue] {
        guard case .array(let values) = try r.readValue(), values.count == count else {
            throw r.error("a column does not have the expected rows")
        }
        return values
    }
}
