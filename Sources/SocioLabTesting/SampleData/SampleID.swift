/// Builds sample identifiers such as `p0000042` cheaply: one fixed-width zero-padded number after an ASCII
/// prefix, written straight into the string's storage (no formatting, and for short ids no allocation).
enum SampleID {
    /// The identifier `prefix` + `number` zero-padded to `width` digits.
    /// - Parameters:
    ///   - prefix: ASCII letters, such as `"p"` or `"pa"`.
    ///   - number: A non-negative number.
    ///   - width: The number of digits; a longer number keeps all its digits.
    static func make(_ prefix: StaticString, _ number: Int, width: Int) -> String {
        var digits = 1
        var rest = number / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let count = prefix.utf8CodeUnitCount + max(width, digits)
        return String(unsafeUninitializedCapacity: count) { buffer in
            let prefixBytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            var index = 0
            for byte in prefixBytes {
                buffer[index] = byte
                index += 1
            }
            var value = number
            var position = count - 1
            while position >= index {
                buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
                position -= 1
            }
            return count
        }
    }

    /// The number of decimal digits needed to write `count - 1`, at least `minimum`.
    static func width(for count: Int, minimum: Int) -> Int {
        var digits = 1
        var rest = max(count - 1, 0) / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return max(minimum, digits)
    }
}
