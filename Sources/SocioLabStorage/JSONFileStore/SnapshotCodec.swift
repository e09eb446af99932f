import SocioLabKit

/// The snapshot file format: one JSON document, written and read by hand for speed.
///
/// Version 2 (written), framed like a journal line (the checksum covers everything after its member):
/// ```json
/// {"crc32c":"…","fingerprint":"…","format":"sociolab-store","format_version":2,"operation":{…},
///  "revision":12,"store":"…","tables":{"activity":{"id":["a-1",…],"title":[…],…},…,"person":{…}}}
/// ```
/// `fingerprint` (written since 0.3; optional, readers that do not know it skip it) is the dataset's
/// ``SocioLabKit/DatasetFingerprint``, computed when the snapshot is written, so that opening a compacted
/// store does not hash every record again to report its fingerprint.
/// Each table holds one array per field, rows sorted by identifier, `null` where an entity has no value.
/// Row *i* of a table is the object `{field: column[i]}` with `null`s left out, which is exactly the
/// entity's JSON form in the journal. Version 1 (read and migrated) has `"records"`: an array of
/// `{"kind", "value"}` objects instead of `"tables"`.
enum SnapshotCodec {
    /// The `format` member's value.
    static let formatName = "sociolab-store"
    /// The version this code writes for a store that holds no snapshot import: every file as version 2
    /// wrote it, byte for byte.
    static let currentVersion = 2
    /// The version of a store that holds a snapshot import (an `import` member in the snapshot, a marker line
    /// in the history): every file such a store writes from then on is version 3, so that a reader of
    /// version 2 refuses it with `store.too-new` instead of misreading its history.
    static let importVersion = 3
    /// The newest version this code reads.
    static let newestVersion = 3
    /// The oldest version this code reads (and migrates).
    static let oldestVersion = 1

    // MARK: Writing

    /// Encodes a dataset as a version-2 snapshot with its fingerprint. The same dataset always gives the
    /// same bytes.
    /// - Throws: ``SocioLabKit/SocioLabError`` when an entity holds a value JSON cannot represent.
    /// - Complexity: O(*n* log *n*) in the number of entities (rows are sorted by identifier).
    static func encode(_ dataset: Dataset, storeID: String, revision: Int64, fingerprint: String)
        throws(SocioLabError) -> [UInt8]
    {
        try encodeFramed(dataset, storeID: storeID, revision: revision, fingerprint: fingerprint).bytes
    }

    /// The JSON object of an import marker, `{…}` with sorted keys: the `import` member of a version-3
    /// snapshot and, framed, the marker's line in the history (the same bytes both times).
    static func markerObject(_ marker: ImportMarker) throws(SocioLabError) -> [UInt8] {
        var w = JSONWriter(capacity: 512)
        try w.value(try jsonValue(marker))
        return w.bytes
    }

    /// The snapshot of ``encode(_:storeID:revision:fingerprint:)`` as a line in its parts, written to a
    /// file without a copy of the whole (`DirectoryHandle.replace(_:with:)`).
    /// - Throws: ``SocioLabKit/SocioLabError`` when an entity holds a value JSON cannot represent.
    /// - Complexity: O(*n* log *n*) in the number of entities.
    static func encodeFramed(
        _ dataset: Dataset, storeID: String, revision: Int64, fingerprint: String,
        formatVersion: Int = currentVersion, importMarker: ImportMarker? = nil
    ) throws(SocioLabError) -> JournalCodec.FramedLine {
        var w = JSONWriter(capacity: 64 + dataset.totalCount * 120)
        w.raw("{\"fingerprint\":")
        w.string(fingerprint)
        w.raw(",\"format\":")
        w.string(formatName)
        w.raw(",\"format_version\":")
        w.integer(Int64(importMarker == nil ? formatVersion : importVersion))
        if let importMarker {
            w.raw(",\"import\":")
            try w.value(try jsonValue(importMarker))
        }
        w.raw(",\"operation\":")
        try w.value(try jsonValue(dataset.operation))
        w.raw(",\"revision\":")
        w.integer(revision)
        w.raw(",\"store\":")
        w.string(storeID)
        w.raw(",\"tables\":{")
        var firstTable = true
        for kind in JSONWriter.sortedKeys(EntityKind.allCases.map(\.rawValue)) {
            guard let kind = EntityKind(rawValue: kind), dataset.count(of: kind) > 0 else { continue }
            if !firstTable { w.raw(UInt8(ascii: ",")) }
            firstTable = false
            w.string(kind.rawValue)
            w.raw(UInt8(ascii: ":"))
            try writeTable(of: kind, from: dataset, into: &w)
        }
        w.raw("}}")
        return JournalCodec.FramedLine(object: w.bytes)
    }

    private static func jsonValue<T: Encodable>(_ value: T) throws(SocioLabError) -> JSONValue {
        do { return try JSONValueEncoding.encode(value) } catch {
            throw SocioLabError(.invalidValue, "a value cannot be written as JSON: \(error)")
        }
    }

    private static func writeTable(of kind: EntityKind, from d: Dataset, into w: inout JSONWriter)
        throws(SocioLabError)
    {
        switch kind {
        case .organisation: try writeThroughCodable(d.organisations.sortedByID, into: &w)
        case .person: try writeColumns(d.persons.sortedByID, SnapshotColumns.person, into: &w)
        case .personalDetails:
            try writeColumns(d.personalDetails.sortedByID, SnapshotColumns.personalDetails, into: &w)
        case .infoPoint: try writeThroughCodable(d.infoPoints.sortedByID, into: &w)
        case .activity: try writeThroughCodable(d.activities.sortedByID, into: &w)
        case .participation:
            try writeColumns(d.participations.sortedByID, SnapshotColumns.participation, into: &w)
        case .job: try writeThroughCodable(d.jobs.sortedByID, into: &w)
        case .product: try writeThroughCodable(d.products.sortedByID, into: &w)
        case .developmentPlan: try writeThroughCodable(d.developmentPlans.sortedByID, into: &w)
        case .supportProgramme: try writeThroughCodable(d.supportProgrammes.sortedByID, into: &w)
        case .milestone: try writeThroughCodable(d.milestones.sortedByID, into: &w)
        case .budgetLine: try writeThroughCodable(d.budgetLines.sortedByID, into: &w)
        case .costItem: try writeThroughCodable(d.costItems.sortedByID, into: &w)
        case .paymentClaim: try writeThroughCodable(d.paymentClaims.sortedByID, into: &w)
        case .paymentClaimItem: try writeThroughCodable(d.paymentClaimItems.sortedByID, into: &w)
        }
    }

    /// Writes a table through each entity's `Codable` form (the reference the fast paths must match).
    static func writeThroughCodable<E: Entity>(_ entities: [E], into w: inout JSONWriter)
        throws(SocioLabError)
    {
        var rows: [[String: JSONValue]] = []
        rows.reserveCapacity(entities.count)
        var keys = Set<String>()
        for entity in entities {
            guard case .object(let members) = try jsonValue(entity) else {
                throw SocioLabError(.invalidValue, "\(entity.reference) does not encode as a JSON object")
            }
            keys.formUnion(members.keys)
            rows.append(members)
        }
        w.raw(UInt8(ascii: "{"))
        for (c, key) in JSONWriter.sortedKeys(keys).enumerated() {
            if c > 0 { w.raw(UInt8(ascii: ",")) }
            w.string(key)
            w.raw(":[")
            for (i, row) in rows.enumerated() {
                if i > 0 { w.raw(UInt8(ascii: ",")) }
                try w.value(row[key] ?? .null)
            }
            w.raw(UInt8(ascii: "]"))
        }
        w.raw(UInt8(ascii: "}"))
    }

    /// Writes a table through hand-coded columns.
    static func writeColumns<E>(_ entities: [E], _ columns: [StoredField<E>], into w: inout JSONWriter)
        throws(SocioLabError)
    {
        var firstColumn = true
        for column in columns {
            guard column.isRequired || entities.contains(where: column.isPresent) else { continue }
            if !firstColumn { w.raw(UInt8(ascii: ",")) } else { w.raw(UInt8(ascii: "{")) }
            firstColumn = false
            w.string(column.name)
            w.raw(":[")
            for (i, entity) in entities.enumerated() {
                if i > 0 { w.raw(UInt8(ascii: ",")) }
                if column.isPresent(entity) { try column.write(&w, entity) } else { w.raw("null") }
            }
            w.raw(UInt8(ascii: "]"))
        }
        if firstColumn { w.raw(UInt8(ascii: "{")) }
        w.raw(UInt8(ascii: "}"))
    }
}
