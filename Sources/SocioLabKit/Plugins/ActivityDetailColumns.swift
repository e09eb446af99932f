/// The extra columns of `activities.csv` that the registered plugins' ``Activity.DetailField``s give: one
/// column per distinct field name, in plugin registration order and then each plugin's field order.
///
/// A field named like a core column of `activities.csv` gets no column; a name two plugins declare is one
/// column, read for each activity with its own kind's declaration.
package struct ActivityDetailColumns: Hashable, Sendable {
    /// The column names, in export order.
    package let names: [String]
    /// For each column (by position in ``names``), the declaring kinds and their fields.
    package let fields: [[ActivityKind: Activity.DetailField]]

    /// No detail columns (an import or export without plugins).
    package static let none = ActivityDetailColumns(names: [], fields: [])

    private init(names: [String], fields: [[ActivityKind: Activity.DetailField]]) {
        self.names = names
        self.fields = fields
    }

    /// The columns of a registry's plugins.
    /// - Parameter plugins: The registry.
    package init(_ plugins: PluginRegistry) {
        let core = Set(ExchangeTable.activities.columns.map(VocabularyKey.fold))
        var names: [String] = []
        var fields: [[ActivityKind: Activity.DetailField]] = []
        var position: [String: Int] = [:]
        for kind in plugins.registrationOrder {
            for field in plugins.plugin(for: kind)?.detailFields ?? [] {
                guard !core.contains(VocabularyKey.fold(field.name)) else { continue }
                if let index = position[field.name] {
                    if fields[index][kind] == nil { fields[index][kind] = field }
                } else {
                    position[field.name] = names.count
                    names.append(field.name)
                    fields.append([kind: field])
                }
            }
        }
        self.init(names: names, fields: fields)
    }

    /// The kinds that declare the column at `index`, sorted, for messages.
    package func kinds(of index: Int) -> [ActivityKind] { fields[index].keys.sorted() }

    /// An activity's row for export: its details without the fields that go to columns, and the cells of
    /// the detail columns (empty where the activity has no such value).
    ///
    /// A value goes to its column only when the activity's kind declares the field and the column spells
    /// the value so that the import reads it back equal; anything else stays in the details.
    /// - Parameter activity: The activity.
    /// - Returns: The remaining details and one cell per column.
    package func split(_ activity: Activity) -> (details: JSONValue, cells: [String]) {
        var cells = [String](repeating: "", count: names.count)
        guard case .object(var members) = activity.details else { return (activity.details, cells) }
        var moved = false
        for (index, name) in names.enumerated() {
            guard let field = fields[index][activity.kind], let value = members[name],
                let cell = field.cell(for: value)
            else { continue }
            cells[index] = cell
            members[name] = nil
            moved = true
        }
        return (moved ? .object(members) : activity.details, cells)
    }
}

extension PluginRegistry {
    /// The detail columns of `activities.csv` that the registered plugins declare.
    package var detailColumns: ActivityDetailColumns { ActivityDetailColumns(self) }
}
