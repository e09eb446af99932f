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
        fail(
            column, .importUnknownCode,
            "'\(CellText.excerpt(cell))' is not a Slovenian municipality; write its statistical code (070) or its name (Maribor)."
        )
        return nil
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

    /// A ';' list of codes that must be in `known` (when the operation is known).
    mutating func codes(_ column: ExchangeColumn, in known: Set<String>?, what: String) -> [String] {
        let items = list(column).map(IdentifierNormalization.nfc)
        if let known {
            for item in items where !known.contains(item) {
                fail(column, .importUnknownCode, Self.unknown(item, what: what, known: known))
            }
        }
        return items
    }

    /// One code that must be in `known` (when the operation is known).
    mutating func code(
        _ column: ExchangeColumn, in known: Set<String>?, what: String, required: Bool
    ) -> String? {
        guard let cell = required ? requiredCode(column) : code(column) else { return nil }
        if let known, !known.contains(cell) {
            fail(column, .importUnknownCode, Self.unknown(cell, what: what, known: known))
            return nil
        }
        return cell
    }

    private static func unknown(_ value: String, what: String, known: Set<String>) -> String {
        "'\(CellText.excerpt(value))' is not \(what); write one of \(known.sorted().joined(separator: ", "))."
    }

    /// A validated identifier (EMŠO, tax or registration number), reported with the identifier's message.
    mutating func identifier<T>(
        _ column: ExchangeColumn, _ parse: (String) throws(IdentifierError) -> T
    ) -> T? {
        guard let cell = code(column) else { return nil }
        do {
            return try parse(cell)
        } catch {
            fail(error.socioLabError(at: location(column)))
            return nil
        }
    }
}
