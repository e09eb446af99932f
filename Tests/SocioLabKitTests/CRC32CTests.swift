import Foundation
import Testing

@testable import SocioLabKit

struct CRC32CTests {
    @Test func checkValue() {
        #expect(CRC32C.checksum("123456789") == 0xE306_9283)
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum(Data("123456789".utf8)) == 0xE306_9283)
    }

    /// RFC 3720 (iSCSI) appendix B.4 test patterns.
    @Test func iscsiVectors() {
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
        #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
        #expect(CRC32C.checksum((0..<32).map { UInt8(31 - $0) }) == 0x113F_DB5C)
    }

    @Test func emptyInputKeepsTheSeed() {
        #expect(CRC32C.checksum([UInt8]()) == 0)
        #expect(CRC32C.checksum([UInt8](), seed: 0x1234_5678) == 0x1234_5678)
    }

    @Test func slicedMatchesBytewiseForEveryLengthAndAlignment() {
        let message = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        for start in 0..<9 {
            for end in start...message.count {
                let part = Array(message[start..<end])
                #expect(CRC32C.checksum(part) == bitwise(part), "bytes \(start)..<\(end)")
            }
        }
    }

    @Test func seedChainsChecksums() {
        let message = Array("Socialna ekonomija v Podravju".utf8)
        let whole = CRC32C.checksum(message)
        for split in 0...message.count {
            let first = CRC32C.checksum(Array(message[..<split]))
            #expect(CRC32C.checksum(Array(message[split...]), seed: first) == whole)
        }
    }

    @Test func stringUsesUTF8() {
        #expect(CRC32C.checksum("čšž") == CRC32C.checksum(Array("čšž".utf8)))
    }

    /// A bit-at-a-time reference implementation.
    private func bitwise(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
        }
        return ~crc
    }
}
