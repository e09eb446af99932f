extension ImportBatch {
    /// Where the entity of each issue was read: the CSV file, the line its row starts on and the column the
    /// issue's field is in — so that a front end shows a validation issue of an import at its place, like
    /// the errors of reading the files.
    ///
    /// ```swift
    /// let batch = try CSVImport.read(sources, options: .init(operation: dataset.operation))
    /// do {
    ///     try await workspace.apply(ImportPlanner.changes(for: batch, against: dataset), author: "ana", reason: "import")
    /// } catch let rejected as ChangeRejected {
    ///     for (issue, place) in zip(rejected.issues, batch.locations(of: rejected.issues)) {
    ///         print("\(place?.description ?? "-"): \(issue)")  // persons.csv:14:birth_date: …
    ///     }
    /// }
    /// ```
    ///
    /// The column is the issue's field, or `field_id` for a field that names another entity (the field
    /// `activity` is in the column `activity_id`), named as the file's header names it (`oseba` for
    /// `person_id` in a Slovenian header). An issue about a person's personal details is placed
    /// at the person's row.
    /// - Parameter issues: Issues of validating the batch's changes.
    /// - Returns: One location per issue, in the same order: `file`, `line` and (when the issue names a
    ///   field) `field` set, or `nil` when the issue's entity was not read from a CSV file of this batch
    ///   (it was already stored, came from a JSON document, or the issue is about the whole dataset).
    /// - Complexity: O(*n* + *m*) for *n* records and *m* issues; nothing is read again.
    public func locations(of issues: [ValidationIssue]) -> [SocioLabError.Location?] {
        // A row is found by its table's main kind and its id (a person's details are on the person's row).
        func rowKind(_ kind: EntityKind) -> EntityKind { ExchangeTable(kind: kind).kind }
        var wanted: [EntityKind: Set<String>] = [:]
        for issue in issues {
            if let entity = issue.entity { wanted[rowKind(entity.kind), default: []].insert(entity.id) }
        }
        guard !wanted.isEmpty else { return issues.map { _ in nil } }
        var rows: [EntityKind: [String: (file: String, line: Int32, names: [String: String])]] = [:]
        for segment in segments {
            guard let file = segment.file, segment.lines.count == segment.records.count,
                let ids = wanted[segment.kind]
            else { continue }
            var found = rows[segment.kind] ?? [:]
            for (record, line) in zip(segment.records, segment.lines) {
                let id = record.reference.id
                if ids.contains(id) && found[id] == nil { found[id] = (file, line, segment.columnNames) }
            }
            rows[segment.kind] = found
        }
        return issues.map { issue in
            guard let entity = issue.entity, let origin = rows[rowKind(entity.kind)]?[entity.id] else {
                return nil
            }
            let column = issue.field.map { Self.column(for: $0, in: ExchangeTable(kind: entity.kind)) }
            return SocioLabError.Location(
                file: origin.file, line: Int(origin.line), field: column.map { origin.names[$0] ?? $0 })
        }
    }

    /// The CSV column a rule's field stands for: the field itself, or `field_id` for a reference such as
    /// `activity` (column `activity_id`).
    static func column(for field: String, in table: ExchangeTable) -> String {
        let columns = table.columns
        if !columns.contains(field) && columns.contains(field + "_id") { return field + "_id" }
        return field
    }
}
