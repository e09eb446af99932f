/// An ISO 3166-1 alpha-2 country code, validated against the officially assigned codes (`"SI"`, `"AT"`).
///
/// Only the 249 officially assigned codes are accepted, in capitals; user-assigned codes such as `XK`
/// are not.
public struct CountryCode: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible
{
    /// The two capital letters.
    public let rawValue: String

    /// Validates a code.
    /// - Parameter rawValue: Two capital letters.
    /// - Returns: `nil` when it is not an officially assigned ISO 3166-1 alpha-2 code.
    public init?(rawValue: String) {
        guard Self.assigned.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    /// Slovenia.
    public static let slovenia = CountryCode(rawValue: "SI")!

    /// The code.
    public var description: String { rawValue }
    /// Orders by code.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Decodes and validates a code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = CountryCode(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an ISO 3166-1 alpha-2 code")
        }
        self = code
    }

    /// Encodes the code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Every officially assigned code.
    public static let all: [CountryCode] = assigned.sorted().map { CountryCode(uncheckedCode: $0) }

    private init(uncheckedCode: String) { rawValue = uncheckedCode }

    private static let assigned: Set<String> = {
        let rows = [
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ",
            "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ",
            "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ",
            "DE DJ DK DM DO DZ", "EC EE EG EH ER ES ET", "FI FJ FK FM FO FR",
            "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY", "HK HM HN HR HT HU",
            "ID IE IL IM IN IO IQ IR IS IT", "JE JM JO JP", "KE KG KH KI KM KN KP KR KW KY KZ",
            "LA LB LC LI LK LR LS LT LU LV LY",
            "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ",
            "NA NC NE NF NG NI NL NO NP NR NU NZ", "OM", "PA PE PF PG PH PK PL PM PN PR PS PT PW PY", "QA",
            "RE RO RS RU RW", "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ",
            "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ", "UA UG UM US UY UZ", "VA VC VE VG VI VN VU",
            "WF WS", "YE YT", "ZA ZM ZW",
        ]
        return Set(rows.flatMap { $0.split(separator: " ").map(String.init) })
    }()
}
