/// Strings: checked as UTF-8, escapes decoded, and days written as strings.
extension JSONReader {
    /// Reads a string without escapes and returns the byte range of its contents, checked as
    /// ``readString()`` checks them; returns `nil`, consuming nothing, when the string holds an escape.
    @inlinable @inline(__always) package mutating func readPlainStringRange() throws(JSONSyntaxError)
        -> Range<Int>?
    {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        let open = offset
        var index = offset &+ 1
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                offset = index &+ 1
                return (open &+ 1)..<index
            }
            if byte == UInt8(ascii: "\\") {
                offset = open
                return nil
            }
            if byte < 0x20 {
                offset = index
                throw error("a string holds a raw control character; write it as an escape")
            }
            if byte < 0x80 {
                index &+= 1
            } else {
                offset = index
                try skipMultibyte()
                index = offset
            }
        }
        throw error("a string is not closed", at: open)
    }

    /// Reads a string value.
    @inlinable package mutating func readString() throws(JSONSyntaxError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a string") }
        offset &+= 1
        let start = offset
        // Fast path: no escapes. Validates UTF-8 as it goes.
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                let text = String(
                    decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
                offset &+= 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("a string holds a raw control character; write it as an escape") }
            if byte < 0x80 {
                offset &+= 1
            } else {
                try skipMultibyte()
            }
        }
        if offset >= bytes.count { throw error("a string is not closed", at: start - 1) }
        // Slow path: copy with escapes decoded.
        var buffer = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset &+= 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                try readEscape(into: &buffer)
            } else if byte < 0x20 {
                throw error("a string holds a raw control character; write it as an escape")
            } else if byte < 0x80 {
                buffer.append(byte)
                offset &+= 1
            } else {
                let from = offset
                try skipMultibyte()
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[from..<offset]))
            }
        }
        throw error("a string is not closed", at: start - 1)
    }

    /// Checks one UTF-8 sequence of 2–4 bytes starting at `offset` and moves past it.
    @inlinable @inline(__always) mutating func skipMultibyte() throws(JSONSyntaxError) {
        let b0 = bytes[offset]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch b0 {
        case 0xC2...0xDF:
            length = 2
            scalar = UInt32(b0 & 0x1F)
            minimum = 0x80
        case 0xE0...0xEF:
            length = 3
            scalar = UInt32(b0 & 0x0F)
            minimum = 0x800
        case 0xF0...0xF4:
            length = 4
            scalar = UInt32(b0 & 0x07)
            minimum = 0x10000
        default: throw error("the text is not valid UTF-8")
        }
        guard offset + length <= bytes.count else { throw error("the text is not valid UTF-8") }
        for i in 1..<length {
            let b = bytes[offset + i]
            guard b & 0xC0 == 0x80 else { throw error("the text is not valid UTF-8") }
            scalar = scalar << 6 | UInt32(b & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
            throw error("the text is not valid UTF-8")
        }
        offset &+= length
    }

    @usableFromInline mutating func readEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        guard offset + 1 < bytes.count else { throw error("a string ends inside an escape") }
        let code = bytes[offset + 1]
        offset += 2
        switch code {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                    bytes[offset + 1] == UInt8(ascii: "u")
                else { throw error("a \\u escape holds half of a surrogate pair") }
                offset += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("a \\u escape holds half of a surrogate pair")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("a \\u escape holds half of a surrogate pair")
            }
            buffer.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            throw error("'\\\(Character(Unicode.Scalar(code)))' is not a JSON escape", at: offset - 2)
        }
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[offset]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    // MARK: Days

    /// Reads a day written as `"YYYY-MM-DD"`.
    @inlinable @inline(__always) package mutating func readDay() throws(JSONSyntaxError) -> Day {
        guard peek() == UInt8(ascii: "\"") else { throw unexpected("a date in double quotes") }
        let start = offset
        guard offset + 12 <= bytes.count, bytes[offset + 11] == UInt8(ascii: "\""),
            bytes[offset + 5] == UInt8(ascii: "-"), bytes[offset + 8] == UInt8(ascii: "-")
        else { throw error("expected a date like \"2019-10-03\"", at: start) }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                let b = bytes[i]
                guard (0x30...0x39).contains(b) else { return nil }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        guard let y = number(offset + 1, 4), let m = number(offset + 6, 2), let d = number(offset + 9, 2),
            let day = Day(year: y, month: m, day: d)
        else { throw error("expected a date like \"2019-10-03\"", at: start) }
        offset += 12
        return day
    }
}
