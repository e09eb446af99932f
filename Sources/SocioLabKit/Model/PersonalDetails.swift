import Foundation

/// A person's identifying details — name, contact, EMŠO — kept apart from the statistics and erasable.
///
/// Its identifier is the person's. Reports never read it; validation reads it only for the EMŠO and
/// duplicate-person rules. Erasing it (GDPR Art. 17) leaves the statistical ``Person`` record intact.
public struct PersonalDetails: Entity {
    /// The identifier, equal to the person's.
    public typealias ID = EntityID<PersonalDetails>
    /// The entity kind, `personal_details`.
    public static let kind = EntityKind.personalDetails

    /// The identifier, equal to the person's.
    public var id: ID
    /// Given name.
    public var givenName: String?
    /// Family name.
    public var familyName: String?
    /// E-mail address.
    public var email: String?
    /// Telephone number.
    public var phone: String?
    /// The person's EMŠO, if known.
    public var emso: EMSO?

    /// Creates the details of a person.
    public init(
        person: Person.ID, givenName: String? = nil, familyName: String? = nil, email: String? = nil,
        phone: String? = nil, emso: EMSO? = nil
    ) {
        self.id = ID(person.rawValue)
        self.givenName = givenName
        self.familyName = familyName
        self.email = email
        self.phone = phone
        self.emso = emso
    }

    /// The person these details belong to.
    public var person: Person.ID { Person.ID(id.rawValue) }
    /// The person.
    public var references: [EntityReference] { [EntityReference(.person, id.rawValue)] }
    /// The details wrapped for a change set.
    public var record: EntityRecord { .personalDetails(self) }

    /// The name folded for duplicate detection: lower case, no diacritics, single spaces.
    public var normalizedName: String? {
        let full = [givenName, familyName].compactMap { $0 }.joined(separator: " ")
        let folded = PersonalDetails.fold(full)
        return folded.isEmpty ? nil : folded
    }

    /// Folds a name: lower case, diacritics removed (č → c, đ → d …), hyphens and runs of white space as
    /// one space. Slovenian and other Latin letters take a fast path; anything else goes through
    /// Foundation's folding.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let folded: Unicode.Scalar
            switch v {
            case 0x41...0x5A: folded = Unicode.Scalar(v + 0x20)!
            case 0x61...0x7A, 0x30...0x39: folded = scalar
            case 0x20, 0x09, 0x0A, 0x0D, 0x2D, 0xA0:
                pendingSpace = !out.isEmpty
                continue
            case 0x10C, 0x10D, 0x106, 0x107: folded = "c"
            case 0x160, 0x161: folded = "s"
            case 0x17D, 0x17E: folded = "z"
            case 0x110, 0x111: folded = "d"
            default:
                if v < 0x80 {
                    folded = scalar
                } else {
                    return PersonalDetails.foldSlowly(text)
                }
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(folded)
        }
        return String(out)
    }

    private static func foldSlowly(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
            .split(whereSeparator: { $0.isWhitespace || $0 == "-" }).joined(separator: " ")
    }

    /// Decodes the details from their stored JSON form, as their `schema` declares it.
    public init(from decoder: any Decoder) throws {
        self = try Self.schema.decode(from: decoder) { PersonalDetails(person: Person.ID($0.rawValue)) }
    }

    /// Encodes the details' stored JSON form, as their `schema` declares it; absent values are left out.
    public func encode(to encoder: any Encoder) throws { try Self.schema.encode(self, to: encoder) }
}
