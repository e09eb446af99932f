/// Official names that differ from the reference list's, and the municipality a misspelt name most likely
/// means.
extension Municipality {
    /// Official names the reference list writes shorter, by ``normalizedName(_:)``: the seat's full name
    /// where the municipality carries it ("Lenart v Slovenskih goricah"), and the bilingual names of the
    /// municipalities of the Italian and Hungarian communities ("Koper - Capodistria").
    static let officialNames: [String: Code] = {
        let names: [(String, String)] = [
            ("Lenart v Slovenskih goricah", "058"), ("Šentilj v Slovenskih goricah", "118"),
            ("Koper - Capodistria", "050"), ("Izola - Isola", "040"), ("Piran - Pirano", "090"),
            ("Ankaran - Ancarano", "213"), ("Lendava - Lendva", "059"), ("Dobrovnik - Dobronak", "156"),
            ("Hodoš - Hodos", "161"),
        ]
        return Dictionary(uniqueKeysWithValues: names.map { (normalizedName($0.0), Code(rawValue: $0.1)!) })
    }()

    /// The municipality a name that matches none most likely means, for "did you mean …?".
    ///
    /// A name within a few edits of a municipality's (``EditDistance``: "Maribr" → Maribor) or whose words
    /// are the beginnings of its words ("Slov. Bistrica" → Slovenska Bistrica, "Sv. Ana" → Sveta Ana) is
    /// suggested; the first in code order wins a tie.
    /// - Parameter text: The name as written.
    /// - Returns: The municipality, or `nil` when none is close.
    /// - Complexity: O(*n*) in the number of municipalities.
    package static func suggestion(for text: String) -> Municipality? {
        let typed = normalizedName(text)
        guard !typed.isEmpty else { return nil }
        let words = typed.split(separator: " ")
        for municipality in all {
            let name = normalizedName(municipality.name).split(separator: " ")
            guard name.count == words.count else { continue }
            if zip(words, name).allSatisfy({ $0.count >= 2 && $1.hasPrefix($0) }) { return municipality }
        }
        let names = all.map { normalizedName($0.name) }
        return EditDistance.nearest(to: typed, among: names).map { all[$0] }
    }
}
