// Four messages hashed side by side in the lanes of SIMD registers.

extension SHA256Hasher {
    /// The digests of several independent messages, computed four at a time.
    ///
    /// The four lanes of SIMD registers each hash a different message, so one pass of the rounds advances
    /// four messages; a lane whose message runs out of whole blocks finishes it on a scalar hasher and
    /// takes the next message. Each digest is exactly ``hash(_:)-(Sequence<UInt8>)`` of its message.
    /// - Parameter messages: The messages; their memory must stay valid during the call.
    /// - Returns: The 32-byte digests, in the order of `messages`.
    /// - Complexity: O(total bytes), about twice as fast as hashing the messages one after another.
    static func digests(of messages: [UnsafeRawBufferPointer]) -> [[UInt8]] {
        var digests = [[UInt8]](repeating: [], count: messages.count)
        var lanes = [Lane?](repeating: nil, count: FourLanes.count)
        var state = FourLanes()
        var nextMessage = 0
        while true {
            // Give every idle lane the next message with at least one whole block.
            for lane in 0..<FourLanes.count where lanes[lane] == nil {
                while nextMessage < messages.count {
                    let message = messages[nextMessage]
                    let blocks = message.count / Self.blockByteCount
                    if blocks == 0 {
                        digests[nextMessage] = Self.finishing(message, from: State())
                        nextMessage += 1
                        continue
                    }
                    lanes[lane] = Lane(message: nextMessage, next: message.baseAddress!, blocksLeft: blocks)
                    state.set(lane, to: State())
                    nextMessage += 1
                    break
                }
            }
            let busy = lanes.indices.filter { lanes[$0] != nil }
            if busy.isEmpty { return digests }
            // A single message left: scalar code is faster than a pass with three idle lanes.
            if busy.count == 1, nextMessage == messages.count {
                let lane = lanes[busy[0]]!
                var rest = state.state(of: busy[0])
                rest.compress(blocks: lane.next, count: lane.blocksLeft)
                digests[lane.message] = Self.finishing(messages[lane.message], from: rest)
                return digests
            }
            let steps = busy.map { lanes[$0]!.blocksLeft }.min()!
            // An idle lane repeats a busy lane's work; its result is never read.
            let stand = lanes[busy[0]]!.next
            state.compress(
                blocks: (
                    lanes[0]?.next ?? stand, lanes[1]?.next ?? stand, lanes[2]?.next ?? stand,
                    lanes[3]?.next ?? stand
                ),
                count: steps)
            for lane in busy {
                lanes[lane]!.next += steps * Self.blockByteCount
                lanes[lane]!.blocksLeft -= steps
                if lanes[lane]!.blocksLeft == 0 {
                    let message = lanes[lane]!.message
                    digests[message] = Self.finishing(messages[message], from: state.state(of: lane))
                    lanes[lane] = nil
                }
            }
        }
    }

    /// The digest of `message` given the state after all its whole blocks: the partial block and the
    /// padding are hashed by a scalar hasher.
    private static func finishing(_ message: UnsafeRawBufferPointer, from state: State) -> [UInt8] {
        let whole = message.count / blockByteCount * blockByteCount
        var hasher = SHA256Hasher(state: state, byteCount: UInt64(whole))
        hasher.update(UnsafeRawBufferPointer(rebasing: message[whole...]))
        return hasher.finalize()
    }

    /// A message being hashed in one lane.
    private struct Lane {
        /// Its index among the messages.
        var message: Int
        /// Its next block.
        var next: UnsafeRawPointer
        /// Its whole blocks not yet compressed.
        var blocksLeft: Int
    }

    /// Four hash states side by side: lane *i* of each vector is the working variable of message *i*.
    struct FourLanes {
        typealias Words = SIMD4<UInt32>
        /// The number of lanes.
        static let count = 4

        var a = Words(repeating: 0)
        var b = Words(repeating: 0)
        var c = Words(repeating: 0)
        var d = Words(repeating: 0)
        var e = Words(repeating: 0)
        var f = Words(repeating: 0)
        var g = Words(repeating: 0)
        var h = Words(repeating: 0)

        /// Puts a scalar state into `lane`.
        mutating func set(_ lane: Int, to state: State) {
            a[lane] = state.a
            b[lane] = state.b
            c[lane] = state.c
            d[lane] = state.d
            e[lane] = state.e
            f[lane] = state.f
            g[lane] = state.g
            h[lane] = state.h
        }

        /// The scalar state in `lane`.
        func state(of lane: Int) -> State {
            State(
                a: a[lane], b: b[lane], c: c[lane], d: d[lane], e: e[lane], f: f[lane], g: g[lane], h: h[lane]
            )
        }

        /// Compresses `count` consecutive blocks in each lane; lane *i* reads them from `blocks.i`.
        mutating func compress(
            blocks: (UnsafeRawPointer, UnsafeRawPointer, UnsafeRawPointer, UnsafeRawPointer), count: Int
        ) {
            SHA256Hasher.roundConstants.withUnsafeBufferPointer { constants in
                withUnsafeTemporaryAllocation(of: Words.self, capacity: 64) { schedule in
                    compress(
                        blocks: blocks, count: count, k: constants.baseAddress!,
                        w: schedule.baseAddress!)
                }
            }
        }

        private mutating func compress(
            blocks: (UnsafeRawPointer, UnsafeRawPointer, UnsafeRawPointer, UnsafeRawPointer),
            count: Int, k: UnsafePointer<UInt32>,
            w: UnsafeMutablePointer<Words>
        ) {
            var (p0, p1, p2, p3) = blocks
            for _ in 0..<count {
                for t in 0..<16 {
                    w[t] = Words(
                        UInt32(bigEndian: p0.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self)),
                        UInt32(bigEndian: p1.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self)),
                        UInt32(bigEndian: p2.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self)),
                        UInt32(bigEndian: p3.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self)))
                }
                for t in 16..<64 {
                    w[t] = w[t - 16] &+ sigma0(w[t - 15]) &+ w[t - 7] &+ sigma1(w[t - 2])
                }
                var (a, b, c, d, e, f, g, h) = (
                    self.a, self.b, self.c, self.d, self.e, self.f, self.g, self.h
                )
                var t = 0
                while t < 64 {
                    round(a, b, c, &d, e, f, g, &h, Words(repeating: k[t]) &+ w[t])
                    round(h, a, b, &c, d, e, f, &g, Words(repeating: k[t + 1]) &+ w[t + 1])
                    round(g, h, a, &b, c, d, e, &f, Words(repeating: k[t + 2]) &+ w[t + 2])
                    round(f, g, h, &a, b, c, d, &e, Words(repeating: k[t + 3]) &+ w[t + 3])
                    round(e, f, g, &h, a, b, c, &d, Words(repeating: k[t + 4]) &+ w[t + 4])
                    round(d, e, f, &g, h, a, b, &c, Words(repeating: k[t + 5]) &+ w[t + 5])
                    round(c, d, e, &f, g, h, a, &b, Words(repeating: k[t + 6]) &+ w[t + 6])
                    round(b, c, d, &e, f, g, h, &a, Words(repeating: k[t + 7]) &+ w[t + 7])
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
                p0 += SHA256Hasher.blockByteCount
                p1 += SHA256Hasher.blockByteCount
                p2 += SHA256Hasher.blockByteCount
                p3 += SHA256Hasher.blockByteCount
            }
        }
    }
}

/// One round on four lanes at once; see the scalar ``round(_:_:_:_:_:_:_:_:_:)``.
@inline(__always)
private func round(
    _ a: SIMD4<UInt32>, _ b: SIMD4<UInt32>, _ c: SIMD4<UInt32>, _ d: inout SIMD4<UInt32>,
    _ e: SIMD4<UInt32>, _ f: SIMD4<UInt32>, _ g: SIMD4<UInt32>, _ h: inout SIMD4<UInt32>,
    _ constantPlusWord: SIMD4<UInt32>
) {
    let choose = g ^ (e & (f ^ g))
    let sum1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
    let temp1 = h &+ sum1 &+ choose &+ constantPlusWord
    let majority = (a & b) | (c & (a | b))
    let sum0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
    d &+= temp1
    h = temp1 &+ sum0 &+ majority
}

/// σ0 of the message schedule, on four lanes.
@inline(__always)
private func sigma0(_ x: SIMD4<UInt32>) -> SIMD4<UInt32> {
    x.rotatedRight(7) ^ x.rotatedRight(18) ^ (x &>> 3)
}

/// σ1 of the message schedule, on four lanes.
@inline(__always)
private func sigma1(_ x: SIMD4<UInt32>) -> SIMD4<UInt32> {
    x.rotatedRight(17) ^ x.rotatedRight(19) ^ (x &>> 10)
}

extension SIMD4<UInt32> {
    /// Each lane rotated right by `count` bits (0 < count < 32).
    ///
    /// The two shifted halves have no bit in common, so adding them is the same as or-ing them; written
    /// with `&+`, the compiler keeps it as two vector shifts and an or, where `|` would be recognised as a
    /// rotation that x86-64's baseline vector instructions lack and be split into four scalar rotations.
    @inline(__always)
    fileprivate func rotatedRight(_ count: UInt32) -> SIMD4<UInt32> {
        (self &>> count) &+ (self &<< (32 &- count))
    }
}
