/// How a file's header maps onto its table's contract columns.
///
/// A header name matches a column by its English name or its Slovenian one
/// (``ExchangeTable/slovenianColumnNames``), without case or diacritics and with a space or `-` for `_`
/// (``VocabularyKey``). A name that matches no column is an error when it is a near miss of a column the
/// file lacks (``EditDistance``: `birthdate` → `birth_date`), else a warning that lists it.
struct CSVColumnMap: Sendable {
    let table: ExchangeTable
    /// For each contract column, its place in the file, or -1 when the file lacks it.
    let positions: [Int]
    /// A bit for each contract column the file does not have.
    let absentMask: UInt64
    /// The errors of the header, in column order: a required column missing (`import.missing-column`), a
    /// near miss (`import.unknown-column`), a column named twice (`import.duplicate-column`).
    let headerErrors: [SocioLabError]
    /// Whether the rows cannot be read: a required column is missing.
    let stopsReading: Bool
    /// The warnings of the header: the columns that are ignored (`import.ignored-columns`).
    let warnings: [SocioLabError]
    /// Whether the file has any personal-details column (persons only).
    let hasPersonalDetails: Bool
    /// The columns of the file that the table's reader does not read itself, read through their schema
    /// fields (a field added to a schema before its reader knows it).
    var extra: [ExchangeColumn]
    /// The plugins' detail columns the file has (`activities.csv` only): the place in the file and the
    /// column's index in ``ActivityDetailColumns/names``.
    let detailPositions: [(position: Int, index: Int)]
    /// The detail columns the import knows.
    let detailColumns: ActivityDetailColumns

    /// The first error of the header, if any.
    var headerError: SocioLabError? { headerErrors.first }

    init(
        table: ExchangeTable, header: CSVHeader, headerLine: Int, file: String,
        detailColumns: ActivityDetailColumns = .none
    ) {
        self.table = table
        self.detailColumns = detailColumns
        let detailKeys = detailColumns.names.map(VocabularyKey.fold)
        var detailPositions: [(position: Int, index: Int)] = []
        let names = table.columns
        let keys = Self.keys(of: table)
        var positions = [Int](repeating: -1, count: names.count)
        var errors: [SocioLabError] = []
        var unknown: [(position: Int, name: String)] = []
        func place(_ field: String) -> SocioLabError.Location {
            .init(file: file, line: headerLine, field: field)
        }
        for (position, written) in header.names.enumerated() {
            let key = VocabularyKey.fold(written)
            guard !key.isEmpty else { continue }
            guard let index = keys.firstIndex(where: { $0.contains(key) }) else {
                if let detail = detailKeys.firstIndex(of: key) {
                    if let earlier = detailPositions.first(where: { $0.index == detail }) {
                        errors.append(
                            SocioLabError(
                                .importDuplicateColumn,
                                "The header names the column \(detailColumns.names[detail]) twice (as "
                                    + "'\(header.names[earlier.position])' and as '\(written)'); keep one of them.",
                                at: place(written)))
                    } else {
                        detailPositions.append((position, detail))
                    }
                    continue
                }
                unknown.append((position, written))
                continue
            }
            if positions[index] < 0 {
                positions[index] = position
            } else {
                errors.append(
                    SocioLabError(
                        .importDuplicateColumn,
                        LocalizedText(
                            sl:
                                "Glava dvakrat navaja stolpec \(names[index]) (kot '\(header.names[positions[index]])' "
                                + "in kot '\(written)'); obdržite le enega.",
                            en: "The header names the column \(names[index]) twice (as "
                                + "'\(header.names[positions[index]])' and as '\(written)'); keep one of them."
                        ),
                        at: place(written)))
            }
        }
        // Near misses of the columns the file lacks are errors; the other unknown names a warning.
        var candidates: [(key: String, index: Int)] = []
        for index in names.indices where positions[index] < 0 {
            for key in keys[index] { candidates.append((key, index)) }
        }
        var ignored: [String] = []
        var nearMissed: Set<Int> = []
        let absentDetails = detailKeys.indices.filter { index in
            !detailPositions.contains { $0.index == index }
        }
        for (_, written) in unknown {
            let typed = VocabularyKey.fold(written)
            if EditDistance.nearest(to: typed, among: candidates.map(\.key)) == nil,
                let found = EditDistance.nearest(to: typed, among: absentDetails.map { detailKeys[$0] })
            {
                let name = detailColumns.names[absentDetails[found]]
                let kinds = detailColumns.kinds(of: absentDetails[found]).map(\.rawValue).joined(
                    separator: ", ")
                errors.append(
                    SocioLabError(
                        .importUnknownColumn,
                        "'\(CellText.excerpt(written))' is not a column of \(table.fileName). Did you mean "
                            + "\(name) (a detail of \(kinds) activities)? Correct the header.",
                        at: place(written)))
            } else if let found = EditDistance.nearest(to: typed, among: candidates.map(\.key)) {
                let index = candidates[found].index
                nearMissed.insert(index)
                let slovenian = table.slovenianColumns[index]
                errors.append(
                    SocioLabError(
                        .importUnknownColumn,
                        LocalizedText(
                            sl:
                                "'\(CellText.excerpt(written))' ni stolpec datoteke \(table.fileName). Ste mislili "
                                + "\(slovenian) (\(names[index]))? Popravite glavo.",
                            en:
                                "'\(CellText.excerpt(written))' is not a column of \(table.fileName). Did you mean "
                                + "\(names[index]) (\(slovenian))? Correct the header."),
                        at: place(written)))
            } else {
                ignored.append(written)
            }
        }
        if ignored.isEmpty {
            warnings = []
        } else {
            let listed = ignored.map { "'" + CellText.excerpt($0) + "'" }.joined(separator: ", ")
            let message =
                ignored.count == 1
                ? LocalizedText(
                    sl:
                        "Stolpca \(listed) datoteka \(table.fileName) nima, zato ni uvožen. Če naj bi bil uvožen, "
                        + "ga preimenujte, sicer ga odstranite.",
                    en:
                        "The column \(listed) is not in \(table.fileName) and is ignored. Remove or rename it if it "
                        + "was meant to be imported.")
                : LocalizedText(
                    sl:
                        "Stolpcev \(listed) datoteka \(table.fileName) nima, zato niso uvoženi. Če naj bi bili "
                        + "uvoženi, jih preimenujte, sicer jih odstranite.",
                    en:
                        "The columns \(listed) are not in \(table.fileName) and are ignored. Remove or rename "
                        + "them if they were meant to be imported.")
            warnings = [SocioLabError(.importIgnoredColumns, message, at: place(ignored[0]))]
        }
        self.positions = positions
        self.detailPositions = detailPositions
        var mask: UInt64 = 0
        for (index, position) in positions.enumerated() where position < 0 { mask |= 1 << UInt64(index) }
        absentMask = mask
        let direct = Set(CSVRowReader.columnsReadDirectly(table).map(\.index))
        extra = positions.indices.filter { positions[$0] >= 0 && !direct.contains($0) }.map {
            ExchangeColumn(table: table, index: $0)
        }
        hasPersonalDetails = table.columnInfo.indices.contains {
            table.columnInfo[$0].isPersonal && positions[$0] >= 0
        }
        let required = table.columnInfo.indices.filter { table.columnInfo[$0].isRequired }
        let absentRequired = required.filter { positions[$0] < 0 }
        stopsReading = !absentRequired.isEmpty
        let missing = absentRequired.filter { !nearMissed.contains($0) }.map { names[$0] }
        if !missing.isEmpty {
            let found = names.indices.filter { positions[$0] >= 0 }
            let missingList = missing.joined(separator: ", ")
            let what =
                found.isEmpty
                ? LocalizedText(
                    sl: "Glava nima nobenega od stolpcev datoteke \(table.fileName)",
                    en: "The header has none of the columns of \(table.fileName)")
                : LocalizedText(
                    sl: (missing.count > 1 ? "V glavi manjkajo stolpci " : "V glavi manjka stolpec ")
                        + missingList,
                    en: "The header lacks the column\(missing.count > 1 ? "s" : "") \(missingList)")
            let required = table.requiredColumns.joined(separator: ", ")
            let allowed = names.joined(separator: ", ")
            errors.insert(
                SocioLabError(
                    .importMissingColumn,
                    LocalizedText(
                        sl:
                            "\(what.sl). Obvezno v datoteki \(table.fileName): \(required); dovoljeno: \(allowed). "
                            + "Preverite prvo vrstico in ime datoteke.",
                        en: "\(what.en). The file \(table.fileName) needs \(required) and may have "
                            + "\(allowed); check the first line and the file name."),
                    at: .init(file: file, line: headerLine, field: missing[0])), at: 0)
        }
        headerErrors = errors
    }

    /// The ``VocabularyKey`` forms of each column's English and Slovenian names.
    private static func keys(of table: ExchangeTable) -> [[String]] {
        zip(table.columns, table.slovenianColumns).map { english, slovenian in
            Array(Set([VocabularyKey.fold(english), VocabularyKey.fold(slovenian)])).sorted()
        }
    }

    /// The entity kinds the table's rows give, in the order of ``CSVRowReader/records``.
    var kinds: [EntityKind] { table == .persons ? [.person, .personalDetails] : [table.kind] }
}
