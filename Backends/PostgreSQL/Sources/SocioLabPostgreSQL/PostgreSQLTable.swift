import SocioLabKit

/// One entity kind's table: its name and typed columns, derived from the kind's stored form
/// (``SocioLabKit/EntityKind/storedColumns``), so a field added to a schema reaches the table without a line
/// here.
struct PostgreSQLTable: Sendable {
    /// One column.
    struct Column: Sendable, Equatable {
        /// The stored member's name, which is the column's.
        var name: String
        /// The SQL type: `date`, `text`, `boolean`, `bigint`, `numeric`, `text[]` or `json`.
        var type: String
        /// Whether the column is `NOT NULL`.
        var isRequired: Bool
        /// For an enumeration, the values the `CHECK` constraint allows.
        var choices: [String]?

        /// The column's definition in `CREATE TABLE` or `ALTER TABLE … ADD COLUMN`.
        var definition: String {
            var text = SQLText.identifier(name) + " " + type
            if isRequired { text += " NOT NULL" }
            if let choices {
                text +=
                    " CHECK (\(SQLText.identifier(name)) IN (\(choices.map(SQLText.literal).joined(separator: ", "))))"
            }
            return text
        }
    }

    /// The kind stored.
    var kind: EntityKind
    /// The table's name: the kind's name in the plural (`persons`, `activities`, `personal_details`).
    var name: String
    /// The columns, `id` first.
    var columns: [Column]

    /// The table of a kind.
    init(_ kind: EntityKind) {
        self.kind = kind
        let raw = kind.rawValue
        if raw.hasSuffix("s") {
            name = raw
        } else if raw.hasSuffix("y") {
            name = raw.dropLast() + "ies"
        } else {
            name = raw + "s"
        }
        let all = kind.storedColumns.map { member in
            Column(
                name: member.name, type: Self.sqlType(member.type), isRequired: member.isRequired,
                choices: member.choices)
        }
        columns = all.filter { $0.name == "id" } + all.filter { $0.name != "id" }
    }

    /// Every entity kind's table, in ``SocioLabKit/EntityKind`` order.
    static let all: [PostgreSQLTable] = EntityKind.allCases.map(PostgreSQLTable.init)

    /// The table of a kind.
    static func of(_ kind: EntityKind) -> PostgreSQLTable {
        all.first { $0.kind == kind } ?? PostgreSQLTable(kind)
    }

    /// The SQL type of a stored member's kind of value.
    static func sqlType(_ type: String) -> String {
        switch type {
        case "day": "date"
        case "bool": "boolean"
        case "integer": "bigint"
        case "quantity": "numeric"
        case "texts": "text[]"
        case "text": "text"
        default: "json"
        }
    }

    /// `CREATE TABLE` with every column, the identifier its primary key.
    func createStatement(in schema: String) -> String {
        var definitions = columns.map(\.definition)
        definitions.append("PRIMARY KEY (\"id\")")
        return "CREATE TABLE \(qualifiedName(in: schema)) (\n    "
            + definitions.joined(separator: ",\n    ") + "\n)"
    }

    /// `"schema"."name"`.
    func qualifiedName(in schema: String) -> String {
        SQLText.identifier(schema) + "." + SQLText.identifier(name)
    }
}
