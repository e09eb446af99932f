extension Severity {
    /// The word for the severity in `language`: `error`, `warning`, `notice` in English (the raw values);
    /// `napaka`, `opozorilo`, `obvestilo` in Slovenian.
    /// - Parameter language: The language of the word.
    /// - Returns: The word, in lower case, as a line of findings prints it.
    public func word(in language: Language) -> String {
        guard language == .slovenian else { return rawValue }
        switch self {
        case .error: return "napaka"
        case .warning: return "opozorilo"
        case .notice: return "obvestilo"
        }
    }
}
