import Foundation

/// One change to one entity: insert a new one, replace an existing one, or delete one.
public enum Change: Hashable, Sendable {
    /// Adds an entity whose identifier is not in use.
    case insert(EntityRecord)
    /// Replaces the entity with the same identifier, which must exist.
    case update(EntityRecord)
    /// Removes an entity, which must exist.
    case delete(EntityReference)

    /// The entity the change is about.
    public var reference: EntityReference {
        switch self {
        case .insert(let r), .update(let r): return r.reference
        case .delete(let ref): return ref
        }
    }
}

extension Change: Codable {
    private enum CodingKeys: String, CodingKey { case op, record, ref }

    /// Decodes `{"op": "insert"|"update", "record": …}` or `{"op": "delete", "ref": "kind/id"}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .op) {
        case "insert": self = .insert(try c.decode(EntityRecord.self, forKey: .record))
        case "update": self = .update(try c.decode(EntityRecord.self, forKey: .record))
        case "delete":
            let text = try c.decode(String.self, forKey: .ref)
            guard let ref = EntityReference(parsing: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .ref, in: c, debugDescription: "'\(text)' is not a reference of the form kind/id")
            }
            self = .delete(ref)
        case let op:
            throw DecodingError.dataCorruptedError(
                forKey: .op, in: c, debugDescription: "'\(op)' is not insert, update or delete")
        }
    }

    /// Encodes the change.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .insert(let r):
            try c.encode("insert", forKey: .op)
            try c.encode(r, forKey: .record)
        case .update(let r):
            try c.encode("update", forKey: .op)
            try c.encode(r, forKey: .record)
        case .delete(let ref):
            try c.encode("delete", forKey: .op)
            try c.encode(ref.description, forKey: .ref)
        }
    }
}

/// The unit of writing: changes with an author, a time and a reason, applied whole or not at all.
public struct ChangeSet: Hashable, Sendable, Codable {
    /// Who made the change (a user name or a system's name).
    public var author: String
    /// When, from the workspace's injected clock.
    public var timestamp: Timestamp
    /// Why, in the author's words.
    public var reason: String
    /// The changes, applied in order.
    public var changes: [Change]

    /// Creates a change set.
    public init(author: String, timestamp: Timestamp, reason: String, changes: [Change]) {
        self.author = author
        self.timestamp = timestamp
        self.reason = reason
        self.changes = changes
    }
}

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

    /// Creates a committed change set.
    public init(
        revision: Int64, author: String, timestamp: Timestamp, reason: String, records: [ChangeRecord]
    ) {
        self.revision = revision
        self.author = author
        self.timestamp = timestamp
        self.reason = reason
        self.records = records
    }

    /// The change set as compact JSON with sorted keys — the document its `Codable` form gives — written
    /// directly, which is many times faster for large change sets; `nil` in the rare case it cannot be
    /// written this way (a plugin payload holding a number that is not JSON), when `Codable` must be used.
    /// - Complexity: O(size of the change set).
    public var jsonBytes: [UInt8]? {
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

/// One entity's value before and after a committed change.
public struct ChangeRecord: Hashable, Sendable, Codable {
    /// The entity.
    public var reference: EntityReference
    /// Its value before (`nil` for an insert).
    public var before: EntityRecord?
    /// Its value after (`nil` for a delete).
    public var after: EntityRecord?
    /// Whether the values were erased from the history (personal details of an erased person).
    public var redacted: Bool

    /// Creates a record.
    public init(
        reference: EntityReference, before: EntityRecord?, after: EntityRecord?, redacted: Bool = false
    ) {
        self.reference = reference
        self.before = before
        self.after = after
        self.redacted = redacted
    }

    private enum CodingKeys: String, CodingKey { case reference = "ref", before, after, redacted }

    /// Decodes a record; a missing `redacted` means false.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        reference = try c.decode(EntityReference.self, forKey: .reference)
        before = try c.decodeIfPresent(EntityRecord.self, forKey: .before)
        after = try c.decodeIfPresent(EntityRecord.self, forKey: .after)
        redacted = try c.decodeIfPresent(Bool.self, forKey: .redacted) ?? false
    }

    /// Encodes the record, leaving out absent values and a false `redacted`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reference, forKey: .reference)
        try c.encodeIfPresent(before, forKey: .before)
        try c.encodeIfPresent(after, forKey: .after)
        if redacted { try c.encode(true, forKey: .redacted) }
    }
}

/// A moment, in whole milliseconds since 1970-01-01 UTC; printed in ISO 8601 (`2019-10-03T08:15:00.000Z`).
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64
    /// Creates a timestamp.
    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    /// The timestamp of a `Date`, truncated to the millisecond.
    public init(_ date: Date) { milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
    /// The moment as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
    /// The UTC calendar day of the moment.
    public var day: Day {
        Day(
            daysSinceEpoch: Int32((milliseconds >= 0 ? milliseconds : milliseconds - 86_399_999) / 86_400_000)
        )
    }
    /// Orders moments.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.milliseconds < rhs.milliseconds }

    /// ISO 8601 in UTC with milliseconds.
    public var description: String {
        let msOfDay = ((milliseconds % 86_400_000) + 86_400_000) % 86_400_000
        let h = msOfDay / 3_600_000
        let m = msOfDay / 60_000 % 60
        let s = msOfDay / 1000 % 60
        let ms = msOfDay % 1000
        return "\(day)T" + Day.pad(Int(h), 2) + ":" + Day.pad(Int(m), 2) + ":" + Day.pad(Int(s), 2) + "."
            + Day.pad(Int(ms), 3) + "Z"
    }

    /// Parses the form ``description`` prints.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[10] == UInt8(ascii: "T"), bytes[23] == UInt8(ascii: "Z"),
            let day = Day.parseISO(String(decoding: bytes[0..<10], as: UTF8.self)),
            let h = Int64(String(decoding: bytes[11..<13], as: UTF8.self)),
            let m = Int64(String(decoding: bytes[14..<16], as: UTF8.self)),
            let s = Int64(String(decoding: bytes[17..<19], as: UTF8.self)),
            let ms = Int64(String(decoding: bytes[20..<23], as: UTF8.self)),
            h < 24, m < 60, s < 60
        else { return nil }
        milliseconds = Int64(day.daysSinceEpoch) * 86_400_000 + ((h * 60 + m) * 60 + s) * 1000 + ms
    }
}

extension Timestamp: Codable {
    /// Decodes the ISO 8601 text.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let t = Timestamp(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: c, debugDescription: "'\(text)' is not a timestamp like 2019-10-03T08:15:00.000Z")
        }
        self = t
    }

    /// Encodes the ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// Where a workspace gets the time from: injected, so change sets and reports are deterministic in tests.
public struct TimeSource: Sendable {
    private let read: @Sendable () -> Timestamp
    /// Creates a time source from a closure.
    public init(_ now: @escaping @Sendable () -> Timestamp) { read = now }
    /// The current time.
    public func now() -> Timestamp { read() }
    /// The system clock.
    public static let system = TimeSource { Timestamp(Date()) }
    /// Always the same moment.
    public static func fixed(_ moment: Timestamp) -> TimeSource { TimeSource { moment } }
}
