/// Text made safe to show: characters that would steer a terminal or a viewer instead of being shown are
/// replaced by a visible escape such as `\u{1B}`.
///
/// This is the one place where the kit and the CLI neutralise control characters on output: the text
/// report, the Markdown, HTML and CSV reports, and every line the CLI prints (`history`, `validate`,
/// error messages that quote a value) go through ``escaped(_:)``. What it replaces:
///
/// - the C0 controls U+0000 … U+001F (NUL, tab, line feed, carriage return, ESC …) and DEL (U+007F), so
///   no escape sequence (`ESC [ … m`), carriage return or line break hidden in a value can recolour,
///   rewrite or forge a line;
/// - the C1 controls U+0080 … U+009F (among them CSI, U+009B, which some terminals take as `ESC [`);
/// - the line and paragraph separators U+2028 and U+2029;
/// - the bidirectional embeddings, overrides and isolates U+202A … U+202E and U+2066 … U+2069, which can
///   make a line read in another order than it is stored.
///
/// Each becomes `\u{` hexadecimal `}` (upper case, no leading zeros): ESC is shown as `\u{1B}`, NUL as
/// `\u{0}`. Everything else, backslashes included, is kept as it is, so a value that holds the text
/// `\u{1B}` looks the same as one that holds ESC; use a JSON output when the exact value matters.
package enum PrintableText {
    /// The text with every character listed above replaced by its visible escape.
    /// - Parameter text: Any text, such as a value from the store or a command-line argument.
    /// - Returns: The same text when it holds none of them (no copy is made), else the escaped text.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    package static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if isEscaped(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether ``escaped(_:)`` would change the text.
    /// - Parameter text: Any text.
    /// - Returns: `true` when the text holds a character ``escaped(_:)`` replaces.
    /// - Complexity: O(*n*) in the UTF-8 length of the text; it looks at bytes and makes no copy.
    package static func needsEscaping(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(needsEscaping)
            ?? text.unicodeScalars.contains(where: isEscaped)
    }

    /// Whether a scalar is replaced by ``escaped(_:)``.
    /// - Parameter scalar: A Unicode scalar.
    /// - Returns: `true` for C0, DEL, C1, U+2028, U+2029 and the bidirectional controls.
    package static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Looks for the UTF-8 encodings of the escaped scalars: a byte below 0x20 or 0x7F; `C2 80`…`C2 9F`;
    /// `E2 80 A8`…`E2 80 AE`; `E2 81 A6`…`E2 81 A9`.
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte < 0x20 || byte == 0x7F { return true }
            if byte == 0xC2, i + 1 < count, bytes[i + 1] <= 0x9F { return true }
            if byte == 0xE2, i + 2 < count {
                let second = bytes[i + 1]
                let third = bytes[i + 2]
                if second == 0x80, third >= 0xA8, third <= 0xAE { return true }
                if second == 0x81, third >= 0xA6, third <= 0xA9 { return true }
            }
            i += 1
        }
        return false
    }
}
