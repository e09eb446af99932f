/// A small, fast, seeded pseudo-random number generator (SplitMix64) for reproducible sample data.
///
/// The same seed always gives the same sequence, on every platform and Swift version: the generator and
/// the helpers below (``uniform(_:)``, ``chance(_:)``, ``pick(_:)``, ``shuffle(_:)``) are written here
/// rather than taken from the standard library, whose bounded-integer and shuffle algorithms are not
/// promised to stay the same. It is not cryptographically secure and must never make secrets.
///
/// The algorithm is Steele, Lea and Flood's SplitMix64 (2014): a Weyl sequence with step
/// 0x9E3779B97F4A7C15 passed through a 64-bit mixing function.
///
/// The one generator of the package: sample data (`SocioLabTesting`), the tests and the benchmarks all
/// draw from it. It is `@inlinable` so that the sample generators in other modules, which call it for
/// every field of millions of records, get it inlined as they did when it lived beside them.
@usableFromInline package struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    /// The internal state; the next output is the mix of `state + 0x9E3779B97F4A7C15`.
    @usableFromInline package internal(set) var state: UInt64

    /// Creates a generator whose sequence is fully determined by `seed`.
    /// - Parameter seed: Any 64-bit value; seeds that differ in one bit give unrelated sequences.
    @inlinable package init(seed: UInt64) { state = seed }

    /// Creates an independent generator for one numbered stream of a seed, such as one person of a
    /// large sample: stream `n` can be regenerated on its own without generating streams `0..<n`.
    /// - Parameters:
    ///   - seed: The sample's seed.
    ///   - stream: The stream's number.
    @inlinable package init(seed: UInt64, stream: UInt64) {
        state =
            SplitMix64.mix(seed ^ 0x6A09_E667_F3BC_C909) &+ SplitMix64.mix(stream &+ 0xBB67_AE85_84CA_A73B)
    }

    /// The next 64 random bits.
    @inlinable package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniformly distributed integer in `0..<upperBound`.
    ///
    /// Uses the high half of a 64×64-bit product (Lemire's multiply-shift without rejection); its bias is
    /// below 2⁻³² for the bounds sample data uses, and it never changes between Swift versions.
    /// - Parameter upperBound: A positive bound.
    /// - Returns: A value in `0..<upperBound`.
    @inlinable package mutating func uniform(_ upperBound: Int) -> Int {
        precondition(upperBound > 0, "upperBound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(upperBound)).high)
    }

    /// A uniformly distributed integer in `range`.
    /// - Parameter range: A non-empty closed range.
    /// - Returns: A value in `range`.
    @inlinable package mutating func uniform(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + uniform(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `probability` (0 … 1), decided on 53 random bits.
    /// - Parameter probability: The chance of `true`.
    /// - Returns: Whether the event happened.
    @inlinable package mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < probability
    }

    /// One element of a non-empty collection, uniformly.
    /// - Parameter elements: The choices.
    /// - Returns: The chosen element.
    @inlinable package mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element {
        elements[elements.index(elements.startIndex, offsetBy: uniform(elements.count))]
    }

    /// One of `choices`, chosen with probability proportional to its weight.
    /// - Parameter choices: Pairs of a value and a positive weight.
    /// - Returns: The chosen value.
    @inlinable package mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
        let total = choices.reduce(0) { $0 + $1.1 }
        var roll = uniform(total)
        for (value, weight) in choices {
            if roll < weight { return value }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    /// Shuffles `array` in place (Fisher–Yates, with this generator).
    /// - Parameter array: The array to shuffle.
    /// - Complexity: O(*n*).
    @inlinable package mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, uniform(i + 1))
        }
    }

    /// `count` distinct elements of `elements`, in random order.
    /// - Parameters:
    ///   - count: How many; at most `elements.count`.
    ///   - elements: The choices.
    /// - Returns: The chosen elements.
    @inlinable package mutating func sample<T>(_ count: Int, from elements: [T]) -> [T] {
        var copy = elements
        shuffle(&copy)
        return Array(copy.prefix(count))
    }

    /// The SplitMix64 finaliser: a bijective mix of 64 bits.
    @inlinable static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
