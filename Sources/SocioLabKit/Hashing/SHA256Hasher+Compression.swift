// The compression function of FIPS 180-4, one block at a time.

extension SHA256Hasher {
    /// 64 bytes of inline storage for a partial block, so the hasher needs no heap memory.
    typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// A block of zeros.
    static var emptyBlock: Block { (0, 0, 0, 0, 0, 0, 0, 0) }

    /// The eight 32-bit words of the hash value, `a` to `h` as FIPS 180-4 names the working variables.
    struct State {
        var a: UInt32 = 0x6a09_e667
        var b: UInt32 = 0xbb67_ae85
        var c: UInt32 = 0x3c6e_f372
        var d: UInt32 = 0xa54f_f53a
        var e: UInt32 = 0x510e_527f
        var f: UInt32 = 0x9b05_688c
        var g: UInt32 = 0x1f83_d9ab
        var h: UInt32 = 0x5be0_cd19

        /// Compresses `count` consecutive 64-byte blocks starting at `blocks` (any alignment).
        ///
        /// The message schedule lives in 256 bytes of stack; the 64 rounds run in eight groups of eight
        /// in which the variables take turns in each role instead of being shifted along, so a group is
        /// straight-line code with no moves between rounds.
        mutating func compress(blocks: UnsafeRawPointer, count: Int) {
            SHA256Hasher.roundConstants.withUnsafeBufferPointer { constants in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                    compress(
                        blocks: blocks, count: count, k: constants.baseAddress!, w: schedule.baseAddress!)
                }
            }
        }

        private mutating func compress(
            blocks: UnsafeRawPointer, count: Int, k: UnsafePointer<UInt32>, w: UnsafeMutablePointer<UInt32>
        ) {
            var block = blocks
            for _ in 0..<count {
                for t in 0..<16 {
                    w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self))
                }
                for t in 16..<64 {
                    w[t] = w[t - 16] &+ sigma0(w[t - 15]) &+ w[t - 7] &+ sigma1(w[t - 2])
                }
                var (a, b, c, d, e, f, g, h) = (
                    self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h
                )
                var t = 0
                while t < 64 {
                    round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                    round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                    round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                    round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                    round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                    round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                    round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                    round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
                    t += 8
                }
                self.a &+= a
                self.b &+= b
                self.c &+= c
                self.d &+= d
                self.e &+= e
                self.f &+= f
                self.g &+= g
                self.h &+= h
                block += SHA256Hasher.blockByteCount
            }
        }
    }

    /// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
        0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7,
        0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc,
        0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351,
        0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e,
        0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585,
        0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f,
        0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
        0xc671_78f2,
    ]
}

/// One round of the compression: `h` becomes the new `a` and `d` the new `e`; the caller renames the
/// other six.
@inline(__always)
private func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantPlusWord: UInt32
) {
    let choose = g ^ (e & (f ^ g))
    let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
    let temp1 = h &+ sum1 &+ choose &+ constantPlusWord
    let majority = (a & b) | (c & (a | b))
    let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
    d &+= temp1
    h = temp1 &+ sum0 &+ majority
}

/// σ0 of the message schedule.
@inline(__always)
private func sigma0(_ x: UInt32) -> UInt32 { x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x &>> 3) }

/// σ1 of the message schedule.
@inline(__always)
private func sigma1(_ x: UInt32) -> UInt32 { x.rotatedRight(17) ^ x.rotatedRight(19) ^ (x &>> 10) }

extension UInt32 {
    /// The value rotated right by `count` bits (0 < count < 32).
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 {
        (self &>> count) | (self &<< (32 &- count))
    }
}
