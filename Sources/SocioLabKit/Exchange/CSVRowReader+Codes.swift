import Foundation

/// Cells that hold codes: municipalities, validated identifiers, lists, and the operation's codes.
extension CSVRowReader {
    /// A municipality: a statistical code or a name.
    mutating func municipality(_ column: ExchangeColumn) -> Municipality.Code? {
        let cached = withCode(column) { b -> (key: UInt64, code: Municipality.Code?) in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in b { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            guard let entry = municipalities[hash], entry.cell.elementsEqual(b) else { return (hash, nil) }
            return (hash, entry.code)
        }
        guard let cached else { return nil }
        if let known = cached.code { return known }
        let cell = code(column)!
        if let found = Municipality.lookup(cell) {
            if municipalities[cached.key] == nil {
                municipalities[cached.key] = (Array(cell.utf8), found.code)
            }
            return found.code
        }
        let suggested = Municipality.suggestion(for: cell)
        let excerpt = CellText.excerpt(cell)
        fail(
            column, .importUnknownCode,
            LocalizedText(
                sl:
                    "'\(excerpt)' ni slovenska občina.\(suggested.map { " Ste mislili \($0.name) (\($0.code))?" } ?? "") "
                    + "Vpišite njeno statistično šifro (070) ali ime (Maribor).",
                en: "'\(excerpt)' is not a Slovenian municipality."
                    + "\(suggested.map { " Did you mean \($0.name) (\($0.code))?" } ?? "") Write its "
                    + "statistical code (070) or its name (Maribor)."))
        return nil
    }

    /// A participation's role: one of ``ParticipationRole/vocabulary`` (or its Slovenian word), or a
    /// plugin's own role written as a code (lower-case ASCII letters, digits and `_`, such as
    /// `guest_listener`) that is no near miss of those. Anything else — `particpant`, `Gost` — is refused
    /// with the nearest role suggested, since an unknown role counts as a participant.
    mutating func role(_ column: ExchangeColumn) -> ParticipationRole? {
        let table = Self.participationRoles
        switch withCode(column, table.exact) {
        case .none: return nil
        case .some(.some(let value)): return value
        case .some(.none): break
        }
        let cell = code(column)!
        if let value = table.match(cell) { return value }
        guard let pluginRoles = context.pluginRoles else {
            // Without plugins the import cannot know their roles: a plugin's code is kept for validation
            // (rule `core.participation-role`) to judge.
            if table.suggestion(for: cell) == nil, Self.isPluginCode(cell) {
                return ParticipationRole(rawValue: cell)
            }
            fail(column, .importUnknownCode, table.refusal(cell, column: column.name))
            return nil
        }
        if pluginRoles.contains(ParticipationRole(rawValue: cell)) {
            return ParticipationRole(rawValue: cell)
        }
        let declared = pluginRoles.map(\.rawValue).sorted()
        let near = EditDistance.nearest(to: VocabularyKey.fold(cell), among: declared.map(VocabularyKey.fold))
        var message = table.refusal(cell, column: column.name)
        let list = declared.joined(separator: ", ")
        if table.suggestion(for: cell) == nil, let near {
            let excerpt = CellText.excerpt(cell)
            let alternatives = table.shown.replacingOccurrences(of: " or ", with: " ali ")
            message = LocalizedText(
                sl:
                    "'\(excerpt)' ni veljavna vrednost stolpca \(column.name). Ste mislili \(declared[near])? "
                    + "Vpišite \(alternatives) ali vlogo, ki jo določa registriran vtičnik (\(list)).",
                en: "'\(excerpt)' is not a valid \(column.name). Did you mean \(declared[near])? "
                    + "Write \(table.shown) or a role a registered plugin declares (\(list)).")
        } else if !declared.isEmpty {
            message.sl += " Registrirani vtičniki določajo tudi \(list)."
            message.en += " The registered plugins also declare \(list)."
        }
        fail(column, .importUnknownCode, message)
        return nil
    }

    /// Whether `text` is written as a plugin's code: a lower-case ASCII letter, then lower-case ASCII
    /// letters, digits and `_`.
    static func isPluginCode(_ text: String) -> Bool {
        guard let first = text.utf8.first, (0x61...0x7A).contains(first) else { return false }
        return text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
    }

    /// A ';' list of text items.
    func list(_ column: ExchangeColumn) -> [String] {
        let bytes = raw(column)
        guard let first = bytes.first else { return [] }
        if first == Self.apostrophe || bytes.contains(UInt8(ascii: "\\")) {
            guard let cell = text(column) else { return [] }
            return CellText.splitList(cell)
        }
        var items: [String] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x3B { end += 1 }
            var low = start
            var high = end
            while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
            while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
            if low < high {
                items.append(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
            }
            start = end + 1
        }
        return items
    }

    /// A ';' list of codes that must be in `known` (when the operation is known), each matched without
    /// case (`Prizma` is `prizma`) and returned as `known` spells it.
    mutating func codes(_ column: ExchangeColumn, in known: Set<String>?, what: String) -> [String] {
        var items = list(column).map(IdentifierNormalization.nfc)
        guard let known else { return items }
        for index in items.indices where !known.contains(items[index]) {
            if let found = Self.withoutCase(items[index], in: known) {
                items[index] = found
            } else {
                fail(
                    column, .importUnknownCode,
                    Self.unknown(items[index], what: what, known: known, list: true))
            }
        }
        return items
    }

    /// One code that must be in `known` (when the operation is known), matched without case and returned
    /// as `known` spells it.
    mutating func code(
        _ column: ExchangeColumn, in known: Set<String>?, what: String, required: Bool
    ) -> String? {
        guard let cell = required ? requiredCode(column) : code(column) else { return nil }
        guard let known, !known.contains(cell) else { return cell }
        if let found = Self.withoutCase(cell, in: known) { return found }
        fail(column, .importUnknownCode, Self.unknown(cell, what: what, known: known, list: false))
        return nil
    }

    /// The code of `known` that is `value` without case, if exactly one is.
    static func withoutCase(_ value: String, in known: Set<String>) -> String? {
        let lower = value.lowercased()
        let found = known.filter { $0.lowercased() == lower }
        return found.count == 1 ? found.first : nil
    }

    /// The message for a code that is not in `known`: items run together with `,` in a list cell, or the
    /// nearest code, and every code.
    static func unknown(_ value: String, what: String, known: Set<String>, list: Bool) -> LocalizedText {
        let sorted = known.sorted()
        let all = sorted.joined(separator: ", ")
        if list, value.contains(",") {
            let parts = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let found = parts.compactMap { known.contains($0) ? $0 : withoutCase($0, in: known) }
            if found.count == parts.count {
                let joined = found.joined(separator: ";")
                return LocalizedText(
                    sl:
                        "'\(CellText.excerpt(value))' vsebuje več vrednosti, ločenih z vejico; vrednosti seznama "
                        + "ločite s podpičjem ; (\(joined)).",
                    en:
                        "'\(CellText.excerpt(value))' holds several items separated by ','; separate list items "
                        + "with ; (\(joined)).")
            }
        }
        let nearest = EditDistance.nearest(to: value.lowercased(), among: sorted.map { $0.lowercased() })
        let excerpt = CellText.excerpt(value)
        return LocalizedText(
            sl:
                "'\(excerpt)' ni \(Self.slovenianWhat[what] ?? what).\(nearest.map { " Ste mislili \(sorted[$0])?" } ?? "") Vpišite eno od "
                + "vrednosti \(all).",
            en:
                "'\(excerpt)' is not \(what).\(nearest.map { " Did you mean \(sorted[$0])?" } ?? "") Write one "
                + "of \(all).")
    }

    /// The Slovenian of the `what` phrases the tables pass to ``code(_:in:what:required:)`` and
    /// ``codes(_:in:what:)``.
    static let slovenianWhat: [String: String] = [
        "a target group of the operation": "ciljna skupina operacije",
        "a partner of the operation": "partner operacije",
        "an output of the operation": "kazalnik učinka operacije",
    ]

    /// A validated identifier (EMŠO, tax or registration number), reported with the identifier's message.
    mutating func identifier<T>(
        _ column: ExchangeColumn, _ parse: (String) throws(IdentifierError) -> T
    ) -> T? {
        guard let cell = code(column) else { return nil }
        do {
            return try parse(cell)
        } catch {
            var failure = error.socioLabError(at: location(column))
            failure.localizedMessage = LocalizedText(sl: error.slovenianMessage, en: error.message)
            fail(failure)
            return nil
        }
    }
}
