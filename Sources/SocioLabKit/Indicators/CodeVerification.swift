/// How well the reference confirms an indicator's code.
public enum CodeVerification: String, Hashable, Sendable, Codable {
    /// A source shows this code next to the indicator's name.
    case verified
    /// Only third-party code or a code without its name supports it.
    case weak
    /// No source puts this code next to the name; print it marked UNVERIFIED.
    case unverified
}
