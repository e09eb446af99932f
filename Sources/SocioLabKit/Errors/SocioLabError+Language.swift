extension SocioLabError {
    /// Creates an error whose message is written in Slovenian and English.
    ///
    /// ```swift
    /// SocioLabError(
    ///     .csvEmpty,
    ///     LocalizedText(sl: "Datoteka CSV je prazna. …", en: "The CSV file is empty. …"),
    ///     at: .init(file: "persons.csv"))
    /// ```
    /// - Parameters:
    ///   - code: The stable code.
    ///   - text: What went wrong and what to do, in both languages; ``message`` is its English text.
    ///   - location: Where it happened.
    public init(_ code: Code, _ text: LocalizedText, at location: Location = Location()) {
        self.init(code, text.en, at: location)
        slovenianMessage = text.sl
    }

    /// The message in both languages; the Slovenian text is the English one when the error has none.
    ///
    /// Setting it sets ``message`` to the English text and keeps the Slovenian one.
    public var localizedMessage: LocalizedText {
        get { LocalizedText(sl: slovenianMessage ?? message, en: message) }
        set {
            message = newValue.en
            slovenianMessage = newValue.sl
        }
    }

    /// Whether the error has a Slovenian message of its own (rather than falling back to English).
    package var hasSlovenianMessage: Bool { slovenianMessage != nil }

    /// The message in `language`: the English ``message`` when the error has no Slovenian text.
    /// - Parameter language: The language to show.
    /// - Returns: The sentence saying what went wrong and what to do.
    public func message(in language: Language) -> String {
        language == .slovenian ? (slovenianMessage ?? message) : message
    }

    /// ``description`` in `language`: `FILE:LINE:COLUMN: message [code]`, the place written the same in
    /// both languages except the byte offset (`(bajt N)` in Slovenian).
    /// - Parameter language: The language of the message.
    /// - Returns: The place, the message and the code, on one line.
    public func description(in language: Language) -> String {
        let place = location.description(in: language)
        return (place.isEmpty ? "" : place + ": ") + message(in: language) + " [\(code.rawValue)]"
    }
}

extension SocioLabError.Location {
    /// ``description`` in `language`: the same parts, with the byte offset as `(bajt N)` in Slovenian.
    /// - Parameter language: The language of the word for "byte".
    /// - Returns: `file:line:column:field`, the byte offset and the entity, where known.
    public func description(in language: Language) -> String {
        guard language == .slovenian, let byteOffset else { return description }
        var copy = self
        copy.byteOffset = nil
        copy.entity = nil
        var text = copy.description
        text += (text.isEmpty ? "" : " ") + "(bajt \(byteOffset))"
        if let entity { text += " " + entity }
        return text
    }
}
