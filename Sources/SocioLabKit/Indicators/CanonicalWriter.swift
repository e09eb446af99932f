/// Writes entities as canonical JSON lines — keys sorted, absent values left out, no white space — fast
/// enough to fingerprint millions of records.
///
/// The bytes are a stable function of the entity's values: the same entity always gives the same line,
/// whatever the platform, locale or time zone. Strings are written as their UTF-8 bytes between quotes,
/// with `\"`, `\\` and `\u00xx` (lowercase hex) for control characters; numbers as Swift prints them; days
/// as `"YYYY-MM-DD"`.
///
/// The writing itself is done by a ``Cursor`` on raw memory inside ``bytes``: ``bytes`` is grown with
/// zeros in large steps, written through a pointer with one capacity check per value, and cut back to
/// what was written before any method returns, so ``bytes`` always holds exactly the output.
struct CanonicalWriter {
    /// Everything written so far.
    var bytes: [UInt8] = []
    /// Whether the next key opens its object (no comma before it).
    private var first = true
    /// False once a `JSONValue` number whose text is not a JSON number was written.
    private(set) var isValidJSON = true

    /// Forgets the output, keeping the memory for the next.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        first = true
    }

    // One value at a time, for tests and small documents; see ``Cursor`` for what each writes.

    mutating func beginObject() { writing { $0.beginObject() } }

    mutating func endObject() { writing { $0.endObject() } }

    mutating func endLine() { writing { $0.endLine() } }

    mutating func string(_ name: StaticString, _ value: String?) { writing { $0.string(name, value) } }

    mutating func bool(_ name: StaticString, _ value: Bool?) { writing { $0.bool(name, value) } }

    mutating func int(_ name: StaticString, _ value: Int?) { writing { $0.int(name, value) } }

    mutating func quantity(_ name: StaticString, _ value: Quantity?) { writing { $0.quantity(name, value) } }

    mutating func day(_ name: StaticString, _ value: Day?) { writing { $0.day(name, value) } }

    mutating func strings(_ name: StaticString, _ values: [String]) {
        writing { $0.strings(name, values) { $0 } }
    }

    mutating func evidence(_ values: [Evidence]) { writing { $0.evidence(values) } }

    mutating func json(_ name: StaticString, _ value: JSONValue) { writing { $0.json(name, value) } }

    /// Writes one entity as a canonical line (keys in sorted order).
    mutating func write(_ record: EntityRecord) { writing { $0.writeLine(record) } }

    /// Writes one entity as a canonical JSON object (keys in sorted order), without a newline.
    mutating func writeObject(_ record: EntityRecord) { writing { $0.writeObject(record) } }

    /// Writes `count` items one after another, item *i* by `write(&cursor, i)`, with `separator` between
    /// items when one is given.
    ///
    /// Many items share one stretch of memory, so this is the fast way to write many records. An item
    /// that does not fit in what is left of the stretch is written again at the start of the next one.
    /// - Complexity: O(size of the output).
    mutating func writeEach(_ count: Int, separator: UInt8? = nil, _ write: (inout Cursor, Int) -> Void) {
        var next = 0
        // As much as the caller reserved, within reason: a small change set need not clear 64 KiB.
        var room = max(4096, min(64 * 1024, bytes.capacity - bytes.count))
        while next < count {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: room))
            var cursor = Cursor(first: first)
            let used = bytes.withUnsafeMutableBufferPointer { buffer in
                cursor.start(in: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
                while next < count {
                    let mark = cursor.mark
                    if next > 0, let separator { cursor.byte(separator) }
                    write(&cursor, next)
                    if cursor.overflowed {
                        cursor.rewind(to: mark)
                        break
                    }
                    next += 1
                }
                return cursor.count
            }
            bytes.removeLast(room - used)
            first = cursor.first
            if !cursor.isValidJSON { isValidJSON = false }
            // Not even one item fitted: make the next stretch larger.
            if used == 0 { room *= 4 }
        }
    }

    /// Runs `write` on a cursor over fresh memory at the end of ``bytes``, again on more memory if it
    /// did not fit, and keeps what it wrote.
    private mutating func writing(_ write: (inout Cursor) -> Void) {
        var room = 256
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: room))
            var cursor = Cursor(first: first)
            let used = bytes.withUnsafeMutableBufferPointer { buffer in
                cursor.start(in: UnsafeMutableBufferPointer(rebasing: buffer[start...]))
                write(&cursor)
                return cursor.overflowed ? 0 : cursor.count
            }
            bytes.removeLast(room - used)
            if !cursor.overflowed {
                first = cursor.first
                if !cursor.isValidJSON { isValidJSON = false }
                return
            }
            room *= 8
        }
    }
}

extension CanonicalWriter {
    /// Writes a committed change set as one compact JSON object with sorted keys: the same document its
    /// `Codable` form gives, written directly.
    mutating func writeObject(_ changeSet: CommittedChangeSet) {
        writing { cursor in
            cursor.beginObject()
            cursor.string("author", changeSet.author)
            cursor.string("reason", changeSet.reason)
            cursor.key("records")
            cursor.byte(UInt8(ascii: "["))
        }
        let records = changeSet.records
        writeEach(records.count, separator: UInt8(ascii: ",")) { cursor, i in
            let record = records[i]
            cursor.beginObject()
            if let after = record.after { cursor.entity("after", after) }
            if let before = record.before { cursor.entity("before", before) }
            cursor.key("ref")
            cursor.beginObject()
            cursor.string("id", record.reference.id)
            cursor.string("kind", record.reference.kind.rawValue)
            cursor.endObject()
            if record.redacted { cursor.bool("redacted", true) }
            cursor.endObject()
        }
        writing { cursor in
            cursor.byte(UInt8(ascii: "]"))
            cursor.first = false
            cursor.int("revision", changeSet.revision)
            cursor.string("timestamp", changeSet.timestamp.description)
            cursor.endObject()
        }
    }
}

extension CanonicalWriter {
    /// Writes canonical JSON through a pointer into memory it does not own, checking the room left once
    /// a value.
    ///
    /// When a value does not fit, the cursor writes nothing more and sets ``overflowed``; its owner then
    /// rewinds it or starts again with more room. It never writes outside its memory.
    struct Cursor {
        /// The next byte to write.
        private var position: UnsafeMutablePointer<UInt8>?
        /// The first byte written.
        private var origin: UnsafeMutablePointer<UInt8>?
        /// The end of the memory.
        private var end: UnsafeMutablePointer<UInt8>?
        /// Whether the next key opens its object (no comma before it).
        var first: Bool
        /// False once a `JSONValue` number whose text is not a JSON number was written.
        private(set) var isValidJSON = true
        /// Whether a value did not fit; the output is then incomplete.
        private(set) var overflowed = false

        /// A cursor with no memory yet.
        init(first: Bool) { self.first = first }

        /// Starts writing at the beginning of `memory`.
        mutating func start(in memory: UnsafeMutableBufferPointer<UInt8>) {
            origin = memory.baseAddress
            position = memory.baseAddress
            end = memory.baseAddress.map { $0 + memory.count }
        }

        /// The number of bytes written.
        var count: Int { position.map { $0 - origin! } ?? 0 }

        /// Where the cursor is, to ``rewind(to:)`` after an overflow.
        var mark: (count: Int, first: Bool) { (count, first) }

        /// Forgets what was written after `mark`, and the overflow.
        mutating func rewind(to mark: (count: Int, first: Bool)) {
            position = origin.map { $0 + mark.count }
            first = mark.first
            overflowed = false
        }

        /// Whether `count` more bytes fit; if not, notes the overflow.
        @inline(__always)
        private mutating func room(for count: Int) -> Bool {
            guard !overflowed, let position, let end, end - position >= count else {
                overflowed = true
                return false
            }
            return true
        }

        /// Writes one byte.
        @inline(__always)
        mutating func byte(_ value: UInt8) {
            guard room(for: 1) else { return }
            position!.pointee = value
            position! += 1
        }

        /// Writes a few bytes with no escaping.
        @inline(__always)
        private mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard room(for: bytes.count), let source = bytes.baseAddress else { return }
            Self.copyShort(source, count: bytes.count, to: position!)
            position! += bytes.count
        }

        /// Writes `{`; the next key opens the object.
        mutating func beginObject() {
            byte(UInt8(ascii: "{"))
            first = true
        }

        /// Writes `}`; a key after it needs a comma.
        mutating func endObject() {
            byte(UInt8(ascii: "}"))
            first = false
        }

        /// Writes a newline, the end of a canonical line.
        mutating func endLine() { byte(0x0A) }

        /// Writes `"name":`, after a comma unless the key opens its object.
        mutating func key(_ name: StaticString) {
            let length = name.utf8CodeUnitCount
            guard room(for: length + 4) else { return }
            var p = position!
            if !first {
                p.pointee = UInt8(ascii: ",")
                p += 1
            }
            first = false
            p.pointee = UInt8(ascii: "\"")
            p += 1
            Self.copyShort(name.utf8Start, count: length, to: p)
            p += length
            p[0] = UInt8(ascii: "\"")
            p[1] = UInt8(ascii: ":")
            position = p + 2
        }

        /// Writes `"name":"value"`, or nothing for `nil`.
        mutating func string(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            key(name)
            quoted(value)
        }

        /// Writes `"name":true` or `"name":false`, or nothing for `nil`.
        mutating func bool(_ name: StaticString, _ value: Bool?) {
            guard let value else { return }
            key(name)
            literal(value ? "true" : "false")
        }

        /// Writes `"name":` and the number in decimal, or nothing for `nil`.
        mutating func int(_ name: StaticString, _ value: Int?) {
            guard let value else { return }
            key(name)
            integer(Int64(value))
        }

        /// Writes `"name":` and the number in decimal.
        mutating func int(_ name: StaticString, _ value: Int64) {
            key(name)
            integer(value)
        }

        /// Writes a quantity as its ``Quantity/description`` reads: `8`, `1.5`, `0.25`, `-3.05`.
        mutating func quantity(_ name: StaticString, _ value: Quantity?) {
            guard let value else { return }
            key(name)
            let magnitude = value.hundredths.magnitude
            if value.hundredths < 0 { byte(UInt8(ascii: "-")) }
            unsigned(magnitude / 100)
            let fraction = Int(magnitude % 100)
            guard fraction != 0 else { return }
            byte(UInt8(ascii: "."))
            byte(0x30 &+ UInt8(fraction / 10))
            if fraction % 10 != 0 { byte(0x30 &+ UInt8(fraction % 10)) }
        }

        /// Writes a day as `"YYYY-MM-DD"`; a year past 9999 keeps its last four digits, as version 2 of
        /// the canonical form has it.
        mutating func day(_ name: StaticString, _ value: Day?) {
            guard let value else { return }
            key(name)
            let (year, month, day) = value.components
            precondition(year >= 0, "the canonical form has no days before the year 0")
            guard room(for: 12) else { return }
            let p = position!
            p[0] = UInt8(ascii: "\"")
            let y = year % 10_000
            p[1] = 0x30 &+ UInt8(y / 1000)
            p[2] = 0x30 &+ UInt8(y / 100 % 10)
            p[3] = 0x30 &+ UInt8(y / 10 % 10)
            p[4] = 0x30 &+ UInt8(y % 10)
            p[5] = UInt8(ascii: "-")
            p[6] = 0x30 &+ UInt8(month / 10)
            p[7] = 0x30 &+ UInt8(month % 10)
            p[8] = UInt8(ascii: "-")
            p[9] = 0x30 &+ UInt8(day / 10)
            p[10] = 0x30 &+ UInt8(day % 10)
            p[11] = UInt8(ascii: "\"")
            position = p + 12
        }

        /// Writes an array of strings, `text` giving each element's.
        mutating func strings<C: Collection>(_ name: StaticString, _ values: C, _ text: (C.Element) -> String)
        {
            key(name)
            byte(UInt8(ascii: "["))
            var separate = false
            for value in values {
                if separate { byte(UInt8(ascii: ",")) }
                separate = true
                quoted(text(value))
            }
            byte(UInt8(ascii: "]"))
        }

        /// Writes `"evidence":[…]`, each item an object with `date`, `document_id` and `kind`.
        mutating func evidence(_ values: [Evidence]) {
            key("evidence")
            byte(UInt8(ascii: "["))
            for (i, e) in values.enumerated() {
                if i > 0 { byte(UInt8(ascii: ",")) }
                beginObject()
                day("date", e.date)
                string("document_id", e.documentID)
                string("kind", e.kind.rawValue)
                endObject()
            }
            byte(UInt8(ascii: "]"))
        }

        /// Writes `"name":` and a JSON value (an activity's plugin details).
        mutating func json(_ name: StaticString, _ value: JSONValue) {
            key(name)
            json(value)
        }

        /// Writes a JSON value with object keys sorted by their UTF-8 bytes.
        private mutating func json(_ value: JSONValue) {
            switch value {
            case .null: literal("null")
            case .bool(let b): literal(b ? "true" : "false")
            case .number(let n):
                if !JSONWriter.isNumber(n) { isValidJSON = false }
                unescaped(n)
            case .string(let s): quoted(s)
            case .array(let elements):
                byte(UInt8(ascii: "["))
                for (i, element) in elements.enumerated() {
                    if i > 0 { byte(UInt8(ascii: ",")) }
                    json(element)
                }
                byte(UInt8(ascii: "]"))
            case .object(let members):
                byte(UInt8(ascii: "{"))
                for (i, name) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
                    .enumerated()
                {
                    if i > 0 { byte(UInt8(ascii: ",")) }
                    quoted(name)
                    byte(UInt8(ascii: ":"))
                    json(members[name]!)
                }
                byte(UInt8(ascii: "}"))
            }
        }

        /// Writes ASCII text known at compile time.
        @inline(__always)
        private mutating func literal(_ text: StaticString) {
            raw(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }

        /// Writes a string's UTF-8 bytes as they are (a number's text).
        private mutating func unescaped(_ text: String) {
            for byte in text.utf8 { self.byte(byte) }
        }

        /// Writes a signed integer as `String(value)` would.
        private mutating func integer(_ value: Int64) {
            if value < 0 { byte(UInt8(ascii: "-")) }
            unsigned(value.magnitude)
        }

        /// Writes an unsigned integer in decimal, without leading zeros.
        private mutating func unsigned(_ value: UInt64) {
            var length = 1
            var scale: UInt64 = 10
            while length < 20, value >= scale {
                length += 1
                scale &*= 10
            }
            guard room(for: length) else { return }
            var rest = value
            for offset in stride(from: length - 1, through: 0, by: -1) {
                position![offset] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            position! += length
        }

        /// Writes a string in quotes: the UTF-8 bytes copied as they are, except `"`, `\` and the control
        /// characters U+0000 – U+001F, which are escaped.
        private mutating func quoted(_ text: String) {
            let done: Void? = text.utf8.withContiguousStorageIfAvailable { quoted($0) }
            if done == nil { Array(text.utf8).withUnsafeBufferPointer { quoted($0) } }
        }

        /// Writes UTF-8 bytes in quotes, escaping as ``quoted(_:)-(String)`` does.
        private mutating func quoted(_ text: UnsafeBufferPointer<UInt8>) {
            // Room for the worst case, every byte a six-byte `\u00xx`, is asked for only when an escape
            // is actually needed.
            guard room(for: text.count + 2), let source = text.baseAddress else {
                // An empty buffer may have no address.
                if !overflowed { literal("\"\"") }
                return
            }
            let p = position!
            p.pointee = UInt8(ascii: "\"")
            let plain = Self.copyPlain(source, count: text.count, to: p + 1)
            if plain == text.count {
                p[plain + 1] = UInt8(ascii: "\"")
                position = p + plain + 2
                return
            }
            position = p + plain + 1
            escaping(UnsafeBufferPointer(rebasing: text[plain...]))
        }

        /// Copies the bytes before the first one that needs escaping (`"`, `\\`, or below 0x20) and
        /// returns their number, testing eight bytes at a time.
        @inline(__always)
        private static func copyPlain(
            _ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>
        ) -> Int {
            let from = UnsafeRawPointer(source)
            let to = UnsafeMutableRawPointer(target)
            var index = 0
            if count >= 8 {
                while index + 8 <= count {
                    let word = from.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if needsEscaping(word) { break }
                    to.storeBytes(of: word, toByteOffset: index, as: UInt64.self)
                    index += 8
                }
                // The last few bytes, as the word that ends the text (overlapping bytes already copied).
                if index < count, index + 8 > count {
                    let word = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
                    if !needsEscaping(word) {
                        to.storeBytes(of: word, toByteOffset: count - 8, as: UInt64.self)
                        return count
                    }
                }
            }
            while index < count {
                let byte = source[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { break }
                target[index] = byte
                index += 1
            }
            return index
        }

        /// Whether any of the eight bytes of `word` is below 0x20, `"` or `\\` (exact, with no false
        /// positives: a borrow between bytes only starts at a byte that is itself below the bound).
        @inline(__always)
        private static func needsEscaping(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let control = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            let zeroQuote = (quote &- ones) & ~quote
            let zeroBackslash = (backslash &- ones) & ~backslash
            return (control | zeroQuote | zeroBackslash) & highBits != 0
        }

        /// Copies a few bytes (a key's name) with overlapping word moves instead of a call to `memmove`.
        @inline(__always)
        private static func copyShort(
            _ source: UnsafePointer<UInt8>, count: Int, to target: UnsafeMutablePointer<UInt8>
        ) {
            let from = UnsafeRawPointer(source)
            let to = UnsafeMutableRawPointer(target)
            if count >= 8 {
                var index = 0
                while index + 8 < count {
                    to.storeBytes(
                        of: from.loadUnaligned(fromByteOffset: index, as: UInt64.self), toByteOffset: index,
                        as: UInt64.self)
                    index += 8
                }
                to.storeBytes(
                    of: from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self),
                    toByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
                to.storeBytes(
                    of: from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self),
                    toByteOffset: count - 4, as: UInt32.self)
            } else {
                for index in 0..<count { target[index] = source[index] }
            }
        }

        /// Writes the rest of a quoted string from its first byte that needs an escape, and the quote.
        private mutating func escaping(_ text: UnsafeBufferPointer<UInt8>) {
            guard room(for: text.count * 6 + 1) else { return }
            var p = position!
            for byte in text {
                switch byte {
                case 0x22, 0x5C:
                    p[0] = UInt8(ascii: "\\")
                    p[1] = byte
                    p += 2
                case 0..<0x20:
                    let hex: StaticString = "0123456789abcdef"
                    p[0] = UInt8(ascii: "\\")
                    p[1] = UInt8(ascii: "u")
                    p[2] = UInt8(ascii: "0")
                    p[3] = UInt8(ascii: "0")
                    p[4] = hex.utf8Start[Int(byte >> 4)]
                    p[5] = hex.utf8Start[Int(byte & 15)]
                    p += 6
                default:
                    p.pointee = byte
                    p += 1
                }
            }
            p.pointee = UInt8(ascii: "\"")
            position = p + 1
        }
    }
}

extension CanonicalWriter.Cursor {
    /// Writes one entity as a canonical line (keys in sorted order, then a newline).
    mutating func writeLine(_ record: EntityRecord) {
        writeObject(record)
        endLine()
    }

    /// Writes one entity as a canonical JSON object (keys in sorted order), without a newline.
    mutating func writeObject(_ record: EntityRecord) {
        switch record {
        case .organisation(let o): o.writeCanonicalObject(to: &self)
        case .person(let p): p.writeCanonicalObject(to: &self)
        case .personalDetails(let d): d.writeCanonicalObject(to: &self)
        case .infoPoint(let i): i.writeCanonicalObject(to: &self)
        case .activity(let a): a.writeCanonicalObject(to: &self)
        case .participation(let p): p.writeCanonicalObject(to: &self)
        case .job(let j): j.writeCanonicalObject(to: &self)
        case .product(let p): p.writeCanonicalObject(to: &self)
        case .developmentPlan(let d): d.writeCanonicalObject(to: &self)
        case .supportProgramme(let s): s.writeCanonicalObject(to: &self)
        case .milestone(let m): m.writeCanonicalObject(to: &self)
        }
    }

    /// Writes `{"kind":…,"value":{…}}`, the form of an entity in a change record.
    mutating func entity(_ name: StaticString, _ record: EntityRecord) {
        key(name)
        beginObject()
        string("kind", record.kind.rawValue)
        key("value")
        writeObject(record)
        endObject()
    }
}

/// An entity with a canonical JSON form: its fields under their JSON names, keys in sorted order, absent
/// values left out.
protocol CanonicalObject {
    /// Writes the entity as one canonical JSON object, without a newline.
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor)
}

extension Organisation: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.string("id", id.rawValue)
        cursor.string("legal_form", legalForm.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.string("name", name)
        cursor.string("registration_number", registrationNumber?.description)
        cursor.bool("social_enterprise", socialEnterprise)
        cursor.string("stage", stage?.rawValue)
        cursor.string("tax_number", taxNumber?.description)
        cursor.endObject()
    }
}

extension Person: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("birth_date", birthDate)
        cursor.key("consent")
        cursor.beginObject()
        cursor.day("given_on", consent.givenOn)
        cursor.day("withdrawn_on", consent.withdrawnOn)
        cursor.endObject()
        cursor.day("details_erased_on", detailsErasedOn)
        cursor.string("disability", disability?.rawValue)
        cursor.string("employment_status", employmentStatus?.rawValue)
        cursor.day("entry_date", entryDate)
        cursor.string("gender", gender?.rawValue)
        cursor.bool("homeless", homeless)
        cursor.string("id", id.rawValue)
        cursor.int("isced", isced)
        cursor.string("migrant_minority", migrantOrMinority?.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.string("organisation", organisation?.rawValue)
        cursor.string("other_disadvantaged", otherDisadvantaged?.rawValue)
        cursor.bool("rural", rural)
        cursor.strings("target_groups", targetGroups) { $0.rawValue }
        cursor.endObject()
    }
}

extension PersonalDetails: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.string("email", email)
        cursor.string("emso", emso?.digits)
        cursor.string("family_name", familyName)
        cursor.string("given_name", givenName)
        cursor.string("id", id.rawValue)
        cursor.string("phone", phone)
        cursor.endObject()
    }
}

extension InfoPoint: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("closed_on", closedOn)
        cursor.string("host_partner", hostPartner.rawValue)
        cursor.string("id", id.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.string("name", name)
        cursor.day("opened_on", openedOn)
        cursor.endObject()
    }
}

extension Activity: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.json("details", details)
        cursor.day("end_date", endDate)
        cursor.string("id", id.rawValue)
        cursor.string("info_point", infoPoint?.rawValue)
        cursor.string("kind", kind.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.strings("partners", partners) { $0.rawValue }
        cursor.int("pillar", pillar)
        cursor.day("start_date", startDate)
        cursor.string("status", status.rawValue)
        cursor.string("title", title)
        cursor.endObject()
    }
}

extension Participation: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.string("activity", activity.rawValue)
        cursor.bool("completed", completed)
        cursor.evidence(evidence)
        cursor.quantity("hours", hours)
        cursor.string("id", id.rawValue)
        cursor.string("organisation", organisation?.rawValue)
        cursor.string("person", person?.rawValue)
        cursor.string("role", role.rawValue)
        cursor.string("status", status.rawValue)
        cursor.endObject()
    }
}

extension Job: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.evidence(evidence)
        cursor.quantity("fte", fte)
        cursor.string("id", id.rawValue)
        cursor.string("kind", kind.rawValue)
        cursor.string("organisation", organisation.rawValue)
        cursor.string("person", person?.rawValue)
        cursor.day("start_date", startDate)
        cursor.endObject()
    }
}

extension Product: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.string("kind", kind.rawValue)
        cursor.string("name", name)
        cursor.string("organisation", organisation.rawValue)
        cursor.string("stage", stage)
        cursor.day("supported_on", supportedOn)
        cursor.endObject()
    }
}

extension DevelopmentPlan: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("diagnosed_on", diagnosedOn)
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.string("organisation", organisation.rawValue)
        cursor.string("partner", partner.rawValue)
        cursor.day("plan_adopted_on", planAdoptedOn)
        cursor.endObject()
    }
}

extension SupportProgramme: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("approved_on", approvedOn)
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.strings("materials", materials) { $0 }
        cursor.string("title", title)
        cursor.endObject()
    }
}

extension Milestone: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("achieved_on", achievedOn)
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.string("output", output.rawValue)
        cursor.string("title", title)
        cursor.endObject()
    }
}
