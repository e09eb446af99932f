/// How a file's header maps onto its table's contract columns.
struct CSVColumnMap: Sendable {
    let table: ExchangeTable
    /// For each contract column, its place in the file, or -1 when the file lacks it.
    let positions: [Int]
    /// A bit for each contract column the file does not have.
    let absentMask: UInt64
    /// The `import.missing-column` error, when the header lacks a required column.
    let headerError: SocioLabError?
    /// Whether the file has any personal-details column (persons only).
    let hasPersonalDetails: Bool
    /// The columns of the file that the table's reader does not read itself, read through their schema
    /// fields (a field added to a schema before its reader knows it).
    var extra: [ExchangeColumn]

    init(table: ExchangeTable, header: CSVHeader, headerLine: Int, file: String) {
        self.table = table
        let names = table.columns
        positions = names.map { header.index(of: $0) ?? -1 }
        var mask: UInt64 = 0
        for (index, position) in positions.enumerated() where position < 0 { mask |= 1 << UInt64(index) }
        absentMask = mask
        let direct = Set(CSVRowReader.columnsReadDirectly(table).map(\.index))
        let found = positions
        extra = found.indices.filter { found[$0] >= 0 && !direct.contains($0) }.map {
            ExchangeColumn(table: table, index: $0)
        }
        hasPersonalDetails = table.columnInfo.contains { $0.isPersonal && header.index(of: $0.name) != nil }
        let missing = table.requiredColumns.filter { header.index(of: $0) == nil }
        if missing.isEmpty {
            headerError = nil
        } else {
            let found = names.filter { header.index(of: $0) != nil }
            let what =
                found.isEmpty
                ? "The header has none of the columns of \(table.fileName)"
                : "The header lacks the column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))"
            headerError = SocioLabError(
                .importMissingColumn,
                "\(what). A \(table.fileName) file needs \(table.requiredColumns.joined(separator: ", ")) "
                    + "and may have \(names.joined(separator: ", ")); check the first line and the file name.",
                at: .init(file: file, line: headerLine, field: missing[0]))
        }
    }

    /// The entity kinds the table's rows give, in the order of ``CSVRowReader/records``.
    var kinds: [EntityKind] { table == .persons ? [.person, .personalDetails] : [table.kind] }
}
