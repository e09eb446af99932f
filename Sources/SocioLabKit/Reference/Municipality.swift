import Foundation

/// A Slovenian municipality (občina), from the built-in reference list of all 212.
///
/// Each has the three-digit code of the statistical office (SURS), which ISO 3166-2:SI also uses
/// (`SI-070` is Maribor). The 41 municipalities of the Podravska statistical region carry their
/// administrative unit (upravna enota). The list is compiled into the library; nothing is read at run time.
///
/// ```swift
/// Municipality.lookup("MO Maribor")?.code        // "070"
/// Municipality.lookup("Hoce-Slivnica")?.name     // "Hoče - Slivnica"
/// Municipality.lookup("SI-18")?.name             // "Destrnik"
/// ```
///
/// Sources: `slovenia-municipalities.csv` (ISO 3166-2:SI from pycountry) and
/// `podravje-municipalities.csv`; see `Documentation/Identifiers.md` for which administrative units are
/// verified and which were inferred.
public struct Municipality: Hashable, Sendable, Codable, Identifiable {
    /// A municipality code: three digits, zero-padded ("018"), encoded as that string.
    public struct Code: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
        /// The three digits, such as `"018"`.
        public let rawValue: String

        /// Accepts exactly three ASCII digits, 001–999.
        /// - Parameter rawValue: The zero-padded code.
        public init?(rawValue: String) {
            guard rawValue.utf8.count == 3, let number = Int(rawValue), number > 0,
                rawValue.utf8.allSatisfy({ (48...57).contains($0) })
            else { return nil }
            self.rawValue = rawValue
        }

        /// The code for a number, 1–999.
        /// - Parameter number: The code as a number (18 gives `"018"`).
        public init?(_ number: Int) {
            guard (1...999).contains(number) else { return nil }
            let text = String(number)
            rawValue = String(repeating: "0", count: 3 - text.count) + text
        }

        /// Reads a code as people write it: `"18"`, `"018"`, `"SI-018"`, `"si 18"`.
        /// - Parameter text: The code, with an optional ISO `SI-` prefix and surrounding spaces.
        /// - Returns: The code, or `nil` when the rest is not 1–3 digits naming 1–999.
        public init?(parsing text: String) {
            var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
            if rest.uppercased().hasPrefix("SI") {
                rest = rest.dropFirst(2).drop { $0 == "-" || $0 == " " }
            }
            guard (1...3).contains(rest.utf8.count), rest.utf8.allSatisfy({ (48...57).contains($0) }),
                let number = Int(rest)
            else { return nil }
            self.init(number)
        }

        /// The code as a number (`"018"` gives 18).
        public var number: Int { Int(rawValue)! }

        /// The ISO 3166-2 code, such as `"SI-018"`.
        public var isoCode: String { "SI-" + rawValue }

        /// The three digits.
        public var description: String { rawValue }

        /// Orders codes numerically.
        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The code, such as `"070"` for Maribor.
    public let code: Code
    /// The name, such as "Maribor" (without "Mestna občina").
    public let name: String
    /// Whether this is an urban municipality (mestna občina), such as Maribor and Ptuj.
    public let isUrban: Bool
    /// Whether the municipality lies in the Podravska statistical region.
    public let isInPodravje: Bool
    /// The administrative unit (upravna enota) for Podravje municipalities, such as "Ptuj"; `nil` elsewhere.
    ///
    /// For Pesnica it is the main unit, Pesnica; part of the municipality belongs to UE Maribor.
    public let administrativeUnit: String?

    /// The code.
    public var id: Code { code }

    /// A reference-list entry; only the generated table calls it.
    init(_ code: String, _ name: String, urban: Bool = false, podravje administrativeUnit: String? = nil) {
        self.code = Code(rawValue: code)!
        self.name = name
        self.isUrban = urban
        self.isInPodravje = administrativeUnit != nil
        self.administrativeUnit = administrativeUnit
    }
}

extension Municipality.Code: Codable {
    /// Decodes the three-digit string.
    /// - Throws: `DecodingError.dataCorrupted` when it is not three digits naming 001–999.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not a municipality code; write three digits such as \"018\"")
        }
        self = code
    }

    /// Encodes the three-digit string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Municipality {
    /// The 41 municipalities of the Podravska statistical region, in code order.
    public static let podravje: [Municipality] = all.filter(\.isInPodravje)

    /// The municipality with a code.
    /// - Parameter code: The code.
    /// - Returns: The municipality, or `nil` when no municipality has that code.
    public static func find(code: Code) -> Municipality? { byCode[code] }

    /// The municipality with a code written as text: `"18"`, `"018"`, `"SI-018"`.
    /// - Parameter code: The code as text.
    /// - Returns: The municipality, or `nil` when the text is not a code or no municipality has it.
    public static func find(code: String) -> Municipality? {
        Code(parsing: code).flatMap { byCode[$0] }
    }

    /// The municipality with a name, compared after ``normalizedName(_:)``.
    ///
    /// Case, diacritics, extra spaces, hyphens versus spaces and "Slov." for "Slovenskih" do not matter;
    /// a leading "Občina" is ignored; official names longer than the list's ("Lenart v Slovenskih goricah",
    /// "Koper - Capodistria") are accepted. A leading "Mestna občina" or "MO" is accepted for an urban
    /// municipality only ("MO Maribor" finds Maribor, "MO Lenart" finds nothing).
    /// - Parameter name: The name as written.
    /// - Returns: The municipality, or `nil` when no name matches.
    /// - Complexity: O(*n*) in the length of `name`; the table is built once.
    public static func find(name: String) -> Municipality? {
        let (tokens, urbanPrefix) = nameTokens(name)
        let key = tokens.joined(separator: " ")
        guard let found = byName[key] ?? officialNames[key].flatMap({ byCode[$0] }) else { return nil }
        return urbanPrefix && !found.isUrban ? nil : found
    }

    /// The municipality for a code or a name, whichever the text is.
    ///
    /// Text that is a code (`"18"`, `"018"`, `"SI-018"`) is looked up as a code, anything else as a name
    /// (see ``find(name:)``).
    /// - Parameter text: A code or a name.
    /// - Returns: The municipality, or `nil` when nothing matches.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func lookup(_ text: String) -> Municipality? {
        if let code = Code(parsing: text) { return byCode[code] }
        return find(name: text)
    }

    /// A municipality name reduced to the form names are compared in.
    ///
    /// The result is lowercase text without diacritics (č→c, š→s, ž→z, ć→c, đ→d) whose words are separated
    /// by single spaces: hyphens, dashes and other punctuation separate words like spaces do, so
    /// "Hoče - Slivnica", "Hoče-Slivnica" and "Hoče Slivnica" all give "hoce slivnica". "Slov. goricah" is
    /// expanded to "slovenskih goricah", and a leading "Mestna občina", "MO" or "Občina" is dropped. Two
    /// spellings of one name give the same result; the 212 names all give different results.
    /// - Parameter name: A name as written.
    /// - Returns: The comparison form, such as `"sveti jurij v slovenskih goricah"`.
    /// - Complexity: O(*n*) in the length of `name`.
    public static func normalizedName(_ name: String) -> String {
        nameTokens(name).tokens.joined(separator: " ")
    }

    /// The comparison tokens of a name, and whether it started with "Mestna občina" or "MO".
    private static func nameTokens(_ name: String) -> (tokens: [String], urbanPrefix: Bool) {
        var scalars = String.UnicodeScalarView()
        // Spaces, hyphens, dashes, dots and commas all separate words.
        FoldedScalars.forEach(in: name) {
            scalars.append($0)
        } other: { _ in
            scalars.append(" ")
        }
        var tokens = String(scalars).split(separator: " ").map(String.init)
        for index in tokens.indices.dropLast() where tokens[index] == "slov" && tokens[index + 1] == "goricah"
        {
            tokens[index] = "slovenskih"
        }
        var urbanPrefix = false
        if tokens.starts(with: ["mestna", "obcina"]) {
            tokens.removeFirst(2)
            urbanPrefix = true
        } else if tokens.first == "mo" {
            tokens.removeFirst()
            urbanPrefix = true
        } else if tokens.first == "obcina" {
            tokens.removeFirst()
        }
        return (tokens, urbanPrefix)
    }

    private static let byCode: [Code: Municipality] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.code, $0) })

    private static let byName: [String: Municipality] = Dictionary(
        all.map { (normalizedName($0.name), $0) }, uniquingKeysWith: { first, _ in first })
}
