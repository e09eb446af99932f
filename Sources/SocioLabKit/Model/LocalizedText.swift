/// A language reports and messages are written in.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    /// Slovenian, the operation's working language.
    case slovenian = "sl"
    /// English.
    case english = "en"
}

/// A text in Slovenian and English.
public struct LocalizedText: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The Slovenian text.
    public var sl: String
    /// The English text.
    public var en: String

    /// Creates a text in both languages.
    public init(sl: String, en: String) {
        self.sl = sl
        self.en = en
    }

    /// The text in `language`.
    public subscript(language: Language) -> String { language == .slovenian ? sl : en }
    /// The English text.
    public var description: String { en }
}
