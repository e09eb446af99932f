import Testing

@testable import SocioLabKit

/// HMAC-SHA256 against every test case of RFC 4231 (section 4).
struct HMACSHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let key: [UInt8]
        let data: [UInt8]
        /// The expected code, in hex; for case 5 only its first 128 bits, which RFC 4231 gives.
        let expected: String
        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        Vector(
            name: "case 1", key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
            expected: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Vector(
            name: "case 2: a key shorter than the code", key: Array("Jefe".utf8),
            data: Array("what do ya want for nothing?".utf8),
            expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Vector(
            name: "case 3: combined length of key and data over 64 bytes",
            key: [UInt8](repeating: 0xaa, count: 20), data: [UInt8](repeating: 0xdd, count: 50),
            expected: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Vector(
            name: "case 4: a 25-byte key", key: Array(1...25),
            data: [UInt8](repeating: 0xcd, count: 50),
            expected: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Vector(
            name: "case 5: truncated to 128 bits", key: [UInt8](repeating: 0x0c, count: 20),
            data: Array("Test With Truncation".utf8), expected: "a3b6167473100ee06e0c796c2955552b"),
        Vector(
            name: "case 6: a key larger than a block", key: [UInt8](repeating: 0xaa, count: 131),
            data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            expected: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Vector(
            name: "case 7: key and data larger than a block", key: [UInt8](repeating: 0xaa, count: 131),
            data: Array(
                ("This is a test using a larger than block-size key and a larger than block-size data. The "
                    + "key needs to be hashed before being used by the HMAC algorithm.").utf8),
            expected: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test("RFC 4231 test vectors", arguments: vectors)
    func rfc4231(vector: Vector) {
        let code = HMACSHA256.authenticationCode(for: vector.data, key: vector.key)
        #expect(code.count == 32)
        let hex = SHA256Hasher.hex(code)
        #expect(String(hex.prefix(vector.expected.count)) == vector.expected)
    }

    @Test("Feeding the message in pieces gives the code of the whole", arguments: vectors)
    func incremental(vector: Vector) {
        var mac = HMACSHA256(key: vector.key)
        for byte in vector.data { mac.update([byte]) }
        #expect(mac.finalize() == HMACSHA256.authenticationCode(for: vector.data, key: vector.key))
    }

    @Test("A key of exactly one block is used as it is, not hashed")
    func blockSizedKey() {
        let key = [UInt8](repeating: 0x42, count: 64)
        let message = Array("block".utf8)
        #expect(
            HMACSHA256.authenticationCode(for: message, key: key)
                != HMACSHA256.authenticationCode(for: message, key: SHA256Hasher.hash(key)))
    }
}
