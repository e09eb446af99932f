/// Who a ``Workspace`` acts for: the operation's administrator, or one of its partners.
///
/// A workspace acting as a partner (other than the lead partner, ``Partner/Role/lead``) sees the
/// operation's aggregate figures in full, but personal details only of the persons that partner enrolled
/// (``Person/enrolledBy``) or that took part in an activity it runs (``Activity/partners``); it writes only
/// the activities it runs, the participations in them and the persons it enrolled, and erases only the
/// personal details of the persons it enrolled. The administrator and the lead partner see and write
/// everything. The rules are in `Documentation/Partners.md`.
///
/// ```swift
/// let citilab = try await Workspace(store: store, plugins: .standard, actingAs: .partner("citilab"))
/// ```
public enum ActingParty: Hashable, Sendable, CustomStringConvertible {
    /// The operation's administrator: sees and writes everything (the default).
    case administrator
    /// One of the operation's partners, by identifier.
    case partner(Partner.ID)

    /// The partner acted for, or `nil` for the administrator.
    public var partner: Partner.ID? {
        if case .partner(let id) = self { return id }
        return nil
    }

    /// `administrator` or `partner ID`.
    public var description: String {
        switch self {
        case .administrator: "administrator"
        case .partner(let id): "partner \(id)"
        }
    }
}
