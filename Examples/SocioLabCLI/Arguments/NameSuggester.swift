import SocioLabKit

/// Finds the known name closest to a mistyped one, for "did you mean …?" in usage errors.
///
/// Closeness is the kit's ``EditDistance`` (the optimal-string-alignment distance, at most one edit per
/// three characters of the known name), so the CLI and the import suggest alike.
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
        let known = candidates.map(CommandSpec.bareName)
        return EditDistance.nearest(to: typed, among: known).map { candidates[$0] }
    }

    /// The optimal-string-alignment distance between two strings, counted in characters.
    /// - Complexity: O(n × m).
    static func editDistance(_ lhs: String, _ rhs: String) -> Int { EditDistance.between(lhs, rhs) }
}
