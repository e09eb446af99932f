import Foundation
import Testing

@testable import SocioLabKit

struct SHA256Tests {
    /// FIPS 180-2 / 180-4 example messages and their digests.
    @Test(arguments: [
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func nistVectors(message: String, digest: String) {
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(Array(message.utf8))) == digest)
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(Data(message.utf8))) == digest)
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(message.utf8)) == digest)
    }

    @Test func oneMillionA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(
            SHA256Hasher.hex(SHA256Hasher.hash(message))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the padding and block boundaries; bytes are `i % 251`.
    @Test(arguments: [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
    ])
    func blockBoundaries(length: Int, digest: String) {
        let message = (0..<length).map { UInt8($0 % 251) }
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(message)) == digest)
    }

    @Test func incrementalUpdatesAtEverySplitMatchOneShot() {
        let message = (0..<131).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
        let expected = "4c14830d5f17552093a46de0f6884f8f3010789462dab3db3d1cc679575e01ad"
        #expect(SHA256Hasher.hex(SHA256Hasher.hash(message)) == expected)
        for split in 0...130 {
            var hasher = SHA256Hasher()
            hasher.update(Array(message[..<split]))
            hasher.update(Data(message[split...]))
            #expect(SHA256Hasher.hex(hasher.finalize()) == expected, "split at \(split)")
        }
    }

    @Test func byteByByteAndNonContiguousSequencesMatchOneShot() {
        let message = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var hasher = SHA256Hasher()
        for byte in message { hasher.update(CollectionOfOne(byte)) }
        #expect(hasher.finalize() == SHA256Hasher.hash(message))
        #expect(SHA256Hasher.hash(message.lazy.map { $0 }) == SHA256Hasher.hash(message))
    }

    @Test func finalizeLeavesTheHasherUsable() {
        var hasher = SHA256Hasher()
        hasher.update(Array("ab".utf8))
        let prefix = hasher.finalize()
        hasher.update(Array("c".utf8))
        #expect(prefix == SHA256Hasher.hash(Array("ab".utf8)))
        #expect(hasher.finalize() == SHA256Hasher.hash(Array("abc".utf8)))
        #expect(hasher.finalize().count == SHA256Hasher.digestByteCount)
    }

    @Test func hexIsLowercaseTwoDigitsPerByte() {
        #expect(SHA256Hasher.hex([0x00, 0x0f, 0xa0, 0xff]) == "000fa0ff")
        #expect(SHA256Hasher.hex([]) == "")
    }

    /// The four-lane hasher gives each message the same digest as hashing it alone, whatever the mix of
    /// lengths: empty, shorter than a block, exact blocks, and lanes running out at different times.
    @Test(arguments: [
        [Int](), [0], [5], [64], [0, 64, 1, 200], [1000, 64, 63, 65, 0, 4096, 130, 128, 55, 56, 7],
        [300, 300, 300, 300], [5000, 10, 10, 10, 10, 10], (0..<23).map { $0 * 37 % 700 },
    ])
    func fourLaneDigestsMatchOneAtATime(lengths: [Int]) {
        let messages = lengths.enumerated().map { m, length in
            (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ m &* 17 &+ $0 >> 8) }
        }
        let expected = messages.map { SHA256Hasher.hash($0) }
        let buffers = messages.map { message in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: message.count, alignment: 1)
            buffer.copyBytes(from: message)
            return buffer
        }
        defer { buffers.forEach { $0.deallocate() } }
        #expect(SHA256Hasher.digests(of: buffers.map { UnsafeRawBufferPointer($0) }) == expected)
    }
}
