/// Finds the known name closest to a mistyped one, for "did you mean …?" in usage errors.
///
/// Closeness is the optimal-string-alignment edit distance: an insertion, a deletion, a substitution or a
/// swap of two neighbouring characters each cost one. A name is suggested only when it is close enough to
/// be a plausible typo: at most one edit per three characters of the known name, and at least one.
enum NameSuggester {
    /// The candidate closest to `input`, or `nil` when none is close enough.
    ///
    /// Leading dashes are ignored on both sides, so `--formt` finds `--format`. Among equally close
    /// candidates the first in `candidates` wins, so the answer is deterministic.
    /// - Parameters:
    ///   - input: What the user typed.
    ///   - candidates: The known names, as they should be printed.
    /// - Returns: The suggestion as written in `candidates`, or `nil`.
    /// - Complexity: O(c × n × m) for c candidates of length m and an input of length n.
    static func suggestion(for input: String, among candidates: [String]) -> String? {
        let typed = CommandSpec.bareName(input)
        guard !typed.isEmpty else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let known = CommandSpec.bareName(candidate)
            let distance = editDistance(typed, known)
            guard distance > 0, distance <= max(1, known.count / 3) else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The optimal-string-alignment distance between two strings, counted in characters.
    /// - Complexity: O(n × m).
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rolling rows: the one two back is needed for transpositions.
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
}
