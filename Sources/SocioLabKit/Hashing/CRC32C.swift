import Foundation

/// CRC-32C (Castagnoli), the checksum used to check journal lines and file blocks.
///
/// The reflected polynomial is `0x82F63B78`; the register starts at all ones and the result is
/// complemented, so `CRC32C.checksum("123456789") == 0xE306_9283`. Bytes are processed eight at a time
/// with slicing-by-8 tables, built once on first use.
///
/// Checksums chain: passing the checksum of a prefix as `seed` continues it, so
/// `checksum(b, seed: checksum(a)) == checksum(a + b)`.
package enum CRC32C {
    /// The reflected Castagnoli polynomial.
    package static let polynomial: UInt32 = 0x82F6_3B78

    /// Computes the checksum of raw bytes.
    /// - Parameters:
    ///   - bytes: The bytes to check.
    ///   - seed: The checksum of the bytes that came before (0 to start afresh).
    /// - Returns: The CRC-32C of the seed's bytes followed by `bytes`.
    /// - Complexity: O(*n*) in the number of bytes.
    package static func checksum(_ bytes: UnsafeRawBufferPointer, seed: UInt32 = 0) -> UInt32 {
        var crc = ~seed
        var offset = 0
        let count = bytes.count
        tables.withUnsafeBufferPointer { t in
            while count - offset >= 8 {
                let low =
                    UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) ^ crc
                let high = UInt32(
                    littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                crc =
                    t[7 &* 256 &+ Int(low & 0xff)] ^ t[6 &* 256 &+ Int((low &>> 8) & 0xff)]
                    ^ t[5 &* 256 &+ Int((low &>> 16) & 0xff)] ^ t[4 &* 256 &+ Int(low &>> 24)]
                    ^ t[3 &* 256 &+ Int(high & 0xff)] ^ t[2 &* 256 &+ Int((high &>> 8) & 0xff)]
                    ^ t[1 &* 256 &+ Int((high &>> 16) & 0xff)] ^ t[Int(high &>> 24)]
                offset &+= 8
            }
            while offset < count {
                crc = t[Int((crc ^ UInt32(bytes[offset])) & 0xff)] ^ (crc &>> 8)
                offset &+= 1
            }
        }
        return ~crc
    }

    /// Computes the checksum of a byte array.
    /// - Parameters:
    ///   - bytes: The bytes to check.
    ///   - seed: The checksum of the bytes that came before (0 to start afresh).
    /// - Returns: The CRC-32C.
    package static func checksum(_ bytes: [UInt8], seed: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0, seed: seed) }
    }

    /// Computes the checksum of a `Data` value.
    /// - Parameters:
    ///   - data: The bytes to check.
    ///   - seed: The checksum of the bytes that came before (0 to start afresh).
    /// - Returns: The CRC-32C.
    package static func checksum(_ data: Data, seed: UInt32 = 0) -> UInt32 {
        data.withUnsafeBytes { checksum($0, seed: seed) }
    }

    /// Computes the checksum of a string's UTF-8 bytes.
    /// - Parameters:
    ///   - text: The text to check, taken as UTF-8.
    ///   - seed: The checksum of the bytes that came before (0 to start afresh).
    /// - Returns: The CRC-32C.
    package static func checksum(_ text: String, seed: UInt32 = 0) -> UInt32 {
        var text = text
        return text.withUTF8 { checksum(UnsafeRawBufferPointer($0), seed: seed) }
    }

    /// Eight 256-entry tables, one after another: table 0 is the byte-at-a-time table and table *k*
    /// advances a byte's contribution by *k* more zero bytes.
    private static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ polynomial : crc >> 1
            }
            t[byte] = crc
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = t[(slice - 1) * 256 + byte]
                t[slice * 256 + byte] = (previous >> 8) ^ t[Int(previous & 0xff)]
            }
        }
        return t
    }()
}
