import Testing

@testable import SocioLabKit

/// Counts read as sentences in both languages: Slovenian singular, dual, plural and "5 and more".
struct CountedNounTests {
    static let slovenian: [(Int, String)] = [
        (0, "0 napak"), (1, "1 napaka"), (2, "2 napaki"), (3, "3 napake"), (4, "4 napake"), (5, "5 napak"),
        (21, "21 napak"), (102, "102 napaki"),
    ]

    @Test("Slovenian count phrases", arguments: slovenian)
    func slovenianPhrase(_ count: Int, _ expected: String) {
        #expect(CountedNoun.error.phrase(count, in: .slovenian) == expected)
    }

    @Test("English count phrases", arguments: [0, 1, 2, 3, 4, 5, 21, 102])
    func englishPhrase(_ count: Int) {
        #expect(CountedNoun.error.phrase(count, in: .english) == (count == 1 ? "1 error" : "\(count) errors"))
    }

    @Test func otherNounsFollowTheSameForms() {
        #expect(CountedNoun.warning.phrase(2, in: .slovenian) == "2 opozorili")
        #expect(CountedNoun.record.phrase(101, in: .slovenian) == "101 zapis")
        #expect(CountedNoun.column.phrase(14, in: .slovenian) == "14 stolpcev")
        #expect(CountedNoun.field.phrase(1, in: .english) == "1 field")
    }
}
