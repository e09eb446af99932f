/// HMAC-SHA256 (RFC 2104, with the SHA-256 of FIPS 180-4) over the project's own ``SHA256Hasher``.
///
/// The key is padded to one 64-byte block (a longer key is hashed first), XORed with the inner and outer
/// pads; the inner hash covers the message, the outer hash the inner digest. Checked against every test
/// vector of RFC 4231 (`HMACSHA256Tests`).
///
/// ```swift
/// let mac = HMACSHA256.authenticationCode(for: Array("what do ya want for nothing?".utf8),
///                                        key: Array("Jefe".utf8))
/// SHA256Hasher.hex(mac)  // "5bdcc146…ec3843"
/// ```
package struct HMACSHA256: Sendable {
    /// The code's length in bytes.
    package static let byteCount = SHA256Hasher.digestByteCount

    /// The inner hasher, already fed the inner pad.
    private var inner = SHA256Hasher()
    /// The outer hasher, already fed the outer pad.
    private var outer = SHA256Hasher()

    /// Creates an authenticator for a key.
    /// - Parameter key: The key, any length (longer than a block is hashed to 32 bytes first).
    package init(key: [UInt8]) {
        var block = key.count > SHA256Hasher.blockByteCount ? SHA256Hasher.hash(key) : key
        block += [UInt8](repeating: 0, count: SHA256Hasher.blockByteCount - block.count)
        inner.update(block.map { $0 ^ 0x36 })
        outer.update(block.map { $0 ^ 0x5c })
    }

    /// Feeds the next bytes of the message.
    /// - Parameter bytes: The bytes.
    package mutating func update(_ bytes: [UInt8]) { inner.update(bytes) }

    /// Returns the 32-byte code of everything fed so far, leaving the authenticator unchanged.
    package func finalize() -> [UInt8] {
        var final = outer
        final.update(inner.finalize())
        return final.finalize()
    }

    /// The code of a whole message.
    /// - Parameters:
    ///   - message: The message.
    ///   - key: The key.
    /// - Returns: The 32-byte code.
    package static func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        var mac = HMACSHA256(key: key)
        mac.update(message)
        return mac.finalize()
    }
}
