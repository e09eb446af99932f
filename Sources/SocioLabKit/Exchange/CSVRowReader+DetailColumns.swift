/// The plugins' detail columns of `activities.csv` (``ActivityDetailColumns``).
extension CSVRowReader {
    /// The activity's details with the current row's detail columns read into them.
    ///
    /// Each filled detail column must be declared by the activity's kind (else `import.detail-other-kind`
    /// naming the kinds that declare it), must parse as its field's type (`import.invalid-value`), and must
    /// agree with the same field inside the `details` cell when that has it (`import.detail-conflict`).
    /// - Parameters:
    ///   - details: The `details` cell's value.
    ///   - kind: The activity's kind.
    ///   - column: The `details` column, for a `details` cell that is not an object.
    /// - Returns: The combined details, or `nil` when a cell was refused (the row has failed).
    mutating func addingDetailColumns(
        to details: JSONValue, kind: ActivityKind, detailsColumn column: ExchangeColumn
    ) -> JSONValue? {
        let columns = map.detailColumns
        var members: [String: JSONValue]?
        var refused = false
        for (position, index) in map.detailPositions {
            let bytes = scanner.field(position)
            guard let first = bytes.first else { continue }
            var cell = String(decoding: bytes, as: UTF8.self)
            if first == Self.apostrophe { cell = CellText.unprotect(cell) }
            guard !cell.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let name = columns.names[index]
            let place = SocioLabError.Location(file: file, line: line, field: name)
            guard let field = columns.fields[index][kind] else {
                let kinds = columns.kinds(of: index).map(\.rawValue).joined(separator: ", ")
                fail(
                    SocioLabError(
                        .importDetailOtherKind,
                        LocalizedText(
                            sl:
                                "Stolpec \(name) je podrobnost dejavnosti vrste \(kinds), ne \(kind.rawValue); "
                                + "izpraznite celico ali preverite vrsto dejavnosti.",
                            en:
                                "The column \(name) is a detail of \(kinds) activities, not of \(kind.rawValue); "
                                + "clear the cell, or check the activity's kind."), at: place))
                refused = true
                continue
            }
            let value: JSONValue
            do {
                value = try field.value(parsing: cell)
            } catch {
                fail(SocioLabError(.invalidValue, error.text, at: place))
                refused = true
                continue
            }
            if members == nil {
                guard case .object(let object) = details else {
                    fail(
                        column, .invalidValue,
                        LocalizedText(
                            sl: "Celica details mora biti predmet JSON ({…}), kadar so izpolnjeni stolpci "
                                + "podrobnosti, kot je \(name); popravite jo.",
                            en:
                                "The details cell must be a JSON object ({…}) when detail columns such as \(name) "
                                + "are filled; correct it."))
                    return nil
                }
                members = object
            }
            if let inCell = members![name], inCell != .null, inCell != value {
                fail(
                    SocioLabError(
                        .importDetailConflict,
                        LocalizedText(
                            sl: "V stolpcu \(name) piše '\(CellText.excerpt(cell))', v celici details pa "
                                + "\(CellText.excerpt(inCell.jsonText)); vrednost pustite le na enem mestu.",
                            en:
                                "The column \(name) says '\(CellText.excerpt(cell))' but the details cell says "
                                + "\(CellText.excerpt(inCell.jsonText)); keep the value in one of them."),
                        at: place))
                refused = true
                continue
            }
            members![name] = value
        }
        if refused { return nil }
        return members.map(JSONValue.object) ?? details
    }
}
