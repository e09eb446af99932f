import Foundation

/// The accepted spellings of a fixed list of values, matched on bytes, then without case and diacritics,
/// and the message for a cell that matches none (with the nearest value suggested).
struct ChoiceTable<T: Sendable>: Sendable {
    /// Each accepted spelling (lower case) with its value.
    let spellings: [(String, T)]
    /// The spellings' bytes one after another, where spelling `i` ends at `ends[i]`, and their values: read
    /// in place for every cell (an array of `([UInt8], T)` pairs retains each spelling it looks at).
    private let bytes: [UInt8]
    private let ends: [Int]
    private let values: [T]
    /// Each spelling in its ``VocabularyKey`` form, its value and the code a message shows for it.
    private let folded: [(key: String, value: T, shown: String)]
    /// What an error message lists.
    let shown: String

    /// A table whose spellings are shown as themselves in a suggestion.
    init(_ spellings: [(String, T)], shown: String) {
        self.init(entries: spellings.map { (value: $0.1, shown: $0.0, spellings: [$0.0]) }, shown: shown)
    }

    /// A table of values, each with the code a message shows and every spelling it accepts.
    init(entries: [(value: T, shown: String, spellings: [String])], shown: String) {
        var spellings: [(String, T)] = []
        var folded: [(key: String, value: T, shown: String)] = []
        var seen: Set<String> = []
        var seenFolded: Set<String> = []
        for entry in entries {
            for spelling in entry.spellings {
                let lower = spelling.lowercased()
                if seen.insert(lower).inserted { spellings.append((lower, entry.value)) }
                let key = VocabularyKey.fold(spelling)
                if seenFolded.insert(key).inserted { folded.append((key, entry.value, entry.shown)) }
            }
        }
        self.spellings = spellings
        self.folded = folded
        bytes = spellings.flatMap { Array($0.0.utf8) }
        var ends: [Int] = []
        for (spelling, _) in spellings { ends.append((ends.last ?? 0) + spelling.utf8.count) }
        self.ends = ends
        values = spellings.map(\.1)
        self.shown = shown
    }

    /// The value spelled exactly as `cell`.
    func exact(_ cell: UnsafeBufferPointer<UInt8>) -> T? {
        guard let base = cell.baseAddress, !bytes.isEmpty else { return nil }
        let found = bytes.withUnsafeBufferPointer { all -> Int? in
            var start = 0
            for index in ends.indices {
                let end = ends[index]
                if end - start == cell.count, memcmp(all.baseAddress! + start, base, cell.count) == 0 {
                    return index
                }
                start = end
            }
            return nil
        }
        return found.map { values[$0] }
    }

    /// The value `cell` spells without case, or in its ``VocabularyKey`` form (no diacritics, `_` or a
    /// space between words).
    func match(_ cell: String) -> T? {
        let lower = cell.lowercased()
        for (spelling, value) in spellings where spelling == lower { return value }
        let key = VocabularyKey.fold(cell)
        for entry in folded where entry.key == key { return entry.value }
        return nil
    }

    /// The code of the value nearest to `cell` (``EditDistance``), if one is close enough.
    func suggestion(for cell: String) -> String? {
        EditDistance.nearest(to: VocabularyKey.fold(cell), among: folded.map(\.key)).map { folded[$0].shown }
    }

    /// The message for a cell of `column` that is none of the values: what it is not, the nearest value,
    /// and every value.
    func refusal(_ cell: String, column: String) -> LocalizedText {
        let suggestion = suggestion(for: cell)
        let excerpt = CellText.excerpt(cell)
        let alternatives = shown.replacingOccurrences(of: " or ", with: " ali ")
        return LocalizedText(
            sl:
                "'\(excerpt)' ni veljavna vrednost stolpca \(column).\(suggestion.map { " Ste mislili \($0)?" } ?? "") "
                + "Vpišite \(alternatives) (ali slovensko ustreznico iz DataFormats.md).",
            en:
                "'\(excerpt)' is not a valid \(column).\(suggestion.map { " Did you mean \($0)?" } ?? "") Write "
                + "\(shown) (or its Slovenian word, listed in DataFormats.md).")
    }
}
