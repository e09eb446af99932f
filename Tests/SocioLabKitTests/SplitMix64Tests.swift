import SocioLabKit
import Testing

struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // The published SplitMix64 outputs for seed 0.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func sameSeedSameSequenceDifferentSeedDifferent() {
        var a = SplitMix64(seed: 42)
        var b = SplitMix64(seed: 42)
        var c = SplitMix64(seed: 43)
        let first = (0..<16).map { _ in a.next() }
        #expect(first == (0..<16).map { _ in b.next() })
        #expect(first != (0..<16).map { _ in c.next() })
    }

    @Test func streamsAreIndependentAndRepeatable() {
        var a = SplitMix64(seed: 7, stream: 1)
        var b = SplitMix64(seed: 7, stream: 2)
        var again = SplitMix64(seed: 7, stream: 1)
        let x = a.next()
        #expect(x != b.next())
        #expect(x == again.next())
    }

    @Test(arguments: [1, 2, 3, 10, 1000])
    func uniformStaysInBoundsAndCoversThem(bound: Int) {
        var rng = SplitMix64(seed: 99)
        var seen = Set<Int>()
        for _ in 0..<(bound * 50) {
            let value = rng.uniform(bound)
            #expect((0..<bound).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == bound)
    }

    @Test func shuffleAndSampleArePermutations() {
        var rng = SplitMix64(seed: 5)
        var values = Array(0..<100)
        rng.shuffle(&values)
        #expect(values.sorted() == Array(0..<100))
        #expect(values != Array(0..<100))
        let sample = rng.sample(10, from: Array(0..<100))
        #expect(Set(sample).count == 10)
    }

    @Test func chanceFollowsTheProbability() {
        var rng = SplitMix64(seed: 11)
        let hits = (0..<10_000).filter { _ in rng.chance(0.3) }.count
        #expect((2_700...3_300).contains(hits))
        #expect(!(0..<1000).contains { _ in rng.chance(0) })
        #expect((0..<1000).allSatisfy { _ in rng.chance(1) })
    }
}
