extension CanonicalWriter {
    /// Writes canonical JSON through a pointer into memory it does not own, checking the room left once
    /// a value.
    ///
    /// When a value does not fit, the cursor writes nothing more and sets ``overflowed``; its owner then
    /// rewinds it or starts again with more room. It never writes outside its memory.
    struct Cursor {
        /// The next byte to write.
        var position: UnsafeMutablePointer<UInt8>?
        /// The first byte written.
        var origin: UnsafeMutablePointer<UInt8>?
        /// The end of the memory.
        var end: UnsafeMutablePointer<UInt8>?
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
        mutating func room(for count: Int) -> Bool {
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
        mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
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

        /// Writes `"name":` for a name given as its UTF-8 bytes (a schema's stored member), after a comma
        /// unless the key opens its object.
        mutating func key(_ name: UnsafeBufferPointer<UInt8>) {
            guard room(for: name.count + 4), let source = name.baseAddress else { return }
            var p = position!
            if !first {
                p.pointee = UInt8(ascii: ",")
                p += 1
            }
            first = false
            p.pointee = UInt8(ascii: "\"")
            p += 1
            Self.copyShort(source, count: name.count, to: p)
            p += name.count
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
            quantity(value)
        }

        /// Writes a quantity's number, without a key.
        mutating func quantity(_ value: Quantity) {
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
            day(value)
        }

        /// Writes a day as `"YYYY-MM-DD"`, without a key.
        mutating func day(_ value: Day) {
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
            strings(values, text)
        }

        /// Writes an array of strings without a key, `text` giving each element's.
        mutating func strings<C: Collection>(_ values: C, _ text: (C.Element) -> String) {
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
            evidenceList(values)
        }

        /// Writes a list of evidence, without a key.
        mutating func evidenceList(_ values: [Evidence]) {
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
        mutating func json(_ value: JSONValue) {
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
    }
}
