/// A failure to read JSON: what was wrong and at which byte.
@usableFromInline package struct JSONSyntaxError: Error, Sendable {
    /// What was wrong, in a sentence.
    package var message: String
    /// The 0-based byte offset in the document where it was found.
    package var byteOffset: Int
}
