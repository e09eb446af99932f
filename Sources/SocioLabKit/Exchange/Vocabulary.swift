import Foundation

/// A closed list of values that CSV files spell as codes (a role, a status, a gender …), with the
/// Slovenian words partner staff may write instead.
///
/// The codes are the values' raw values (``RawRepresentable/rawValue``); the Slovenian words of every
/// list are in one place, `Vocabulary+Slovenian.swift`, and `Documentation/DataFormats.md` lists them
/// (a test checks the two agree). A cell matches a value when it is the code or one of the words, without
/// case, with or without diacritics (``VocabularyKey``).
package protocol Vocabulary: RawRepresentable<String>, Sendable {
    /// Every value, in the order a message lists them.
    static var vocabulary: [Self] { get }
    /// The Slovenian words for the value, the usual one first (with diacritics).
    var slovenian: [String] { get }
}

/// One value of a vocabulary as a codebook lists it: the code files spell, and its Slovenian words.
package struct VocabularyEntry: Hashable, Sendable {
    /// The value as files spell it (`long_term_unemployed`).
    package let code: String
    /// Its Slovenian words, the usual one first.
    package let words: [String]

    /// Every value of a vocabulary, in its order.
    static func all<V: Vocabulary>(of type: V.Type, spell: (V) -> String) -> [Self] {
        V.vocabulary.map { Self(code: spell($0), words: $0.slovenian) }
    }
}

extension Vocabulary where Self: CaseIterable {
    /// Every case.
    package static var vocabulary: [Self] { Array(allCases) }
}

/// The form in which a cell is compared with the spellings of a vocabulary or a column name: lower case,
/// without diacritics (č → c, š → s, ž → z, đ → d), with spaces, dashes and dots between words written
/// as one `_`, trimmed.
package enum VocabularyKey {
    /// The comparison form of `text`: `"Dolgotrajno brezposeln"` gives `"dolgotrajno_brezposeln"`,
    /// `"Občina"` gives `"obcina"`.
    /// - Complexity: O(*n*) in the length of `text`.
    package static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSeparator = false
        FoldedScalars.forEach(in: text) { letter in
            if pendingSeparator, !scalars.isEmpty { scalars.append("_") }
            pendingSeparator = false
            scalars.append(letter)
        } other: { scalar in
            if scalar == "_" || scalar == "-" || scalar == "." || scalar.properties.isWhitespace {
                pendingSeparator = true
            } else {
                if pendingSeparator, !scalars.isEmpty { scalars.append("_") }
                pendingSeparator = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

extension ChoiceTable where T: Vocabulary {
    /// The values of a vocabulary: by their spelling in files (`spell`, the raw value unless given), their
    /// raw value and their Slovenian words, without case and diacritics.
    /// - Parameters:
    ///   - type: The vocabulary.
    ///   - spell: How a file spells a value (a gender's `f`); the raw value by default.
    static func of(_ type: T.Type, spell: (T) -> String = { $0.rawValue }) -> ChoiceTable<T> {
        let values = T.vocabulary
        let entries = values.map { value in
            (value: value, shown: spell(value), spellings: [spell(value), value.rawValue] + value.slovenian)
        }
        let shown = values.map(spell)
        return ChoiceTable(
            entries: entries, shown: shown.dropLast().joined(separator: ", ") + " or " + shown.last!)
    }
}
