/// Readers and writers of stored values in the store's JSON form (the journal's records, the snapshot's
/// columns): each writes exactly what the value's `Codable` form gives, and reads it back strictly.
///
/// ``StoredField``'s factories build a field's column codec from these, one per kind of value, so that a
/// field declared in a schema is stored without code of its own.
@usableFromInline package enum ColumnValue {
    package static func writeString(_ w: inout JSONWriter, _ s: String) { w.string(s) }
    package static func readString(_ r: inout JSONReader) throws(JSONSyntaxError) -> String {
        try r.readString()
    }
    package static func writeDay(_ w: inout JSONWriter, _ d: Day) { w.day(d) }
    package static func readDay(_ r: inout JSONReader) throws(JSONSyntaxError) -> Day { try r.readDay() }
    package static func writeBool(_ w: inout JSONWriter, _ b: Bool) { b ? w.raw("true") : w.raw("false") }
    package static func readBool(_ r: inout JSONReader) throws(JSONSyntaxError) -> Bool { try r.readBool() }
    package static func writeInt(_ w: inout JSONWriter, _ i: Int) { w.integer(Int64(i)) }
    package static func readInt(_ r: inout JSONReader) throws(JSONSyntaxError) -> Int { try r.readInt() }

    package static func writeRaw<R: RawRepresentable>(_ w: inout JSONWriter, _ value: R)
    where R.RawValue == String {
        w.string(value.rawValue)
    }

    package static func readRaw<R: RawRepresentable>(_ r: inout JSONReader) throws(JSONSyntaxError) -> R
    where R.RawValue == String {
        let start = r.offset
        let text = try r.readString()
        guard let value = R(rawValue: text) else {
            throw r.error("\"\(text)\" is not a valid \(R.self)", at: start)
        }
        return value
    }

    package static func writeID<T>(_ w: inout JSONWriter, _ id: EntityID<T>) { w.string(id.rawValue) }
    package static func readID<T>(_ r: inout JSONReader) throws(JSONSyntaxError) -> EntityID<T> {
        EntityID<T>(try r.readString())
    }

    package static func writeStrings(_ w: inout JSONWriter, _ values: [String]) {
        w.raw(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { w.raw(UInt8(ascii: ",")) }
            w.string(value)
        }
        w.raw(UInt8(ascii: "]"))
    }

    package static func readStrings(_ r: inout JSONReader) throws(JSONSyntaxError) -> [String] {
        try r.beginArray()
        var out: [String] = []
        var first = true
        while try r.nextElement(&first) { out.append(try r.readString()) }
        return out
    }

    /// Writes a quantity as `Quantity`'s `Codable` form does: whole numbers as integers, else the shortest
    /// decimal.
    package static func writeQuantity(_ w: inout JSONWriter, _ q: Quantity) {
        if q.hundredths % 100 == 0 {
            w.integer(q.hundredths / 100)
        } else {
            w.raw((try? jsonNumberText(Double(q.hundredths) / 100, [])) ?? "0")
        }
    }

    package static func readQuantity(_ r: inout JSONReader) throws(JSONSyntaxError) -> Quantity {
        let start = r.offset
        let text = try r.readNumberText()
        if let hundredths = exactHundredths(text.utf8) { return Quantity(hundredths: hundredths) }
        do {
            return try JSONValueDecoding.decode(Quantity.self, from: .number(text))
        } catch {
            throw r.error("\(text) is not a quantity with at most two decimals", at: start)
        }
    }

    /// `-?digits(.d{1,2})?` as hundredths, or `nil` for anything else (exponents, more decimals, overflow).
    @inlinable package static func exactHundredths<S: Sequence<UInt8>>(_ text: S) -> Int64? {
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var fractionDigits = -1
        var negative = false
        for (i, byte) in text.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where i == 0: negative = true
            case UInt8(ascii: "."):
                guard fractionDigits < 0 else { return nil }
                fractionDigits = 0
            case 0x30...0x39:
                let digit = Int64(byte - 0x30)
                if fractionDigits >= 0 {
                    fractionDigits += 1
                    guard fractionDigits <= 2 else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    guard whole < 10_000_000_000_000 else { return nil }
                    whole = whole * 10 + digit
                }
            default: return nil
            }
        }
        if fractionDigits == 1 { fraction *= 10 }
        let value = whole * 100 + fraction
        return negative ? -value : value
    }

    package static func writeEvidence(_ w: inout JSONWriter, _ items: [Evidence]) {
        w.raw(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { w.raw(UInt8(ascii: ",")) }
            w.raw(UInt8(ascii: "{"))
            if let date = item.date {
                w.raw("\"date\":")
                w.day(date)
                w.raw(UInt8(ascii: ","))
            }
            w.raw("\"document_id\":")
            w.string(item.documentID)
            w.raw(",\"kind\":")
            w.string(item.kind.rawValue)
            w.raw(UInt8(ascii: "}"))
        }
        w.raw(UInt8(ascii: "]"))
    }

    package static func readEvidence(_ r: inout JSONReader) throws(JSONSyntaxError) -> [Evidence] {
        let start = r.offset
        let value = try r.readValue()
        if case .array(let items) = value, items.isEmpty { return [] }
        do {
            return try JSONValueDecoding.decode([Evidence].self, from: value)
        } catch {
            throw r.error("the evidence is not a list of {document_id, kind, date}", at: start)
        }
    }

    package static func writeConsent(_ w: inout JSONWriter, _ consent: Consent) {
        w.raw(UInt8(ascii: "{"))
        if let given = consent.givenOn {
            w.raw("\"given_on\":")
            w.day(given)
        }
        if let withdrawn = consent.withdrawnOn {
            if consent.givenOn != nil { w.raw(UInt8(ascii: ",")) }
            w.raw("\"withdrawn_on\":")
            w.day(withdrawn)
        }
        w.raw(UInt8(ascii: "}"))
    }

    package static func readConsent(_ r: inout JSONReader) throws(JSONSyntaxError) -> Consent {
        try r.beginObject()
        var consent = Consent()
        var first = true
        while let key = try r.nextKey(&first) {
            switch key {
            case "given_on": consent.givenOn = try r.readNull() ? nil : try r.readDay()
            case "withdrawn_on": consent.withdrawnOn = try r.readNull() ? nil : try r.readDay()
            default: try r.skipValue()
            }
        }
        return consent
    }
}
