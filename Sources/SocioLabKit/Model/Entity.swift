/// A recorded thing with a typed identifier: a person, an activity, a participation …
///
/// Every entity is a value type. Conforming types must be `Codable` with stable key names, since they are
/// stored and exchanged, and must list the entities they point to in ``references``, which referential
/// integrity and change validation rely on.
public protocol Entity: Codable, Hashable, Sendable, Identifiable where ID == EntityID<Self> {
    /// The kind of entity, used in change sets, the journal and issue references.
    static var kind: EntityKind { get }
    /// The entities this one points to (its activity, its organisation …), missing ones included.
    var references: [EntityReference] { get }
    /// Wraps the entity for a change set.
    var record: EntityRecord { get }
}

extension Entity {
    /// A reference to this entity.
    public var reference: EntityReference { EntityReference(Self.kind, id.rawValue) }
}

/// The kinds of entity a dataset holds.
public enum EntityKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible
{
    /// ``Organisation``.
    case organisation
    /// ``Person`` (the statistical record).
    case person
    /// ``PersonalDetails`` (name, contact, EMŠO), kept apart and erasable.
    case personalDetails = "personal_details"
    /// ``InfoPoint``.
    case infoPoint = "info_point"
    /// ``Activity``.
    case activity
    /// ``Participation``.
    case participation
    /// ``Job``.
    case job
    /// ``Product``.
    case product
    /// ``DevelopmentPlan``.
    case developmentPlan = "development_plan"
    /// ``SupportProgramme``.
    case supportProgramme = "support_programme"
    /// ``Milestone``.
    case milestone
    /// ``BudgetLine``.
    case budgetLine = "budget_line"
    /// ``CostItem``.
    case costItem = "cost_item"
    /// ``PaymentClaim``.
    case paymentClaim = "payment_claim"
    /// ``PaymentClaimItem``.
    case paymentClaimItem = "payment_claim_item"

    /// The raw value, such as `"info_point"`.
    public var description: String { rawValue }
    /// Orders kinds by declaration: referenced kinds before the kinds that refer to them.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A reference to an entity by kind and identifier, printed `kind/id`.
public struct EntityReference: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The entity's kind.
    public var kind: EntityKind
    /// The entity's identifier text.
    public var id: String

    /// Creates a reference; the identifier is put in Unicode Normalization Form C, as ``EntityID`` puts it.
    public init(_ kind: EntityKind, _ id: String) {
        self.kind = kind
        self.id = IdentifierNormalization.nfc(id)
    }

    /// Parses `kind/id`, or returns `nil`.
    public init?(parsing text: String) {
        guard let slash = text.firstIndex(of: "/"),
            let kind = EntityKind(rawValue: String(text[..<slash]))
        else { return nil }
        self.init(kind, String(text[text.index(after: slash)...]))
    }

    /// `kind/id`.
    public var description: String { "\(kind.rawValue)/\(id)" }
    /// Orders by kind, then identifier.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.kind, lhs.id) < (rhs.kind, rhs.id) }
}
