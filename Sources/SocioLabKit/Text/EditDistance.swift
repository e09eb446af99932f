/// How far apart two spellings are, for "did you mean …?" suggestions: in the CLI's usage errors and in
/// the import's messages about codes, columns and municipalities that miss.
///
/// The distance is the optimal-string-alignment edit distance: an insertion, a deletion, a substitution
/// or a swap of two neighbouring characters each cost one. A known spelling is suggested only when it is
/// close enough to be a plausible typo: at most one edit per three characters of the known spelling, and
/// at least one.
package enum EditDistance {
    /// The optimal-string-alignment distance between two strings, counted in characters.
    /// - Complexity: O(n × m).
    package static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rolling rows: the one two back is needed for swaps.
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// The most edits a typo of `known` may have: one per three characters, and at least one.
    package static func tolerance(of known: String) -> Int { max(1, known.count / 3) }

    /// The candidate closest to `typed` but not equal to it, or `nil` when none is close enough
    /// (``tolerance(of:)``).
    ///
    /// Among equally close candidates the first wins, so the answer is deterministic.
    /// - Parameters:
    ///   - typed: What the user wrote, compared as given (normalise both sides first).
    ///   - candidates: The known spellings.
    /// - Returns: The index of the closest candidate, or `nil`.
    /// - Complexity: O(c × n × m) for c candidates of length m and an input of length n.
    package static func nearest(to typed: String, among candidates: [String]) -> Int? {
        guard !typed.isEmpty else { return nil }
        var best: (index: Int, distance: Int)?
        for (index, candidate) in candidates.enumerated() {
            // The lengths alone bound the distance from below.
            guard abs(candidate.count - typed.count) <= tolerance(of: candidate) else { continue }
            let distance = between(typed, candidate)
            guard distance > 0, distance <= tolerance(of: candidate) else { continue }
            if best == nil || distance < best!.distance { best = (index, distance) }
        }
        return best?.index
    }
}
