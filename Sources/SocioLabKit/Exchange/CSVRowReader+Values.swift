/// Cells that hold one value: dates, whole numbers, quantities and choices from a fixed list.
extension CSVRowReader {
    /// A date: `YYYY-MM-DD` or `DD.MM.YYYY`.
    mutating func day(_ column: ExchangeColumn) -> Day? {
        switch withCode(column, Self.fastDay) {
        case .none: return nil
        case .some(.some(let day)): return day
        case .some(.none): break
        }
        return parsed(column, sl: Self.notADate) { try Day(parsing: $0) }
    }

    /// The Slovenian message for a cell that is not a date.
    static func notADate(_ cell: String) -> String {
        "'\(CellText.excerpt(cell))' ni datum; zapišite ga kot LLLL-MM-DD (2019-10-03) ali D. M. LLLL "
            + "(3. 10. 2019)."
    }

    /// A required date.
    mutating func requiredDay(_ column: ExchangeColumn) -> Day? {
        guard !isBlank(column) else {
            missingValue(column)
            return nil
        }
        return day(column)
    }

    /// Parses `YYYY-MM-DD`, or `D.M.YYYY` with one or two digits for day and month and spaces or tabs
    /// around the parts, without allocating; `nil` for anything else (``Day/init(parsing:)`` decides then).
    static func fastDay(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
        if b.count == 10, b[4] == 0x2D, b[7] == 0x2D {
            guard let year = digits(b, 0, 4), let month = digits(b, 5, 7), let day = digits(b, 8, 10)
            else { return nil }
            return Day(year: year, month: month, day: day)
        }
        var index = 0
        func part(_ lengths: ClosedRange<Int>, last: Bool) -> Int? {
            while index < b.count, b[index] == 0x20 || b[index] == 0x09 { index += 1 }
            let start = index
            while index < b.count, b[index] &- 0x30 < 10 { index += 1 }
            guard lengths.contains(index - start), let value = digits(b, start, index) else { return nil }
            while index < b.count, b[index] == 0x20 || b[index] == 0x09 { index += 1 }
            if last { return index == b.count ? value : nil }
            guard index < b.count, b[index] == 0x2E else { return nil }
            index += 1
            return value
        }
        guard let day = part(1...2, last: false), let month = part(1...2, last: false),
            let year = part(4...4, last: true)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The decimal value of `b[start..<end]`, which must be ASCII digits.
    @inline(__always)
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var value = 0
        for index in start..<end {
            let digit = b[index] &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// One of a fixed list of values, matched as written, then without case and diacritics.
    mutating func choice<T>(_ column: ExchangeColumn, _ options: ChoiceTable<T>) -> T? {
        // As `withCode(column, options.exact)`, without making `options.exact` a closure: a closure made from
        // a method is allocated on the heap with a copy of the table, for every cell of every row.
        let bytes = raw(column)
        guard !bytes.isEmpty else { return nil }
        if !Self.needsCleaning(bytes) {
            if let value = options.exact(bytes) { return value }
        } else {
            guard var cleaned = code(column) else { return nil }
            if let value = cleaned.withUTF8({ options.exact($0) }) { return value }
        }
        let cell = code(column)!
        if let value = options.match(cell) { return value }
        fail(column, .importUnknownCode, options.refusal(cell, column: column.name))
        return nil
    }

    /// A required value from a fixed list.
    mutating func requiredChoice<T>(_ column: ExchangeColumn, _ options: ChoiceTable<T>) -> T? {
        guard !isBlank(column) else {
            missingValue(column)
            return nil
        }
        return choice(column, options)
    }

    /// `yes` or `no` (also `da` or `ne`).
    mutating func bool(_ column: ExchangeColumn) -> Bool? {
        choice(column, Self.booleans)
    }

    static let booleans = ChoiceTable(
        [("yes", true), ("no", false), ("da", true), ("ne", false)], shown: "yes or no")

    /// A whole number in a range.
    mutating func integer(_ column: ExchangeColumn, in range: ClosedRange<Int>, shown: String) -> Int? {
        let fast = withCode(column) { b -> Int? in
            guard b.count <= 18 else { return nil }
            return Self.digits(b, 0, b.count)
        }
        switch fast {
        case .none: return nil
        case .some(.some(let value)) where range.contains(value): return value
        default: break
        }
        let cell = code(column)!
        if let value = Int(cell), range.contains(value) { return value }
        fail(
            column, .invalidValue,
            LocalizedText(
                sl:
                    "'\(CellText.excerpt(cell))' ni veljavna vrednost stolpca \(column.name); vpišite celo število "
                    + "od \(range.lowerBound) do \(range.upperBound).",
                en: "'\(CellText.excerpt(cell))' is not a valid \(column.name); write \(shown)."))
        return nil
    }

    /// A quantity with at most two decimals (`8`, `1.5`, `1,5`) within ``Quantity/validRange``.
    ///
    /// The bytes are read without allocating and without overflow whatever their length; a number
    /// outside the range is an error that says the range.
    mutating func quantity(_ column: ExchangeColumn) -> Quantity? {
        switch withCode(column, { Quantity.read($0, json: false) }) {
        case .none: return nil
        case .some(.value(let value)): return value
        case .some(.outOfRange):
            let cell = code(column)!
            fail(
                column, .invalidValue,
                LocalizedText(
                    sl: "'\(CellText.excerpt(cell))' v stolpcu \(column.name) je zunaj dovoljenega razpona "
                        + "(\(Quantity.validRange.lowerBound) do \(Quantity.validRange.upperBound)). Popravite "
                        + "vrednost in uvozite znova.",
                    en: Quantity.outOfRangeMessage(cell, field: column.name)))
            return nil
        case .some(.invalid): break
        }
        return parsed(
            column,
            sl: { cell in
                "'\(CellText.excerpt(cell))' ni število z največ dvema decimalkama, kot sta 1,5 ali 0,25."
            }
        ) { try Quantity(parsing: $0) }
    }

    /// A non-empty code cell that a fast reader refused, read by the value type's own parser, whose error
    /// message is reported.
    /// `slovenian` gives the Slovenian sentence for the cell when the parser's error has none.
    private mutating func parsed<T>(
        _ column: ExchangeColumn, sl slovenian: (String) -> String, _ parse: (String) throws -> T
    ) -> T? {
        let cell = code(column)!
        do {
            return try parse(cell)
        } catch {
            let thrown = error as? SocioLabError
            let english = thrown?.message ?? "\(error)"
            let text =
                thrown?.hasSlovenianMessage == true
                ? thrown!.localizedMessage : LocalizedText(sl: slovenian(cell), en: english)
            fail(column, .invalidValue, text)
            return nil
        }
    }
}
