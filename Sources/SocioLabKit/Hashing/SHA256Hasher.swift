import Foundation

/// An incremental SHA-256 hasher (FIPS 180-4), written in plain Swift with no dependencies.
///
/// Feed bytes with ``update(_:)-(UnsafeRawBufferPointer)`` in as many pieces as convenient, then call
/// ``finalize()`` for the 32-byte digest. The hasher is a value: copying it forks the running state, and
/// ``finalize()`` does not change it, so you can take a digest of a prefix and keep going.
///
/// ```swift
/// var hasher = SHA256Hasher()
/// hasher.update(Array("ab".utf8))
/// hasher.update(Array("c".utf8))
/// SHA256Hasher.hex(hasher.finalize())  // "ba7816bf…f20015ad"
/// ```
///
/// Whole 64-byte blocks are compressed straight from the caller's buffer; only a partial block is
/// copied, into storage inside the hasher, so hashing allocates nothing until the digest is returned.
package struct SHA256Hasher: Sendable {
    /// The digest length in bytes.
    package static let digestByteCount = 32
    /// The block length in bytes.
    package static let blockByteCount = 64

    /// The running hash value.
    private var state = State()
    /// The bytes of a block not yet complete: the first ``pendingCount`` of these 64 bytes.
    private var pending = SHA256Hasher.emptyBlock
    /// The number of bytes in ``pending`` (0 ..< 64).
    private var pendingCount = 0
    /// The number of message bytes fed so far.
    private var byteCount: UInt64 = 0

    /// Creates a hasher with the standard initial state.
    package init() {}

    /// Feeds bytes from a raw buffer (the fast path every other `update` uses).
    /// - Parameter bytes: The next bytes of the message.
    /// - Complexity: O(*n*) in the number of bytes.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        byteCount &+= UInt64(bytes.count)
        var next = start
        var remaining = bytes.count
        if pendingCount > 0 {
            let take = min(Self.blockByteCount - pendingCount, remaining)
            let filled = pendingCount
            withUnsafeMutableBytes(of: &pending) { block in
                block.baseAddress!.advanced(by: filled).copyMemory(from: next, byteCount: take)
            }
            pendingCount += take
            next += take
            remaining -= take
            guard pendingCount == Self.blockByteCount else { return }
            let block = pending
            withUnsafeBytes(of: block) { state.compress(blocks: $0.baseAddress!, count: 1) }
            pendingCount = 0
        }
        let wholeBlocks = remaining / Self.blockByteCount
        if wholeBlocks > 0 {
            state.compress(blocks: next, count: wholeBlocks)
            next += wholeBlocks * Self.blockByteCount
            remaining -= wholeBlocks * Self.blockByteCount
        }
        if remaining > 0 {
            withUnsafeMutableBytes(of: &pending) { block in
                block.baseAddress!.copyMemory(from: next, byteCount: remaining)
            }
            pendingCount = remaining
        }
    }

    /// Feeds the bytes of an array.
    /// - Parameter bytes: The next bytes of the message.
    package mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Feeds the bytes of a `Data` value.
    /// - Parameter data: The next bytes of the message.
    package mutating func update(_ data: Data) {
        data.withUnsafeBytes { update($0) }
    }

    /// Feeds any sequence of bytes; contiguous storage is hashed in place, anything else in 4 KiB chunks.
    /// - Parameter bytes: The next bytes of the message.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if done != nil { return }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(4096)
        for byte in bytes {
            chunk.append(byte)
            if chunk.count == 4096 {
                update(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        update(chunk)
    }

    /// Returns the 32-byte digest of everything fed so far, leaving the hasher unchanged.
    /// - Returns: The digest, most significant byte first.
    package func finalize() -> [UInt8] {
        var final = state
        // The pending bytes, the 0x80 marker, zeros, and the message length in bits as a big-endian
        // 64-bit number, filling one block or, when fewer than 9 bytes are free, two.
        var tail = (SHA256Hasher.emptyBlock, SHA256Hasher.emptyBlock)
        let blocks = pendingCount < 56 ? 1 : 2
        let bitLength = byteCount &* 8
        withUnsafeMutableBytes(of: &tail) { tail in
            withUnsafeBytes(of: pending) {
                tail.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<pendingCount]))
            }
            tail[pendingCount] = 0x80
            tail.storeBytes(
                of: bitLength.bigEndian, toByteOffset: blocks * Self.blockByteCount - 8, as: UInt64.self)
            final.compress(blocks: tail.baseAddress!, count: blocks)
        }
        return [UInt8](unsafeUninitializedCapacity: Self.digestByteCount) { digest, initialized in
            let words = [final.a, final.b, final.c, final.d, final.e, final.f, final.g, final.h]
            for (i, word) in words.enumerated() {
                UnsafeMutableRawBufferPointer(digest).storeBytes(
                    of: word.bigEndian, toByteOffset: i * 4, as: UInt32.self)
            }
            initialized = Self.digestByteCount
        }
    }

    /// Hashes a whole message at once.
    /// - Parameter data: The message.
    /// - Returns: Its 32-byte digest.
    package static func hash(_ data: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(data)
        return hasher.finalize()
    }

    /// Hashes a whole `Data` value at once.
    /// - Parameter data: The message.
    /// - Returns: Its 32-byte digest.
    package static func hash(_ data: Data) -> [UInt8] {
        var hasher = SHA256Hasher()
        hasher.update(data)
        return hasher.finalize()
    }

    /// Formats bytes (usually a digest) as lowercase hexadecimal.
    /// - Parameter bytes: The bytes to format.
    /// - Returns: Two lowercase hex digits per byte.
    package static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

extension SHA256Hasher {
    /// A hasher partway through a message: `state` after `byteCount` bytes, a multiple of 64.
    init(state: State, byteCount: UInt64) {
        self.state = state
        self.byteCount = byteCount
    }
}
