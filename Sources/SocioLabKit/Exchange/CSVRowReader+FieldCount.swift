import Foundation

/// Rows whose number of fields differs from the header's: which are read, which are skipped, and what is said.
extension CSVRowReader {
    /// Fits the record the scanner last read to the header's `columns` fields, when its count differs.
    ///
    /// - More fields than the header: extra empty fields (Excel's `a;b;;`) are dropped; a non-empty extra
    ///   field is an error and the row is skipped.
    /// - Fewer fields: when every missing trailing cell is in a column that may be empty, the row is read
    ///   with those cells empty and a warning says so; when a missing cell is required, it is an error and
    ///   the row is skipped.
    ///
    /// Only called when the count differs, so a file of well-formed rows never comes here.
    /// - Parameters:
    ///   - columns: The number of header columns.
    ///   - line: The line the record starts on.
    /// - Returns: Whether the row is read; a skipped row's error is recorded and its id kept for the
    ///   duplicate check and for ``noteSkipped()``.
    mutating func fitRecord(columns: Int, line: Int) -> Bool {
        let count = scanner.spans.count
        let names = scanner.names
        if let extra = scanner.fit(to: columns) {
            begin(line: line)
            fail(
                CSVReader.extraFieldsError(
                    fieldCount: count, expected: columns, extra: extra, value: scanner.string(extra),
                    line: line,
                    file: file))
            skipRow()
            return false
        }
        guard count < columns else { return true }
        // The header columns the row lacks, and those of them that a row must fill.
        let missing = Array(names[count..<columns])
        let required = Set(map.table.requiredColumns)
        let missingRequired = missing.filter { required.contains($0) }
        let counted = LocalizedText(
            sl: "Ta vrstica ima \(CountedNoun.field.phrase(count, in: .slovenian)), glava pa "
                + CountedNoun.columnObject.phrase(columns, in: .slovenian),
            en: "This row has \(CountedNoun.field.phrase(count, in: .english)) but the header has "
                + CountedNoun.column.phrase(columns, in: .english))
        let lacking = LocalizedText(
            sl: missing.count == 1 ? "manjka stolpec" : "manjkajo stolpci",
            en: missing.count == 1 ? "is missing" : "are missing")
        if !missingRequired.isEmpty {
            begin(line: line)
            fail(
                SocioLabError(
                    .csvFieldCount,
                    LocalizedText(
                        sl: "\(counted.sl); \(lacking.sl) \(Self.listed(missing, in: .slovenian)), "
                            + (missingRequired.count == 1
                                ? "izpolnjen pa mora biti stolpec " : "izpolnjeni pa morajo biti stolpci ")
                            + "\(Self.listed(missingRequired, in: .slovenian)). Verjetno manjka "
                            + "ločilo prej v vrstici: dopolnite vrstico, da bo imel vsak stolpec svojo celico.",
                        en: "\(counted.en); \(Self.listed(missing)) \(lacking.en), and "
                            + "\(Self.listed(missingRequired)) must be filled. A delimiter is probably missing "
                            + "earlier in the row: complete the row so that every column has its cell."),
                    at: .init(file: file, line: line, field: missing[0])))
            skipRow()
            return false
        }
        warnings.append(
            SocioLabError(
                .csvShortRow,
                LocalizedText(
                    sl: "\(counted.sl); \(lacking.sl) \(Self.listed(missing, in: .slovenian)), "
                        + (missing.count == 1
                            ? "zato je prebran kot prazen. Če naj bo prazen,"
                            : "zato so prebrani kot prazni. Če naj bodo prazni,")
                        + " končajte vrstico s praznimi polji (;;) in "
                        + "opozorila ne bo več; sicer poiščite manjkajoče ločilo prej v vrstici.",
                    en: "\(counted.en); \(Self.listed(missing)) \(lacking.en) and read as empty. "
                        + (missing.count == 1
                            ? "If it is meant to be empty" : "If they are meant to be empty")
                        + ", end the row with empty fields (;;) to silence this; otherwise look for a missing "
                        + "delimiter earlier in the row."),
                at: .init(file: file, line: line, field: missing[0])))
        return true
    }

    /// Keeps the id of a row that is not read (when its id cell can be read), for the duplicate check and
    /// as a skipped row.
    private mutating func skipRow() {
        let position = map.table.columns.firstIndex(of: "id").map { map.positions[$0] } ?? -1
        guard position >= 0, position < scanner.spans.count else { return }
        var cell = scanner.string(position)
        if cell.utf8.first == Self.apostrophe { cell = CellText.unprotect(cell) }
        cell = IdentifierNormalization.nfc(cell.trimmingCharacters(in: .whitespaces))
        guard !cell.isEmpty else { return }
        ids.append(cell)
        idLines.append(Int32(truncatingIfNeeded: line))
        idHashes.append(IDHash.of(cell))
        noteSkipped()
    }

    /// `birth_date`, `a and b`, `a, b and c` (at most five names, then "and N more"; in Slovenian
    /// `a in b`, "in še N").
    static func listed(_ names: [String], in language: Language = .english) -> String {
        let and = language == .slovenian ? " in " : " and "
        let shown = names.prefix(5).map { "\($0)" }
        let rest = names.count - shown.count
        if rest > 0 {
            return shown.joined(separator: ", ")
                + (language == .slovenian ? " in še \(rest)" : " and \(rest) more")
        }
        guard let last = shown.last, shown.count > 1 else { return shown.first ?? "" }
        return shown.dropLast().joined(separator: ", ") + and + last
    }
}
