// The cursor's numbers and quoted strings: the byte-level writing under its values.

extension CanonicalWriter.Cursor {
    /// Writes ASCII text known at compile time.
    @inline(__always)
    mutating func literal(_ text: StaticString) {
        raw(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes a string's UTF-8 bytes as they are (a number's text).
    mutating func unescaped(_ text: String) {
        for byte in text.utf8 { self.byte(byte) }
    }

    /// Writes a signed integer as `String(value)` would.
    mutating func integer(_ value: Int64) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        unsigned(value.magnitude)
    }

    /// Writes an unsigned integer in decimal, without leading zeros.
    mutating func unsigned(_ value: UInt64) {
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
    mutating func quoted(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { quoted($0) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { quoted($0) } }
    }

    /// Writes UTF-8 bytes in quotes, escaping as ``quoted(_:)-(String)`` does.
    mutating func quoted(_ text: UnsafeBufferPointer<UInt8>) {
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
    static func copyPlain(
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
    static func needsEscaping(_ word: UInt64) -> Bool {
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
    static func copyShort(
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
    mutating func escaping(_ text: UnsafeBufferPointer<UInt8>) {
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
