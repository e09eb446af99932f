/// An ESF common indicator: its code, wording and how it is counted here.
package struct ESFIndicatorDefinition: Hashable, Sendable, Codable {
    /// The code, such as `"CO01"`.
    package var code: String
    /// The wording.
    package var title: LocalizedText
    /// How well the code is confirmed.
    package var verification: CodeVerification
    /// How it is counted (English).
    package var rule: String
    /// Whether it counts organisations rather than participants.
    package var isEntity: Bool

    init(
        _ code: String, _ sl: String, _ en: String, _ verification: CodeVerification, _ rule: String,
        entity: Bool = false
    ) {
        self.code = code
        self.title = LocalizedText(sl: sl, en: en)
        self.verification = verification
        self.rule = rule
        self.isEntity = entity
    }
}
