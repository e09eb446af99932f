/// The column names of a CSV table, with a lookup from name to position.
///
/// Rows share one header value (its storage is copied on write, so sharing costs nothing).
package struct CSVHeader: Hashable, Sendable, Codable {
    /// The column names, in file order.
    package let names: [String]
    private let positions: [String: Int]

    /// Creates a header from distinct column names.
    /// - Parameter names: The names; when a name repeats, lookups find its first position.
    package init(_ names: [String]) {
        self.names = names
        var positions: [String: Int] = [:]
        for (index, name) in names.enumerated() where positions[name] == nil {
            positions[name] = index
        }
        self.positions = positions
    }

    /// The position of a column.
    /// - Parameter name: The exact column name (case-sensitive).
    /// - Returns: The 0-based position, or `nil` when there is no such column.
    package func index(of name: String) -> Int? {
        positions[name]
    }

    /// The number of columns.
    package var count: Int { names.count }

    /// Decodes a header from a JSON array of names.
    /// - Parameter decoder: The decoder.
    /// - Throws: What the decoder throws.
    package init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String].self))
    }

    /// Encodes the header as an array of names.
    /// - Parameter encoder: The encoder.
    /// - Throws: What the encoder throws.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(names)
    }

    /// Headers are equal when their names are.
    package static func == (lhs: CSVHeader, rhs: CSVHeader) -> Bool {
        lhs.names == rhs.names
    }

    /// Hashes the names.
    /// - Parameter hasher: The hasher.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(names)
    }
}
