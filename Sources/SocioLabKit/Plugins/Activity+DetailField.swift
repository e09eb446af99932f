extension Activity {
    /// One field of a plugin's ``ActivityPlugin/Details`` that `activities.csv` carries as a column of its own,
    /// beside the `details` JSON cell.
    ///
    /// A plugin declares its fields in ``ActivityPlugin/detailFields``, one per stored (snake_case) field name,
    /// in the order a spreadsheet should show them:
    ///
    /// ```swift
    /// var detailFields: [Activity.DetailField] {
    ///     [
    ///         .init("hours", .quantity, required: true, LocalizedText(sl: "načrtovane ure", en: "planned hours")),
    ///         .init("trainer", .text, LocalizedText(sl: "kdo predava", en: "who teaches")),
    ///     ]
    /// }
    /// ```
    ///
    /// The import reads such a column into the activity's details (a value may also stay in the `details`
    /// cell; when both are given they must agree), and an export with plugins writes it as a column.
    public struct DetailField: Hashable, Sendable {
        /// How a detail field's value is written in a cell, and what JSON value it stands for.
        public enum ValueType: Hashable, Sendable {
            /// Free text, kept exactly (a JSON string).
            case text
            /// A number with at most two decimals, `1.5` or `1,5` (a JSON number).
            case quantity
            /// A whole number (a JSON number).
            case wholeNumber
            /// `yes` or `no`, also `da` or `ne` (JSON `true` or `false`).
            case yesNo
            /// A calendar day, `YYYY-MM-DD` (a JSON string).
            case day
            /// The identifier of another record (a JSON string).
            case reference
            /// Identifiers separated by `;` (a JSON list of strings).
            case references
            /// Texts separated by `;` (a JSON list of strings).
            case texts
            /// One of the listed values (a JSON string).
            case choice([String])
        }

        /// The stored field name, which is also the column's name (`open_day_hosts`).
        public var name: String
        /// How the value is written.
        public var type: ValueType
        /// What the field holds, in Slovenian and English.
        public var meaning: LocalizedText
        /// Whether the plugin's rules require it for its activities (the column itself is never required).
        public var isRequired: Bool

        /// Declares a detail field.
        /// - Parameters:
        ///   - name: The stored field name (the coding key of the plugin's details).
        ///   - type: How the value is written.
        ///   - required: Whether the plugin's rules require it.
        ///   - meaning: What it holds, in Slovenian and English.
        public init(_ name: String, _ type: ValueType, required: Bool = false, _ meaning: LocalizedText) {
            self.name = name
            self.type = type
            self.meaning = meaning
            self.isRequired = required
        }
    }
}

extension Activity.DetailField.ValueType {
    /// The kit's schema codec that spells values of this type.
    package var codec: ValueCodec {
        switch self {
        case .text: .text
        case .quantity: .quantity
        case .wholeNumber: .integer
        case .yesNo: .bool
        case .day: .day
        case .reference: .code
        case .references, .texts: .list
        case .choice: .enumeration
        }
    }

    /// How the type is shown in `sociolab plugins` and DataFormats.md.
    package var shown: LocalizedText {
        switch self {
        case .text: LocalizedText(sl: "besedilo", en: "text")
        case .quantity: LocalizedText(sl: "število (dve decimalki)", en: "number (two decimals)")
        case .wholeNumber: LocalizedText(sl: "celo število", en: "whole number")
        case .yesNo: LocalizedText(sl: "da/ne", en: "yes/no")
        case .day: LocalizedText(sl: "datum (LLLL-MM-DD)", en: "date (YYYY-MM-DD)")
        case .reference: LocalizedText(sl: "id zapisa", en: "record id")
        case .references: LocalizedText(sl: "id-ji, ločeni z ;", en: "ids separated by ;")
        case .texts: LocalizedText(sl: "besedila, ločena z ;", en: "texts separated by ;")
        case .choice(let values):
            LocalizedText(
                sl: "ena od: " + values.joined(separator: ", "),
                en: "one of: " + values.joined(separator: ", "))
        }
    }
}

extension Activity.DetailField {
    /// The JSON value a non-empty cell stands for.
    /// - Parameter cell: The cell, formula protection undone, not empty.
    /// - Returns: The value.
    /// - Throws: A ``LocalizedText`` saying what is wrong and what to write.
    package func value(parsing cell: String) throws(DetailCellProblem) -> JSONValue {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        switch type {
        case .text:
            return .string(cell)
        case .reference:
            return .string(trimmed)
        case .references, .texts:
            let items = trimmed.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            return .array(items.filter { !$0.isEmpty }.map(JSONValue.string))
        case .quantity:
            guard let quantity = try? Quantity(parsing: trimmed),
                let value = try? JSONValue(encoding: quantity)
            else {
                throw refusal(
                    cell, sl: "število z največ dvema decimalkama, npr. 1,5",
                    en: "a number with at most two decimals, such as 1.5")
            }
            return value
        case .wholeNumber:
            guard let number = Int(trimmed) else {
                throw refusal(cell, sl: "celo število, npr. 120", en: "a whole number, such as 120")
            }
            return .number(String(number))
        case .yesNo:
            switch VocabularyKey.fold(trimmed) {
            case "yes", "da", "true": return .bool(true)
            case "no", "ne", "false": return .bool(false)
            default: throw refusal(cell, sl: "da ali ne", en: "yes or no")
            }
        case .day:
            guard let day = try? Day(parsing: trimmed) else {
                throw refusal(cell, sl: "datum v obliki LLLL-MM-DD", en: "a date written YYYY-MM-DD")
            }
            return .string(day.description)
        case .choice(let values):
            let key = VocabularyKey.fold(trimmed)
            if let exact = values.first(where: { VocabularyKey.fold($0) == key }) { return .string(exact) }
            let listed = values.joined(separator: ", ")
            let near = EditDistance.nearest(to: key, among: values.map(VocabularyKey.fold)).map { values[$0] }
            throw DetailCellProblem(
                text: LocalizedText(
                    sl: "'\(CellText.excerpt(cell))' ni veljavna vrednost stolpca \(name)."
                        + (near.map { " Ste mislili \($0)?" } ?? "") + " Vpišite eno od: \(listed).",
                    en: "'\(CellText.excerpt(cell))' is not a valid \(name)."
                        + (near.map { " Did you mean \($0)?" } ?? "") + " Write one of: \(listed)."))
        }
    }

    /// The cell that stands for a stored value, or `nil` when the value cannot be written in this field's
    /// column so that the import reads it back equal (it then stays in the `details` cell).
    /// - Parameter value: The stored value.
    /// - Returns: The cell's text.
    package func cell(for value: JSONValue) -> String? {
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = number
        case .bool(let flag): text = flag ? "yes" : "no"
        case .array(let items):
            let strings = items.compactMap(\.stringValue)
            guard strings.count == items.count, !strings.isEmpty else { return nil }
            text = strings.joined(separator: ";")
        case .null, .object: return nil
        }
        guard !text.isEmpty, let back = try? self.value(parsing: text), back == value else { return nil }
        return text
    }

    private func refusal(_ cell: String, sl: String, en: String) -> DetailCellProblem {
        DetailCellProblem(
            text: LocalizedText(
                sl: "'\(CellText.excerpt(cell))' ni veljavna vrednost stolpca \(name); vpišite \(sl).",
                en: "'\(CellText.excerpt(cell))' is not a valid \(name); write \(en)."))
    }
}

/// Why a detail column's cell was refused, in both languages.
package struct DetailCellProblem: Error {
    /// What is wrong and what to write.
    package let text: LocalizedText
}
