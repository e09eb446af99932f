import SocioLabKit

/// Tells a torn write from damage at the end of a journal or history file.
///
/// An append writes one whole checked line, newline included, with one `pwrite`; a crash during it can
/// leave only a proper prefix of that line — possibly the whole line without its newline — and, on some
/// file systems after a power loss, zero bytes after it. So the bytes after the last newline of a file
/// are a **torn write** exactly when they are
///
/// 1. a run *P* of bytes followed only by `0x00` bytes (*P* may be empty), where
/// 2. *P* is a prefix of the fixed start `{"crc32c":"XXXXXXXX",` (eight lower-case hex digits), and
/// 3. *P* scans, byte by byte, as the beginning of one JSON object — strict grammar, valid UTF-8, nesting
///    within ``SocioLabKit/JSONReader/maximumDepth`` — that reaches the end of *P* either still open, or
///    closed by *P*'s very last byte with a checksum that matches (the whole line, only its newline missing).
///
/// Anything else — a complete line followed by another byte instead of its newline, a complete line whose
/// checksum fails, a grammar error, a non-zero byte after zero bytes — cannot come from an interrupted
/// append: it is damage.
enum TornTail {
    /// Why a tail is damage, and the offset (from the tail's first byte) where that shows.
    struct Damage: Equatable {
        var reason: String
        var offset: Int
    }

    /// Checks the bytes after a file's last newline.
    /// - Parameter tail: The bytes after the last newline (not empty).
    /// - Returns: `nil` when they are a torn write, else what makes them damage.
    /// - Complexity: O(*n*) in the length of `tail`.
    static func damage(in tail: UnsafeRawBufferPointer) -> Damage? {
        let end = tail.firstIndex(of: 0) ?? tail.count
        if let stray = tail[end...].firstIndex(where: { $0 != 0 }) {
            return Damage(reason: "a byte other than zero follows zero bytes", offset: stray)
        }
        let text = UnsafeRawBufferPointer(rebasing: tail[..<end])
        for i in 0..<min(text.count, JournalCodec.prefixLength) where !fitsFixedStart(text[i], at: i) {
            return Damage(
                reason: "the bytes do not begin as a line does ({\"crc32c\":\"XXXXXXXX\",)", offset: i)
        }
        guard text.count > JournalCodec.prefixLength else { return nil }
        switch scan(text, from: JournalCodec.prefixLength) {
        case .open:
            return nil
        case .invalid(let reason, let offset):
            return Damage(reason: reason, offset: offset)
        case .closed(let last):
            if last + 1 < text.count {
                return Damage(
                    reason: "a complete line is followed by another byte instead of its newline",
                    offset: last + 1)
            }
            if let reason = JournalCodec.checkFrame(text) {
                return Damage(reason: "a complete line without its newline: \(reason)", offset: 0)
            }
            return nil
        }
    }

    /// Whether `byte` may stand at position `index` (below 21) of a checked line.
    private static func fitsFixedStart(_ byte: UInt8, at index: Int) -> Bool {
        switch index {
        case 0..<11: return byte == fixedStart[index]
        case 11..<19: return (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
        case 19: return byte == UInt8(ascii: "\"")
        default: return byte == UInt8(ascii: ",")
        }
    }

    private static let fixedStart = Array("{\"crc32c\":\"".utf8)

    enum Outcome: Equatable {
        /// The bytes end inside the top-level object without a grammar error.
        case open
        /// The top-level object closed at this offset.
        case closed(at: Int)
        /// A grammar error at this offset.
        case invalid(String, Int)
    }

    private enum State {
        case key, keyOrEnd, colon, value, valueOrEnd, afterValue
        case string, escape, unicode, utf8
        case number, literal
    }

    private enum NumberPart { case minus, zero, integer, dot, fraction, exponentMark, exponentSign, exponent }

    /// Scans `p` from `start`, where the top-level object's first member has just ended with a comma (so a
    /// key must follow).
    static func scan(_ p: UnsafeRawBufferPointer, from start: Int) -> Outcome {
        var containers: [Bool] = [true]  // true: object, false: array
        var state = State.key
        var inKey = false
        var remaining = 0  // hex digits of \u, or continuation bytes of a UTF-8 sequence
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        var number = NumberPart.minus
        var literal: [UInt8] = []
        var literalIndex = 0
        var i = start
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
        while i < p.count {
            let b = p[i]
            switch state {
            case .key, .keyOrEnd:
                if isSpace(b) { break }
                if b == UInt8(ascii: "\"") {
                    state = .string
                    inKey = true
                } else if b == UInt8(ascii: "}") && state == .keyOrEnd {
                    containers.removeLast()
                    if containers.isEmpty { return .closed(at: i) }
                    state = .afterValue
                } else {
                    return .invalid("a key was expected", i)
                }
            case .colon:
                if isSpace(b) { break }
                guard b == UInt8(ascii: ":") else { return .invalid("':' was expected after a key", i) }
                state = .value
            case .value, .valueOrEnd:
                if isSpace(b) { break }
                switch b {
                case UInt8(ascii: "\""):
                    state = .string
                    inKey = false
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    containers.append(b == UInt8(ascii: "{"))
                    if containers.count > JSONReader.maximumDepth {
                        return .invalid("values are nested deeper than \(JSONReader.maximumDepth) levels", i)
                    }
                    state = b == UInt8(ascii: "{") ? .keyOrEnd : .valueOrEnd
                case UInt8(ascii: "]") where state == .valueOrEnd:
                    containers.removeLast()
                    state = .afterValue
                case UInt8(ascii: "-"):
                    state = .number
                    number = .minus
                case UInt8(ascii: "0"):
                    state = .number
                    number = .zero
                case UInt8(ascii: "1")...UInt8(ascii: "9"):
                    state = .number
                    number = .integer
                case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                    state = .literal
                    literal = Array(
                        (b == UInt8(ascii: "t") ? "true" : b == UInt8(ascii: "f") ? "false" : "null").utf8)
                    literalIndex = 1
                default:
                    return .invalid("a value was expected", i)
                }
            case .afterValue:
                if isSpace(b) { break }
                let inObject = containers.last!
                if b == UInt8(ascii: ",") {
                    state = inObject ? .key : .value
                } else if b == (inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    containers.removeLast()
                    if containers.isEmpty { return .closed(at: i) }
                } else {
                    return .invalid(inObject ? "',' or '}' was expected" : "',' or ']' was expected", i)
                }
            case .string:
                switch b {
                case UInt8(ascii: "\""): state = inKey ? .colon : .afterValue
                case UInt8(ascii: "\\"): state = .escape
                case 0..<0x20: return .invalid("a control character inside a string", i)
                case 0x20..<0x80: break
                case 0xC2...0xDF: (state, remaining, lower, upper) = (.utf8, 1, 0x80, 0xBF)
                case 0xE0: (state, remaining, lower, upper) = (.utf8, 2, 0xA0, 0xBF)
                case 0xED: (state, remaining, lower, upper) = (.utf8, 2, 0x80, 0x9F)
                case 0xE1...0xEF: (state, remaining, lower, upper) = (.utf8, 2, 0x80, 0xBF)
                case 0xF0: (state, remaining, lower, upper) = (.utf8, 3, 0x90, 0xBF)
                case 0xF1...0xF3: (state, remaining, lower, upper) = (.utf8, 3, 0x80, 0xBF)
                case 0xF4: (state, remaining, lower, upper) = (.utf8, 3, 0x80, 0x8F)
                default: return .invalid("invalid UTF-8", i)
                }
            case .utf8:
                guard b >= lower && b <= upper else { return .invalid("invalid UTF-8", i) }
                remaining -= 1
                (lower, upper) = (0x80, 0xBF)
                if remaining == 0 { state = .string }
            case .escape:
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                    UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    state = .string
                case UInt8(ascii: "u"):
                    state = .unicode
                    remaining = 4
                default: return .invalid("an invalid escape in a string", i)
                }
            case .unicode:
                guard (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
                else {
                    return .invalid("\\u must be followed by four hex digits", i)
                }
                remaining -= 1
                if remaining == 0 { state = .string }
            case .literal:
                guard literalIndex < literal.count, b == literal[literalIndex] else {
                    return .invalid("true, false or null was expected", i)
                }
                literalIndex += 1
                if literalIndex == literal.count { state = .afterValue }
            case .number:
                let digit = (0x30...0x39).contains(b)
                switch (number, b) {
                case (.minus, UInt8(ascii: "0")): number = .zero
                case (.minus, _) where digit: number = .integer
                case (.integer, _) where digit, (.fraction, _) where digit, (.exponent, _) where digit: break
                case (.zero, UInt8(ascii: ".")), (.integer, UInt8(ascii: ".")): number = .dot
                case (.dot, _) where digit: number = .fraction
                case (.zero, UInt8(ascii: "e")), (.zero, UInt8(ascii: "E")), (.integer, UInt8(ascii: "e")),
                    (.integer, UInt8(ascii: "E")), (.fraction, UInt8(ascii: "e")),
                    (.fraction, UInt8(ascii: "E")):
                    number = .exponentMark
                case (.exponentMark, UInt8(ascii: "+")), (.exponentMark, UInt8(ascii: "-")):
                    number = .exponentSign
                case (.exponentMark, _) where digit, (.exponentSign, _) where digit: number = .exponent
                case (.zero, _), (.integer, _), (.fraction, _), (.exponent, _):
                    // The number ended: read this byte again as what follows a value.
                    state = .afterValue
                    continue
                default:
                    return .invalid("a number does not follow the JSON grammar", i)
                }
            }
            i += 1
        }
        return .open
    }
}
