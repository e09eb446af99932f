import SocioLabKit

/// One column of a hand-coded entity table in a snapshot: how to tell whether an entity has the field, how
/// to write it, and how to read it back into a row.
///
/// Hand-coded columns exist for the kinds a large store holds millions of (persons, their personal details,
/// participations). They write exactly the bytes the generic, `Codable`-based path writes — the tests check
/// that — but read several times faster, since they build no intermediate values.
struct SnapshotColumn<E> {
    /// The field's JSON name.
    let name: String
    /// Whether the entity has a value for the field (a `nil` optional has none).
    let isPresent: (E) -> Bool
    /// Writes the entity's value (only called when ``isPresent`` is true).
    let write: (inout JSONWriter, E) throws(SocioLabError) -> Void
    /// Reads a value that is not `null` into the row.
    let read: (inout JSONReader, inout E) throws(JSONSyntaxError) -> Void
    /// Whether `null` (or a missing column) is an error rather than "absent".
    let isRequired: Bool

    static func required<T>(
        _ name: String, _ get: @escaping (E) -> T, _ set: @escaping (inout E, T) -> Void,
        write: @escaping (inout JSONWriter, T) -> Void,
        read: @escaping (inout JSONReader) throws(JSONSyntaxError) -> T
    ) -> Self {
        SnapshotColumn(
            name: name, isPresent: { _ in true }, write: { w, e in write(&w, get(e)) },
            read: { (r: inout JSONReader, e: inout E) throws(JSONSyntaxError) in set(&e, try read(&r)) },
            isRequired: true)
    }

    static func optional<T>(
        _ name: String, _ get: @escaping (E) -> T?, _ set: @escaping (inout E, T) -> Void,
        write: @escaping (inout JSONWriter, T) -> Void,
        read: @escaping (inout JSONReader) throws(JSONSyntaxError) -> T
    ) -> Self {
        SnapshotColumn(
            name: name, isPresent: { get($0) != nil }, write: { w, e in write(&w, get(e)!) },
            read: { (r: inout JSONReader, e: inout E) throws(JSONSyntaxError) in set(&e, try read(&r)) },
            isRequired: false)
    }

    /// A column that is always written but may be `null` or missing when read (a defaulted field).
    static func defaulted<T>(
        _ name: String, _ get: @escaping (E) -> T, _ set: @escaping (inout E, T) -> Void,
        write: @escaping (inout JSONWriter, T) throws(SocioLabError) -> Void,
        read: @escaping (inout JSONReader) throws(JSONSyntaxError) -> T
    ) -> Self {
        SnapshotColumn(
            name: name, isPresent: { _ in true },
            write: { (w: inout JSONWriter, e: E) throws(SocioLabError) in try write(&w, get(e)) },
            read: { (r: inout JSONReader, e: inout E) throws(JSONSyntaxError) in set(&e, try read(&r)) },
            isRequired: false)
    }
}

/// Readers and writers of the value types hand-coded columns hold.
enum ColumnValue {
    static func writeString(_ w: inout JSONWriter, _ s: String) { w.string(s) }
    static func readString(_ r: inout JSONReader) throws(JSONSyntaxError) -> String { try r.readString() }
    static func writeDay(_ w: inout JSONWriter, _ d: Day) { w.day(d) }
    static func readDay(_ r: inout JSONReader) throws(JSONSyntaxError) -> Day { try r.readDay() }
    static func writeBool(_ w: inout JSONWriter, _ b: Bool) { b ? w.raw("true") : w.raw("false") }
    static func readBool(_ r: inout JSONReader) throws(JSONSyntaxError) -> Bool { try r.readBool() }
    static func writeInt(_ w: inout JSONWriter, _ i: Int) { w.integer(Int64(i)) }
    static func readInt(_ r: inout JSONReader) throws(JSONSyntaxError) -> Int { try r.readInt() }

    static func writeRaw<R: RawRepresentable>(_ w: inout JSONWriter, _ value: R) where R.RawValue == String {
        w.string(value.rawValue)
    }

    static func readRaw<R: RawRepresentable>(_ r: inout JSONReader) throws(JSONSyntaxError) -> R
    where R.RawValue == String {
        let start = r.offset
        let text = try r.readString()
        guard let value = R(rawValue: text) else {
            throw r.error("\"\(text)\" is not a valid \(R.self)", at: start)
        }
        return value
    }

    static func writeID<T>(_ w: inout JSONWriter, _ id: EntityID<T>) { w.string(id.rawValue) }
    static func readID<T>(_ r: inout JSONReader) throws(JSONSyntaxError) -> EntityID<T> {
        EntityID<T>(try r.readString())
    }

    static func writeStrings(_ w: inout JSONWriter, _ values: [String]) {
        w.raw(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { w.raw(UInt8(ascii: ",")) }
            w.string(value)
        }
        w.raw(UInt8(ascii: "]"))
    }

    static func readStrings(_ r: inout JSONReader) throws(JSONSyntaxError) -> [String] {
        try r.beginArray()
        var out: [String] = []
        var first = true
        while try r.nextElement(&first) { out.append(try r.readString()) }
        return out
    }

    /// Writes a quantity as `Quantity`'s `Codable` form does: whole numbers as integers, else the shortest
    /// decimal.
    static func writeQuantity(_ w: inout JSONWriter, _ q: Quantity) {
        if q.hundredths % 100 == 0 {
            w.integer(q.hundredths / 100)
        } else {
            w.raw((try? jsonNumberText(Double(q.hundredths) / 100, [])) ?? "0")
        }
    }

    static func readQuantity(_ r: inout JSONReader) throws(JSONSyntaxError) -> Quantity {
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
    static func exactHundredths<S: Sequence<UInt8>>(_ text: S) -> Int64? {
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

    static func writeEvidence(_ w: inout JSONWriter, _ items: [Evidence]) {
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

    static func readEvidence(_ r: inout JSONReader) throws(JSONSyntaxError) -> [Evidence] {
        let start = r.offset
        let value = try r.readValue()
        if case .array(let items) = value, items.isEmpty { return [] }
        do {
            return try JSONValueDecoding.decode([Evidence].self, from: value)
        } catch {
            throw r.error("the evidence is not a list of {document_id, kind, date}", at: start)
        }
    }

    static func writeConsent(_ w: inout JSONWriter, _ consent: Consent) {
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

    static func readConsent(_ r: inout JSONReader) throws(JSONSyntaxError) -> Consent {
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

/// The hand-coded column sets.
enum FastTables {
    typealias V = ColumnValue

    static var person: [SnapshotColumn<Person>] {
        [
            .optional(
                "birth_date", { $0.birthDate }, { $0.birthDate = $1 }, write: V.writeDay, read: V.readDay),
            .defaulted(
                "consent", { $0.consent }, { $0.consent = $1 }, write: V.writeConsent, read: V.readConsent),
            .optional(
                "details_erased_on", { $0.detailsErasedOn }, { $0.detailsErasedOn = $1 }, write: V.writeDay,
                read: V.readDay),
            .optional(
                "disability", { $0.disability }, { $0.disability = $1 }, write: V.writeRaw, read: V.readRaw),
            .optional(
                "employment_status", { $0.employmentStatus }, { $0.employmentStatus = $1 }, write: V.writeRaw,
                read: V.readRaw),
            .optional(
                "entry_date", { $0.entryDate }, { $0.entryDate = $1 }, write: V.writeDay, read: V.readDay),
            .optional("gender", { $0.gender }, { $0.gender = $1 }, write: V.writeRaw, read: V.readRaw),
            .optional(
                "homeless", { $0.homeless }, { $0.homeless = $1 }, write: V.writeBool, read: V.readBool),
            .required("id", { $0.id }, { $0.id = $1 }, write: V.writeID, read: V.readID),
            .optional("isced", { $0.isced }, { $0.isced = $1 }, write: V.writeInt, read: V.readInt),
            .optional(
                "migrant_minority", { $0.migrantOrMinority }, { $0.migrantOrMinority = $1 },
                write: V.writeRaw,
                read: V.readRaw),
            .optional(
                "municipality", { $0.municipality }, { $0.municipality = $1 }, write: V.writeRaw,
                read: V.readRaw),
            .optional(
                "organisation", { $0.organisation }, { $0.organisation = $1 }, write: V.writeID,
                read: V.readID),
            .optional(
                "other_disadvantaged", { $0.otherDisadvantaged }, { $0.otherDisadvantaged = $1 },
                write: V.writeRaw,
                read: V.readRaw),
            .optional("rural", { $0.rural }, { $0.rural = $1 }, write: V.writeBool, read: V.readBool),
            .defaulted(
                "target_groups", { $0.targetGroups.map(\.rawValue) },
                { $0.targetGroups = $1.map { TargetGroup.ID($0) } }, write: V.writeStrings,
                read: V.readStrings),
        ]
    }

    static var personalDetails: [SnapshotColumn<PersonalDetails>] {
        [
            .optional("email", { $0.email }, { $0.email = $1 }, write: V.writeString, read: V.readString),
            .optional(
                "emso", { $0.emso }, { $0.emso = $1 }, write: { w, emso in w.string(emso.digits) },
                read: { (r: inout JSONReader) throws(JSONSyntaxError) -> EMSO in
                    let start = r.offset
                    let text = try r.readString()
                    guard let emso = try? EMSO(text, allowingRemainderOne: true) else {
                        throw r.error("\"\(text)\" is not a valid EMŠO", at: start)
                    }
                    return emso
                }),
            .optional(
                "family_name", { $0.familyName }, { $0.familyName = $1 }, write: V.writeString,
                read: V.readString),
            .optional(
                "given_name", { $0.givenName }, { $0.givenName = $1 }, write: V.writeString,
                read: V.readString),
            .required("id", { $0.id }, { $0.id = $1 }, write: V.writeID, read: V.readID),
            .optional("phone", { $0.phone }, { $0.phone = $1 }, write: V.writeString, read: V.readString),
        ]
    }

    static var participation: [SnapshotColumn<Participation>] {
        [
            .required("activity", { $0.activity }, { $0.activity = $1 }, write: V.writeID, read: V.readID),
            .optional(
                "completed", { $0.completed }, { $0.completed = $1 }, write: V.writeBool, read: V.readBool),
            .defaulted(
                "evidence", { $0.evidence }, { $0.evidence = $1 }, write: V.writeEvidence,
                read: V.readEvidence),
            .optional("hours", { $0.hours }, { $0.hours = $1 }, write: V.writeQuantity, read: V.readQuantity),
            .required("id", { $0.id }, { $0.id = $1 }, write: V.writeID, read: V.readID),
            .optional(
                "organisation", { $0.organisation }, { $0.organisation = $1 }, write: V.writeID,
                read: V.readID),
            .optional("person", { $0.person }, { $0.person = $1 }, write: V.writeID, read: V.readID),
            .defaulted("role", { $0.role }, { $0.role = $1 }, write: V.writeRaw, read: V.readRaw),
            .required("status", { $0.status }, { $0.status = $1 }, write: V.writeRaw, read: V.readRaw),
        ]
    }
}
