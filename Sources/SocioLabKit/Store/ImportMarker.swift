/// What a store keeps of an import written straight as its snapshot (``SnapshotImportingStore``): *that* it
/// happened — who, when, why, at which revision, from which files, how many records of each kind — but not
/// the records, which the snapshot holds.
///
/// Its JSON form is the history line of such an import (members sorted, `acting_partner` only when present):
/// ```
/// {"author":"ana","import":{"files":[{"name":"persons.csv","rows":3,"sha256":"…"}],"records":3,
///  "tables":{"person":3}},"reason":"first import","revision":1,"timestamp":"2019-10-03T08:15:00.000Z"}
/// ```
package struct ImportMarker: Hashable, Sendable, Codable {
    /// One file the import read.
    package struct File: Hashable, Sendable, Codable {
        /// The file's name as the user gave it.
        package var name: String
        /// The SHA-256 of the file's bytes, as 64 lower-case hexadecimal digits.
        package var sha256: String
        /// How many data rows it held, when known.
        package var rows: Int?

        /// Creates a file entry.
        package init(name: String, sha256: String, rows: Int? = nil) {
            self.name = name
            self.sha256 = sha256
            self.rows = rows
        }
    }

    /// The revision the import produced.
    package var revision: Int64
    /// Who imported.
    package var author: String
    /// When.
    package var timestamp: Timestamp
    /// Why.
    package var reason: String
    /// The partner the workspace acted as, or `nil` for an administrator.
    package var actingPartner: Partner.ID?
    /// The files read, in the order given (empty when the records came from elsewhere).
    package var files: [File]
    /// How many records the import inserted.
    package var records: Int
    /// How many records of each kind it inserted (kinds it inserted none of are left out).
    package var tables: [EntityKind: Int]

    /// Creates a marker.
    package init(
        revision: Int64, author: String, timestamp: Timestamp, reason: String, actingPartner: Partner.ID?,
        files: [File], records: Int, tables: [EntityKind: Int]
    ) {
        self.revision = revision
        self.author = author
        self.timestamp = timestamp
        self.reason = reason
        self.actingPartner = actingPartner
        self.files = files
        self.records = records
        self.tables = tables
    }

    /// The change set of the import as ``Store/history(of:)`` and catch-up give it: the marker's author,
    /// reason, revision, time and partner with `records` (inserts read from the snapshot).
    package func changeSet(records: [ChangeRecord]) -> CommittedChangeSet {
        CommittedChangeSet(
            revision: revision, author: author, timestamp: timestamp, reason: reason, records: records,
            actingPartner: actingPartner)
    }

    private enum CodingKeys: String, CodingKey {
        case revision, author, timestamp, reason
        case actingPartner = "acting_partner"
        case details = "import"
    }

    private enum DetailKeys: String, CodingKey { case files, records, tables }

    /// Decodes the marker's JSON form.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        revision = try container.decode(Int64.self, forKey: .revision)
        author = try container.decode(String.self, forKey: .author)
        timestamp = try container.decode(Timestamp.self, forKey: .timestamp)
        reason = try container.decode(String.self, forKey: .reason)
        actingPartner = try container.decodeIfPresent(Partner.ID.self, forKey: .actingPartner)
        let details = try container.nestedContainer(keyedBy: DetailKeys.self, forKey: .details)
        files = try details.decode([File].self, forKey: .files)
        records = try details.decode(Int.self, forKey: .records)
        var tables: [EntityKind: Int] = [:]
        for (name, count) in try details.decode([String: Int].self, forKey: .tables) {
            guard let kind = EntityKind(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .tables, in: details, debugDescription: "unknown entity kind \(name)")
            }
            tables[kind] = count
        }
        self.tables = tables
    }

    /// Encodes the marker's JSON form.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(revision, forKey: .revision)
        try container.encode(author, forKey: .author)
        try container.encode(timestamp, forKey: .timestamp)
        try container.encode(reason, forKey: .reason)
        try container.encodeIfPresent(actingPartner, forKey: .actingPartner)
        var details = container.nestedContainer(keyedBy: DetailKeys.self, forKey: .details)
        try details.encode(files, forKey: .files)
        try details.encode(records, forKey: .records)
        try details.encode(
            Dictionary(uniqueKeysWithValues: tables.map { ($0.key.rawValue, $0.value) }), forKey: .tables)
    }
}
