import SocioLabKit

/// The parallel snapshot reader's column loops: each reads one whole column's array straight into a field
/// of preallocated rows.
///
/// They accept exactly what ``SnapshotColumns``' stored members accept (the sequential reader): the same
/// value readers, the same `null` rules; a column with no loop of its own is read through its stored
/// member (``fillThroughSchema(_:_:_:_:)``), a little slower. Each loop is specialised for its field — no closure per value, no
/// intermediate ``SocioLabKit/JSONValue`` — and enumerations and other small vocabularies are looked up by
/// their bytes in a ``Vocabulary`` instead of building a `String` per value.
enum SnapshotColumnReaders {
    /// The person table's stored columns.
    static let personColumns: Set<String> = Set(SnapshotColumns.person.map(\.name))
    /// The personal-details table's stored columns.
    static let detailColumns: Set<String> = Set(SnapshotColumns.personalDetails.map(\.name))
    /// The participation table's stored columns.
    static let participationColumns: Set<String> = Set(SnapshotColumns.participation.map(\.name))

    /// Reads a column's array into the rows: `set` reads one value that is not `null` into its row.
    /// - Throws: A syntax error; also when the column has more or fewer elements than the rows, or a
    ///   `null` in a required column.
    @inline(__always)
    static func fill<E>(
        _ r: inout JSONReader, _ rows: RowPointer<E>, required: Bool,
        _ set: (inout JSONReader, UnsafeMutablePointer<E>) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        try r.beginArray()
        var first = true
        var index = 0
        while try r.nextElement(&first) {
            guard index < rows.count, let base = rows.base else {
                throw r.error("a column has more rows than the others")
            }
            if try r.readNull() {
                if required { throw r.error("a required column holds null") }
            } else {
                try set(&r, base + index)
            }
            index &+= 1
        }
        guard index == rows.count else { throw r.error("a column has fewer rows than the others") }
    }

    /// Reads a column of a person table.
    static func readPerson(
        _ column: SnapshotTableReader.Column, _ r: inout JSONReader, _ rows: RowPointer<Person?>
    ) throws(JSONSyntaxError) {
        typealias V = ColumnValue
        switch column.name {
        case "birth_date":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.birthDate = try r.readDay()
            }
        case "consent":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.consent = try V.readConsent(&r)
            }
        case "disability":
            var words = Vocabulary<SensitiveAnswer>()
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.disability = try words.read(&r)
            }
        case "employment_status":
            var words = Vocabulary<EmploymentStatus>()
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.employmentStatus = try words.read(&r)
            }
        case "entry_date":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.entryDate = try r.readDay()
            }
        case "details_erased_on":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.detailsErasedOn = try r.readDay()
            }
        case "gender":
            var words = Vocabulary<Gender>()
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.gender = try words.read(&r)
            }
        case "homeless":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.homeless = try r.readBool()
            }
        case "id":
            try fill(&r, rows, required: true) { r, p throws(JSONSyntaxError) in
                p.pointee!.id = .init(try r.readString())
            }
        case "isced":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.isced = try r.readInt()
            }
        case "migrant_minority":
            var words = Vocabulary<SensitiveAnswer>()
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.migrantOrMinority = try words.read(&r)
            }
        case "municipality":
            var words = Vocabulary<Municipality.Code>()
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.municipality = try words.read(&r)
            }
        case "organisation":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.organisation = .init(try r.readString())
            }
        case "other_disadvantaged":
            var words = Vocabulary<SensitiveAnswer>()
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.otherDisadvantaged = try words.read(&r)
            }
        case "rural":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.rural = try r.readBool()
            }
        case "target_groups":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                try r.beginArray()
                var groups: [TargetGroup.ID] = []
                var first = true
                while try r.nextElement(&first) { groups.append(.init(try r.readString())) }
                p.pointee!.targetGroups = groups
            }
        default: try fillThroughSchema(column, SnapshotColumns.person, &r, rows)
        }
    }

    /// Reads a column of a personal-details table.
    static func readDetails(
        _ column: SnapshotTableReader.Column, _ r: inout JSONReader, _ rows: RowPointer<PersonalDetails?>
    ) throws(JSONSyntaxError) {
        switch column.name {
        case "email":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.email = try r.readString()
            }
        case "emso":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                let start = r.offset
                let text = try r.readString()
                guard let emso = try? EMSO(text, allowingRemainderOne: true) else {
                    throw r.error("\"\(text)\" is not a valid EMŠO", at: start)
                }
                p.pointee!.emso = emso
            }
        case "family_name":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.familyName = try r.readString()
            }
        case "given_name":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.givenName = try r.readString()
            }
        case "id":
            try fill(&r, rows, required: true) { r, p throws(JSONSyntaxError) in
                p.pointee!.id = .init(try r.readString())
            }
        case "phone":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.phone = try r.readString()
            }
        default: try fillThroughSchema(column, SnapshotColumns.personalDetails, &r, rows)
        }
    }

    /// Reads a column of a participation table.
    static func readParticipation(
        _ column: SnapshotTableReader.Column, _ r: inout JSONReader, _ rows: RowPointer<Participation?>
    ) throws(JSONSyntaxError) {
        switch column.name {
        case "activity":
            try fill(&r, rows, required: true) { r, p throws(JSONSyntaxError) in
                p.pointee!.activity = .init(try r.readString())
            }
        case "completed":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.completed = try r.readBool()
            }
        case "evidence":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.evidence = try readEvidence(&r)
            }
        case "hours":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.hours = try readQuantity(&r)
            }
        case "id":
            try fill(&r, rows, required: true) { r, p throws(JSONSyntaxError) in
                p.pointee!.id = .init(try r.readString())
            }
        case "organisation":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.organisation = .init(try r.readString())
            }
        case "person":
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.person = .init(try r.readString())
            }
        case "role":
            var words = Vocabulary<ParticipationRole>()
            try fill(&r, rows, required: false) { r, p throws(JSONSyntaxError) in
                p.pointee!.role = try words.read(&r)
            }
        case "status":
            var words = Vocabulary<ParticipationStatus>()
            try fill(&r, rows, required: true) { r, p throws(JSONSyntaxError) in
                p.pointee!.status = try words.read(&r)
            }
        default: try fillThroughSchema(column, SnapshotColumns.participation, &r, rows)
        }
    }

    /// Reads a column that has no specialised loop through its schema's stored member (a field just added
    /// to a schema), or skips a column the schema does not store, as the sequential reader does.
    static func fillThroughSchema<E>(
        _ column: SnapshotTableReader.Column, _ stored: [StoredField<E>], _ r: inout JSONReader,
        _ rows: RowPointer<E?>
    ) throws(JSONSyntaxError) {
        guard let field = stored.first(where: { $0.name == column.name }) else { return try r.skipValue() }
        try fill(&r, rows, required: field.isRequired) { r, p throws(JSONSyntaxError) in
            try field.read(&r, &p.pointee!)
        }
    }

    /// Reads a column of a generic table as values, checking that it has `count` elements.
    static func readValues(_ r: inout JSONReader, count: Int) throws(JSONSyntaxError) -> [JSONValue] {
        guard case .array(let values) = try r.readValue(), values.count == count else {
            throw r.error("a column does not have the expected rows")
        }
        return values
    }

    /// Reads evidence: `[]` without building anything, else as ``ColumnValue/readEvidence(_:)``.
    @inline(__always) static func readEvidence(_ r: inout JSONReader) throws(JSONSyntaxError) -> [Evidence] {
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

    /// Reads a quantity from the number's bytes, as ``ColumnValue/readQuantity(_:)`` does.
    @inline(__always) static func readQuantity(_ r: inout JSONReader) throws(JSONSyntaxError) -> Quantity {
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

/// The values of a small vocabulary (an enumeration, a code list) already seen in a column, by their
/// bytes, so that each distinct value is built and checked once.
///
/// A direct-mapped cache of 256 entries keyed by the value's bytes (values of up to 15 bytes): a hit costs
/// a few integer operations, a miss (or a collision) builds the value the ordinary way and caches it.
struct Vocabulary<R: RawRepresentable> where R.RawValue == String {
    private struct Key: Equatable {
        var low: UInt64
        var high: UInt64
    }
    private var keys = [Key](repeating: Key(low: 0, high: 0), count: 256)
    private var values = [R?](repeating: nil, count: 256)

    /// Reads a string naming a value; one longer than 15 bytes, or with escapes, is read the slow way.
    /// - Throws: A syntax error, or "not a valid …" as ``ColumnValue/readRaw(_:)`` does.
    @inline(__always) mutating func read(_ r: inout JSONReader) throws(JSONSyntaxError) -> R {
        let start = r.offset
        guard let range = try r.readPlainStringRange() else { return try ColumnValue.readRaw(&r) }
        let bytes = UnsafeRawBufferPointer(rebasing: r.bytes[range])
        guard bytes.count <= 15 else { return try make(bytes, r, start) }
        // The length plus one in the top byte: no key is all zeros, which marks an empty entry.
        var key = Key(low: 0, high: UInt64(bytes.count + 1) << 56)
        for (i, byte) in bytes.enumerated() {
            if i < 8 {
                key.low |= UInt64(byte) << (8 * UInt64(i))
            } else {
                key.high |= UInt64(byte) << (8 * UInt64(i - 8))
            }
        }
        var mixed = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 31
        let slot = Int(truncatingIfNeeded: mixed >> 56)
        if keys[slot] == key, let value = values[slot] { return value }
        let value = try make(bytes, r, start)
        keys[slot] = key
        values[slot] = value
        return value
    }

    private func make(_ bytes: UnsafeRawBufferPointer, _ r: JSONReader, _ start: Int) throws(JSONSyntaxError)
        -> R
    {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let value = R(rawValue: text) else {
            throw r.error("\"\(text)\" is not a valid \(R.self)", at: start)
        }
        return value
    }
}
