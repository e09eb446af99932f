/// The character that separates fields in a CSV record.
public enum CSVDelimiter: String, CaseIterable, Codable, Hashable, Sendable {
    /// `,` — the RFC 4180 default.
    case comma = ","
    /// `;` — what Excel writes where the decimal separator is a comma (Slovenia, most of Europe).
    case semicolon = ";"
    /// A horizontal tab.
    case tab = "\t"

    /// The delimiter's single ASCII byte.
    public var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }
}
