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
        let folded = full.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
            .split(whereSeparator: { $0.isWhitespace || $0 == "-" }).joined(separator: " ")
        return folded.isEmpty ? nil : folded
    }

    private enum CodingKeys: String, CodingKey {
        case id, email, phone, emso
        case givenName = "given_name"
        case familyName = "family_name"
    }
}
