/// The Slovenian header name of every CSV column, taken from the schemas that declare the columns (each
/// field's `sl:` name, ``SchemaField/slovenianName``).
///
/// A file's header may name a column in English or in Slovenian, in any case, with or without diacritics,
/// and with a space instead of `_` (``VocabularyKey``): `datum_rojstva`, `Datum rojstva` and
/// `birth_date` are the same column. `Documentation/DataFormats.md` lists these names (a test renders the
/// list from the schemas and compares), and `VocabularyTests` checks that a column has one Slovenian name
/// in every table that has it, distinct within its table.
extension ExchangeTable {
    /// The Slovenian name of a column, by its English name; the same name means the same in every table.
    /// Built once from the tables' columns, in table and column order (the first table that has a column
    /// names it; `VocabularyTests` checks that the others agree).
    package static let slovenianColumnNames: [String: String] = {
        var names: [String: String] = [:]
        for (english, slovenian) in slovenianColumnList { names[english] = slovenian }
        return names
    }()

    /// Every column's English and Slovenian name, each English name once, in table and column order: the
    /// order of the table in `Documentation/DataFormats.md`.
    package static var slovenianColumnList: [(english: String, slovenian: String)] {
        var seen = Set<String>()
        var list: [(english: String, slovenian: String)] = []
        for table in allCases {
            for column in table.columnInfo where seen.insert(column.name).inserted {
                list.append((column.name, column.slovenianName))
            }
        }
        return list
    }

    /// The Slovenian header names of the table's columns, in ``columns`` order.
    package var slovenianColumns: [String] { columnInfo.map(\.slovenianName) }
}
