import Foundation

/// The one folding of text for comparison that column names, vocabulary words and municipality names share:
/// letters and digits lower case and without diacritics (č → c, š → s, ž → z, ć → c, đ → d), every other
/// scalar passed on as it is for the caller to treat as a separator or keep.
///
/// ``VocabularyKey/fold(_:)`` joins words with `_`; `Municipality.normalizedName(_:)` splits them at
/// anything that is not a letter or digit.
enum FoldedScalars {
    /// Calls `letter` with each letter or digit of `text` folded (a scalar that lower-cases to several
    /// scalars gives each in turn) and `other` with every other scalar, in order; diacritical marks are
    /// dropped.
    /// - Parameters:
    ///   - text: The text.
    ///   - letter: Called with a folded letter or digit.
    ///   - other: Called with any other scalar (a space, `_`, `-`, a dot, a comma …).
    /// - Complexity: O(*n*) in the length of `text`.
    static func forEach(
        in text: String, letter: (Unicode.Scalar) -> Void, other: (Unicode.Scalar) -> Void
    ) {
        let decomposed = text.replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D").decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isAlphabetic || properties.numericType != nil {
                for lower in String(scalar).lowercased().unicodeScalars { letter(lower) }
            } else {
                other(scalar)
            }
        }
    }
}
