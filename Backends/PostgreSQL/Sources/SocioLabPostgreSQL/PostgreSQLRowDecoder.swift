import PostgresNIO
import SocioLabKit

/// Decodes a table's rows, as the server sends its typed columns, into entities: each row's cells become
/// the members of the entity's stored form (``PostgreSQLCellReader``), which decodes into the entity.
///
/// A batch of rows is decoded apart from the connection that reads the next ones, so a load decodes on
/// several cores while the rows arrive.
struct PostgreSQLRowDecoder: Sendable {
    /// What a batch of rows became.
    struct Batch: Sendable {
        /// The entities, in the rows' order.
        var records: [EntityRecord] = []
        /// The identifiers of the rows with a `json` cell the strict reader refuses, to read leniently.
        var lenient: [String] = []
    }

    /// The table.
    let table: PostgreSQLTable
    /// The schema's name, for error messages.
    let schema: String
    private let names: [String]
    private let types: [String]
    private let kind: JSONValue

    init(table: PostgreSQLTable, schema: String) {
        self.table = table
        self.schema = schema
        names = table.columns.map(\.name)
        types = table.columns.map(\.type)
        kind = .string(table.kind.rawValue)
    }

    /// `SELECT` of the table's columns in the order the decoder reads them (`numeric` as text).
    var selectStatement: String {
        let selected = table.columns.map { column in
            SQLText.identifier(column.name) + (column.type == "numeric" ? "::text" : "")
        }
        return "SELECT " + selected.joined(separator: ", ") + " FROM " + table.qualifiedName(in: schema)
    }

    /// Decodes rows.
    /// - Throws: `store.corrupt` naming the table, the row and the member that does not read.
    func decode(_ rows: [PostgresRow]) throws(SocioLabError) -> Batch {
        var batch = Batch()
        batch.records.reserveCapacity(rows.count)
        for row in rows {
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(types.count)
            var column = 0
            var needsLenient = false
            for cell in row {
                do {
                    members[names[column]] = try PostgreSQLCellReader.value(of: cell, type: types[column])
                } catch is PostgreSQLCellReader.NeedsLenientJSON {
                    needsLenient = true
                } catch {
                    let reason = (error as? PostgreSQLCellReader.Unreadable)?.reason ?? "\(error)"
                    throw corrupt("\(reason) (column \(names[column]))")
                }
                column += 1
            }
            if needsLenient {
                batch.lenient.append(members["id"]?.stringValue ?? "")
                continue
            }
            do {
                batch.records.append(
                    try JSONValue.object(["kind": kind, "value": .object(members)]).decode(EntityRecord.self))
            } catch {
                let id = members["id"]?.stringValue ?? "?"
                throw corrupt("the row \(id) does not read: \(Self.describe(error))")
            }
        }
        return batch
    }

    /// `store.corrupt` for a row of the table.
    func corrupt(_ detail: String) -> SocioLabError {
        SocioLabError(
            .storeCorrupt,
            "a row of \(schema).\(table.name) does not read as a \(table.kind): \(detail); correct the row (or "
                + "restore a backup) and reopen")
    }

    /// A decoding error as the member that does not fit and why.
    private static func describe(_ error: any Error) -> String {
        let context: DecodingError.Context
        switch error as? DecodingError {
        case .typeMismatch(_, let c)?, .valueNotFound(_, let c)?, .dataCorrupted(let c)?: context = c
        case .keyNotFound(let key, let c)?:
            return "the member \(key.stringValue) is missing"
                + (c.codingPath.isEmpty ? "" : " in \(path(c.codingPath))")
        default: return String(describing: error)
        }
        return "\(path(context.codingPath)): \(context.debugDescription)"
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
