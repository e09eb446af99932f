import Testing

@testable import SocioLabKit

/// Column names, vocabulary words and municipality names share one folding of letters.
struct FoldedScalarsTests {
    static func folded(_ text: String) -> String {
        var out = ""
        FoldedScalars.forEach(in: text) {
            out.unicodeScalars.append($0)
        } other: {
            out += "|\($0)|"
        }
        return out
    }

    @Test(arguments: [
        ("Občina", "obcina"), ("ŠĐŽĆČ", "sdzcc"), ("đ-x", "d|-|x"), ("a b", "a| |b"), ("İ", "i"),
        ("e_pošta", "e|_|posta"), ("42", "42"),
    ])
    func lettersLoseCaseAndDiacritics(text: String, expected: String) {
        #expect(Self.folded(text) == expected)
    }

    @Test func bothUsersFoldTheSameLetters() {
        #expect(VocabularyKey.fold("Hoče - Slivnica") == "hoce_slivnica")
        #expect(Municipality.normalizedName("Hoče - Slivnica") == "hoce slivnica")
        #expect(VocabularyKey.fold("Datum  Rojstva.") == "datum_rojstva")
        #expect(Municipality.normalizedName("MO Ptuj") == "ptuj")
    }
}
