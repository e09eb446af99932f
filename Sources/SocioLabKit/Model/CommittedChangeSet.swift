/// A change set as it was applied: its revision and, for every entity, the value before and after.
///
/// This is what stores keep: the sequence of committed change sets is the audit trail, and each record's
/// ``ChangeRecord/before`` lets history show what changed without replaying the store.
public struct CommittedChangeSet: Hashable, Sendable, Codable {
    /// The store revision this change set produced (1 for the first).
    public var revision: Int64
    /// Who made it.
    public var author: String
    /// When.
    public var timestamp: Timestamp
    /// Why.
    public var reason: String
    /// Every entity touched, with its value before and after.
    public var records: [ChangeRecord]
    /// The partner the workspace acted as when it wrote the change set (``Actor/partner(_:)``); `nil` for
    /// an administrator and in change sets written before partners were recorded. Stored as
    /// `acting_partner`, and only when present, so older stores read and write as they did.
    public var actingPartner: Partner.ID?

    /// Creates a committed change set.
    public init(
        revision: Int64, author: String, timestamp: Timestamp, reason: String, records: [ChangeRecord],
        actingPartner: Partner.ID? = nil
    ) {
        self.revision = revision
        self.author = author
        self.timestamp = timestamp
        self.reason = reason
        self.records = records
        self.actingPartner = actingPartner
    }

    private enum CodingKeys: String, CodingKey {
        case revision, author, timestamp, reason, records
        case actingPartner = "acting_partner"
    }

    /// The change set as compact JSON with sorted keys — the document its `Codable` form gives — written
    /// directly, which is many times faster for large change sets; `nil` in the rare case it cannot be
    /// written this way (a plugin payload holding a number that is not JSON), when `Codable` must be used.
    /// - Complexity: O(size of the change set).
    package var jsonBytes: [UInt8]? {
        var writer = CanonicalWriter()
        writer.bytes.reserveCapacity(256 + records.count * 320)
        writer.writeObject(self)
        return writer.isValidJSON ? writer.bytes : nil
    }

    /// Whether the change set touched an entity.
    public func touches(_ reference: EntityReference) -> Bool {
        records.contains { $0.reference == reference }
    }

    /// The same change set with the personal details of `persons` blanked out of every before and after.
    ///
    /// Used by stores when a person's details are erased: the history keeps that the record changed,
    /// not what it said.
    public func redactingPersonalDetails(of persons: Set<String>) -> CommittedChangeSet {
        var copy = self
        copy.records = records.map { record in
            guard record.reference.kind == .personalDetails, persons.contains(record.reference.id) else {
                return record
            }
            return ChangeRecord(reference: record.reference, before: nil, after: nil, redacted: true)
        }
        return copy
    }
}
