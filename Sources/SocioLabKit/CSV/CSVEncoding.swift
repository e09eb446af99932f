/// A text encoding a CSV file can be read in.
///
/// The import detects the encoding when none is given: a byte order mark decides first, then valid
/// UTF-8, and otherwise Windows-1250, which Slovenian Excel writes when asked for plain "CSV".
public enum CSVEncoding: String, CaseIterable, Codable, Hashable, Sendable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// UTF-16; the byte order mark decides the byte order, little-endian when there is none.
    case utf16
    /// Windows-1250 (Central European), one byte per character.
    case windows1250
}
