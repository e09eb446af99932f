/// A reader of one kind of stored value (a day, a string, an enumeration …) from the store's JSON form.
///
/// Each ``StoredField`` factory names the reader of its value, and both the field's own reader
/// (``StoredField/read``, one value at a time) and its snapshot-column kernel (``StoredField/readColumn``,
/// a whole column into rows) use it; the kernel is specialised for the reader, so a column is read with no
/// closure call per value. A reader may keep state from value to value (``RawValueReader``'s table of the
/// values already seen), so a column kernel makes one reader for the whole column.
package protocol StoredValueReader<Value>: SendableMetatype {
    /// The value read.
    associatedtype Value
    /// A reader with no state yet.
    init()
    /// Reads one value that is not `null`.
    /// - Throws: A syntax error, or a value of the wrong kind.
    mutating func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Value
    /// Reads one value that is not `null` with a fresh reader (a field's value read by itself).
    /// - Throws: As ``read(_:)``.
    static func readOne(_ r: inout JSONReader) throws(JSONSyntaxError) -> Value
}

extension StoredValueReader {
    /// Reads one value with a new reader.
    package static func readOne(_ r: inout JSONReader) throws(JSONSyntaxError) -> Value {
        var reader = Self()
        return try reader.read(&r)
    }
}

/// Reads a day, `"2019-10-03"`.
package struct DayReader: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Day {
        try r.readDay()
    }
}

/// Reads a string.
package struct StringReader: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> String {
        try r.readString()
    }
}

/// Reads `true` or `false`.
package struct BoolReader: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Bool {
        try r.readBool()
    }
}

/// Reads a whole number.
package struct IntReader: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Int {
        try r.readInt()
    }
}

/// Reads an identifier or a reference.
package struct IDReader<Tag>: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> EntityID<Tag> {
        EntityID<Tag>(try r.readString())
    }
}

/// Reads a list of identifiers, `["tg-1","tg-2"]`.
package struct IDsReader<Tag>: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> [EntityID<Tag>] {
        try r.beginArray()
        var ids: [EntityID<Tag>] = []
        var first = true
        while try r.nextElement(&first) { ids.append(EntityID<Tag>(try r.readString())) }
        return ids
    }
}

/// Reads a list of strings.
package struct StringsReader: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> [String] {
        try ColumnValue.readStrings(&r)
    }
}

/// Reads a quantity from the number's bytes (whole numbers and at most two decimals without building a
/// string), as ``ColumnValue/readQuantity(_:)`` does.
package struct QuantityReader: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Quantity {
        let before = r.offset
        let (start, end) = try r.scanNumber()
        if let hundredths = ColumnValue.exactHundredths(
            UnsafeRawBufferPointer(rebasing: r.bytes[start..<end]))
        {
            return Quantity(hundredths: hundredths)
        }
        r.move(to: before)
        return try ColumnValue.readQuantity(&r)
    }
}

/// Reads a checked identifier (EMŠO, tax or registration number) from its text.
package struct IdentifierReader<Value: CheckedIdentifier>: StoredValueReader {
    package init() {}
    package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Value {
        let start = r.offset
        let text = try r.readString()
        guard let value = Value.stored(text) else {
            throw r.error("\"\(text)\" is not a valid \(Value.self)", at: start)
        }
        return value
    }
}

/// Reads any JSON value.
package struct JSONValueReader: StoredValueReader {
    package init() {}
    package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> JSONValue { try r.readValue() }
}

/// Reads evidence: `[]` without building anything, else as ``ColumnValue/readEvidence(_:)``.
package struct EvidenceReader: StoredValueReader {
    package init() {}
    @inline(__always) package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> [Evidence] {
        let start = r.offset
        if r.peek() == UInt8(ascii: "[") {
            var probe = r
            probe.move(to: probe.offset + 1)
            if probe.peek() == UInt8(ascii: "]") {
                r.move(to: probe.offset + 1)
                return []
            }
        }
        r.move(to: start)
        return try ColumnValue.readEvidence(&r)
    }
}

/// Reads a person's consent object.
package struct ConsentReader: StoredValueReader {
    package init() {}
    package func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> Consent {
        try ColumnValue.readConsent(&r)
    }
}
