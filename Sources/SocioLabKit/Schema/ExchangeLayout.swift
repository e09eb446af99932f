/// The columns of one CSV file of the exchange: the fields of its entity's schema, and for `persons.csv`
/// the fields of ``PersonalDetails`` joined in (each flagged personal in its schema).
package struct ExchangeLayout<Entity: SocioLabKit.Entity>: Sendable {
    /// One column: a field of the entity, or a field of the personal details joined to it by id.
    package enum Column: Sendable {
        /// A field of the table's entity.
        case field(SchemaField<Entity>)
        /// A field of the personal details with the entity's id (`persons.csv` only).
        case details(SchemaField<PersonalDetails>)
    }

    /// The columns in the order the exporter writes them.
    package let columns: [Column]

    /// The columns of an entity's schema, in its order.
    /// - Parameter schema: The entity's schema.
    package init(_ schema: EntitySchema<Entity>) { columns = schema.fields.map(Column.field) }

    /// Columns in a given order.
    /// - Parameter columns: The columns; names must be distinct.
    package init(_ columns: [Column]) {
        precondition(Set(columns.map(\.info.name)).count == columns.count, "A table names each column once.")
        self.columns = columns
    }

    /// What every column is, without its value type.
    package var info: [ExchangeColumnInfo] { columns.map(\.info) }

    /// Calls `body` with the cells of each entity's row, in id order (values before formula protection).
    /// - Parameters:
    ///   - table: The entities.
    ///   - details: The personal details, when the layout joins them.
    ///   - body: Called with each row's cells; the array is reused between rows.
    func forEachRow(
        _ table: EntityTable<Entity>, details: EntityTable<PersonalDetails>?, _ body: ([String]) -> Void
    ) {
        // The cell writers are taken out of the columns once: binding a `SchemaField` in the row loop would
        // copy it (its name, documentation and closures, a dozen reference counts) for every cell.
        let entityCells: [(@Sendable (Entity) -> String)?] = columns.map {
            if case .field(let field) = $0 { field.cell } else { nil }
        }
        let detailsCells: [(@Sendable (PersonalDetails) -> String)?] = columns.map {
            if case .details(let field) = $0 { field.cell } else { nil }
        }
        let joinsDetails = detailsCells.contains { $0 != nil }
        var cells: [String] = []
        cells.reserveCapacity(columns.count)
        for entity in table.sortedByID {
            cells.removeAll(keepingCapacity: true)
            let joined = joinsDetails ? details?[.init(entity.id.rawValue)] : nil
            for index in entityCells.indices {
                if let cell = entityCells[index] {
                    cells.append(cell(entity))
                } else if let joined, let cell = detailsCells[index] {
                    cells.append(cell(joined))
                } else {
                    cells.append("")
                }
            }
            body(cells)
        }
    }
}

extension ExchangeLayout {
    /// The cells of one entity's row (values before formula protection); joined personal details are
    /// written empty.
    /// - Parameter entity: The entity.
    /// - Returns: One cell per column.
    func cells(of entity: Entity) -> [String] {
        columns.map {
            if case .field(let field) = $0 { field.cell(entity) } else { "" }
        }
    }
}

extension ExchangeLayout.Column {
    /// What the column is, without its value type.
    package var info: ExchangeColumnInfo {
        switch self {
        case .field(let field): ExchangeColumnInfo(field)
        case .details(let field): ExchangeColumnInfo(field)
        }
    }
}

/// A column of a CSV table as the header check, the documentation and error messages see it.
package struct ExchangeColumnInfo: Hashable, Sendable {
    /// The column's name.
    package let name: String
    /// The column's Slovenian name (``SchemaField/slovenianName``).
    package let slovenianName: String
    /// How its value is spelled.
    package let codec: ValueCodec
    /// Whether it holds personal data.
    package let isPersonal: Bool
    /// Whether a file of the table must have it.
    package let isRequired: Bool
    /// One line saying what it holds.
    package let documentation: String
    /// The model field it reads and writes.
    package let keyPath: AnyKeyPath & Sendable
    /// For an enumeration: its values with their Slovenian words (``SchemaField/choices``).
    package let choices: [VocabularyEntry]?

    init<Entity>(_ field: SchemaField<Entity>) {
        choices = field.choices
        name = field.name
        slovenianName = field.slovenianName
        codec = field.codec
        isPersonal = field.isPersonal
        isRequired = field.isRequired
        documentation = field.documentation
        keyPath = field.keyPath
    }

    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.name == rhs.name && lhs.keyPath == rhs.keyPath
    }
    package func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

// MARK: The import's merge

extension ExchangeLayout {
    /// An imported entity with the fields of the columns its file lacked taken from the stored entity.
    /// Required columns are never absent (the header check refuses such a file).
    /// - Parameters:
    ///   - new: The entity as imported.
    ///   - stored: The entity as stored.
    ///   - absent: A bit for each column of the layout the file did not have.
    /// - Returns: The merged entity.
    func merge(_ new: Entity, _ stored: Entity, absent: UInt64) -> Entity {
        var merged = new
        for (index, column) in columns.enumerated() where absent & (1 << UInt64(index)) != 0 {
            if case .field(let field) = column, !field.isRequired { field.keepStored(&merged, stored) }
        }
        return Self.keepingDetailColumns(merged, new, absent: absent)
    }

    /// An activity from a file without a `details` column keeps its stored details, with the values of the
    /// file's plugin detail columns (the only members the imported details then have) laid over them.
    private static func keepingDetailColumns(_ merged: Entity, _ new: Entity, absent: UInt64) -> Entity {
        guard var activity = merged as? Activity, let imported = (new as? Activity)?.details.objectValue,
            !imported.isEmpty, case .object(var members) = activity.details,
            let index = ExchangeTable.activities.columns.firstIndex(of: "details"),
            absent & (1 << UInt64(index)) != 0
        else { return merged }
        for (name, value) in imported { members[name] = value }
        activity.details = .object(members)
        return activity as? Entity ?? merged
    }

    /// Imported personal details with the fields of the columns the file lacked taken from the stored ones.
    func mergeDetails(_ new: PersonalDetails, _ stored: PersonalDetails, absent: UInt64) -> PersonalDetails {
        var merged = new
        for (index, column) in columns.enumerated() where absent & (1 << UInt64(index)) != 0 {
            if case .details(let field) = column, !field.isRequired { field.keepStored(&merged, stored) }
        }
        return merged
    }
}
