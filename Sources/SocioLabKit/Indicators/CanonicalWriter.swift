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
    mutating func writing(_ write: (inout Cursor) -> Void) {
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
