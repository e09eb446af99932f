/// Validation messages as a partner reads them: no personal data of a person the partner does not see.
extension PartnerScope {
    /// The issues with every personal text of every person the partner does not see — every value of a
    /// field a schema marks as personal data (``SchemaField/isPersonal``) in a record that belongs to such
    /// a person — replaced by `[skrito]` / `[hidden]` in their message and fix, whatever the kind of the
    /// entity an issue is about (or none).
    ///
    /// A text is replaced where it stands as a whole between word boundaries (a hidden name `Ana` is
    /// replaced in "Ana Kovač", not in "Analiza"); of two that start at one place, the longer.
    /// - Complexity: O(*n*) in the records of the kinds with personal data (their personal values read
    ///   once, when there are issues), then O(*m*) in the length of the issues' texts.
    func sanitised(_ issues: [ValidationIssue], in dataset: Dataset) -> [ValidationIssue] {
        guard !issues.isEmpty else { return issues }
        var tokens: Set<String> = []
        for issue in issues {
            for text in [issue.message.sl, issue.message.en, issue.fix.sl, issue.fix.en] {
                let characters = Array(text)
                for token in HiddenTexts.tokens(characters) { tokens.insert(String(characters[token])) }
            }
        }
        let hidden = HiddenTexts(hiddenTextsIn: dataset, from: self, startingWith: tokens)
        guard !hidden.isEmpty else { return issues }
        return issues.map { issue in
            var copy = issue
            copy.message = hidden.hiding(in: issue.message)
            copy.fix = hidden.hiding(in: issue.fix)
            return copy
        }
    }
}

/// The personal texts a partner may not read, indexed by their first token so that finding them in a
/// message costs in proportion to the message.
struct HiddenTexts {
    /// The texts by their first token, as characters, longest first.
    private var byFirstToken: [String: [[Character]]] = [:]

    var isEmpty: Bool { byFirstToken.isEmpty }

    /// Collects the personal texts of the records of every kind with personal data whose persons (the
    /// record's own for a person, else the persons it refers to) `scope` sees none of, keeping those whose
    /// first token is one of `tokens` (the tokens of the texts to search: no other can occur in them).
    /// Whether the partner sees a record's persons is asked only of records with such a text.
    init(hiddenTextsIn dataset: Dataset, from scope: PartnerScope, startingWith tokens: Set<String>) {
        struct Collect: EntityTypeVisitor {
            let dataset: Dataset
            let scope: PartnerScope
            let tokens: Set<String>
            func visit<E: RegisteredEntity>(_ type: E.Type) -> [(token: String, text: [Character])] {
                guard E.schema.hasPersonalData else { return [] }
                var found: [(token: String, text: [Character])] = []
                for entity in dataset.registry[E.self].table.all {
                    let candidates = E.schema.personalTexts(of: entity).compactMap {
                        text -> (token: String, text: [Character])? in
                        let characters = Array(text)
                        guard let first = HiddenTexts.tokens(characters).first else { return nil }
                        let token = String(characters[first])
                        return tokens.contains(token) ? (token, characters) : nil
                    }
                    guard !candidates.isEmpty else { continue }
                    let reference = entity.record.reference
                    var owners = entity.references.filter { $0.kind == .person }.map { Person.ID($0.id) }
                    if reference.kind == .person { owners.append(Person.ID(reference.id)) }
                    guard !owners.isEmpty, !owners.contains(where: { scope.sees($0, in: dataset) }) else {
                        continue
                    }
                    found += candidates
                }
                return found
            }
        }
        var collect = Collect(dataset: dataset, scope: scope, tokens: tokens)
        for kind in EntityKind.allCases {
            for (token, text) in kind.accept(&collect) { byFirstToken[token, default: []].append(text) }
        }
        for key in byFirstToken.keys { byFirstToken[key]!.sort { $0.count > $1.count } }
    }

    /// Both languages of a text with the hidden texts replaced.
    func hiding(in text: LocalizedText) -> LocalizedText {
        LocalizedText(sl: hiding(in: text.sl, with: "[skrito]"), en: hiding(in: text.en, with: "[hidden]"))
    }

    /// A text with every hidden text that stands between word boundaries replaced by `placeholder`.
    func hiding(in text: String, with placeholder: String) -> String {
        let characters = Array(text)
        var result = ""
        var copied = 0
        for token in Self.tokens(characters) where token.lowerBound >= copied {
            guard let candidates = byFirstToken[String(characters[token])] else { continue }
            let start = token.lowerBound
            let match = candidates.first { candidate in
                let end = start + candidate.count
                return end <= characters.count && characters[start..<end].elementsEqual(candidate)
                    && Self.isBoundary(end, in: characters)
            }
            guard let match else { continue }
            result += String(characters[copied..<start]) + placeholder
            copied = start + match.count
        }
        return copied == 0 ? text : result + String(characters[copied...])
    }

    private enum CharacterClass { case word, space, other }

    private static func characterClass(_ character: Character) -> CharacterClass {
        if character.isLetter || character.isNumber { return .word }
        return character.isWhitespace ? .space : .other
    }

    /// Whether a position is a word boundary: an end, a change between word and space characters, or
    /// next to any other character (punctuation, `@` …), each of which is a token of its own.
    private static func isBoundary(_ position: Int, in characters: [Character]) -> Bool {
        guard position > 0, position < characters.count else { return true }
        let (before, after) = (characterClass(characters[position - 1]), characterClass(characters[position]))
        return before != after || before == .other
    }

    /// The tokens of a text: runs of word characters, runs of spaces, and single other characters.
    static func tokens(_ characters: [Character]) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var start = 0
        for position in 1...max(characters.count, 1) where isBoundary(position, in: characters) {
            guard position > start, position <= characters.count else { continue }
            tokens.append(start..<position)
            start = position
        }
        return tokens.filter { !$0.isEmpty && characterClass(characters[$0.lowerBound]) != .space }
    }
}
