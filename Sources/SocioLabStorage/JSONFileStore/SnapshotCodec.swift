import SocioLabKit

/// A decoded snapshot: the header fields and the dataset.
struct Snapshot: Sendable {
    /// The format version the file was written in.
    var formatVersion: Int
    /// The store's identifier.
    var storeID: String
    /// The revision the dataset is at.
    var revision: Int64
    /// The dataset.
    var dataset: Dataset
    /// The dataset's fingerprint (``SocioLabKit/DatasetFingerprint``) as written with it, when the file holds
    /// a well-formed one.
    var fingerprint: String? = nil
}

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
    /// The version this code writes.
    static let currentVersion = 2
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
        var w = JSONWriter(capacity: 64 + dataset.totalCount * 120)
        w.raw("{\"fingerprint\":")
        w.string(fingerprint)
        w.raw(",\"format\":")
        w.string(formatName)
        w.raw(",\"format_version\":")
        w.integer(Int64(currentVersion))
        w.raw(",\"operation\":")
        try w.value(try generic(dataset.operation))
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
        return JournalCodec.frame(w.bytes)
    }

    private static func generic<T: Encodable>(_ value: T) throws(SocioLabError) -> JSONValue {
        do { return try JSONValueEncoding.encode(value) } catch {
            throw SocioLabError(.invalidValue, "a value cannot be written as JSON: \(error)")
        }
    }

    private static func writeTable(of kind: EntityKind, from d: Dataset, into w: inout JSONWriter)
        throws(SocioLabError)
    {
        switch kind {
        case .organisation: try writeGeneric(d.organisations.sortedByID, into: &w)
        case .person: try writeFast(d.persons.sortedByID, FastTables.person, into: &w)
        case .personalDetails:
            try writeFast(d.personalDetails.sortedByID, FastTables.personalDetails, into: &w)
        case .infoPoint: try writeGeneric(d.infoPoints.sortedByID, into: &w)
        case .activity: try writeGeneric(d.activities.sortedByID, into: &w)
        case .participation: try writeFast(d.participations.sortedByID, FastTables.participation, into: &w)
        case .job: try writeGeneric(d.jobs.sortedByID, into: &w)
        case .product: try writeGeneric(d.products.sortedByID, into: &w)
        case .developmentPlan: try writeGeneric(d.developmentPlans.sortedByID, into: &w)
        case .supportProgramme: try writeGeneric(d.supportProgrammes.sortedByID, into: &w)
        case .milestone: try writeGeneric(d.milestones.sortedByID, into: &w)
        }
    }

    /// Writes a table through each entity's `Codable` form (the reference the fast paths must match).
    static func writeGeneric<E: Entity>(_ entities: [E], into w: inout JSONWriter) throws(SocioLabError) {
        var rows: [[String: JSONValue]] = []
        rows.reserveCapacity(entities.count)
        var keys = Set<String>()
        for entity in entities {
            guard case .object(let members) = try generic(entity) else {
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
    static func writeFast<E>(_ entities: [E], _ columns: [SnapshotColumn<E>], into w: inout JSONWriter)
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

    // MARK: Reading

    /// Decodes a snapshot of any supported version.
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: The file's path, for errors.
    /// - Throws: `store.corrupt` (with the byte offset) for anything malformed; `store.too-new` for a newer
    ///   format version.
    static func decode(_ bytes: UnsafeRawBufferPointer, file: String, releasePages: () -> Void = {})
        throws(SocioLabError) -> Snapshot
    {
        let result: Result<Snapshot, DecodeFailure>
        do throws(DecodeFailure) {
            result = .success(try decode(bytes, releasePages: releasePages))
        } catch { result = .failure(error) }
        switch result {
        case .success(let snapshot): return snapshot
        case .failure(let failure):
            switch failure {
            case .syntax(let e):
                throw SocioLabError(
                    .storeCorrupt,
                    "the snapshot is damaged: \(e.message); restore the store directory from a backup",
                    at: .init(file: file, byteOffset: e.byteOffset))
            case .error(var e):
                if e.location.file == nil { e.location.file = file }
                throw e
            }
        }
    }

    enum DecodeFailure: Error {
        case syntax(JSONSyntaxError)
        case error(SocioLabError)
    }

    private static func decode(_ raw: UnsafeRawBufferPointer, releasePages: () -> Void) throws(DecodeFailure)
        -> Snapshot
    {
        if let snapshot = decodeInParallel(raw, releasePages: releasePages) { return snapshot }
        return try decodeSequentially(raw)
    }

    /// The fast path for a well-formed version-2 snapshot: the header, then the tables through
    /// ``SnapshotTableReader`` (columns in parallel, the checksum beside them, one bulk `Dataset`).
    /// - Returns: The snapshot, or `nil` for anything else — an older version, any damage — which
    ///   ``decodeSequentially(_:)`` then reads or reports exactly.
    static func decodeInParallel(_ raw: UnsafeRawBufferPointer, releasePages: () -> Void = {}) -> Snapshot? {
        var r = JSONReader(raw)
        var format: String?
        var version: Int?
        var operation: ESFOperation?
        var revision: Int64?
        var storeID: String?
        var layout: [SnapshotTableReader.Table]?
        var fingerprint: String?
        var tablesSeen = 0
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                switch key {
                case "fingerprint": fingerprint = try r.readString()
                case "format": format = try r.readString()
                case "format_version": version = try r.readInt()
                case "operation":
                    operation = try? JSONValueDecoding.decode(ESFOperation.self, from: try r.readValue())
                    if operation == nil { return nil }
                case "revision": revision = try r.readInt64()
                case "store": storeID = try r.readString()
                case "tables":
                    tablesSeen += 1
                    guard let found = SnapshotTableReader.scan(&r) else { return nil }
                    layout = found
                default: try r.skipValue()
                }
            }
            try r.expectEnd()
        } catch { return nil }
        guard format == formatName, version == currentVersion, tablesSeen == 1, let layout, let operation,
            let revision, revision >= 0, let storeID,
            let dataset = SnapshotTableReader.read(
                raw, tables: layout, operation: operation, releasePages: releasePages)
        else { return nil }
        return Snapshot(
            formatVersion: currentVersion, storeID: storeID, revision: revision, dataset: dataset,
            fingerprint: fingerprint.flatMap(wellFormedFingerprint))
    }

    /// A fingerprint as written (64 lowercase hexadecimal digits), or `nil` for anything else, which is
    /// then computed again rather than trusted.
    static func wellFormedFingerprint(_ text: String) -> String? {
        text.utf8.count == 64
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
            ? text : nil
    }

    /// Reads any supported version one value after another, reporting the first problem exactly.
    static func decodeSequentially(_ raw: UnsafeRawBufferPointer) throws(DecodeFailure) -> Snapshot {
        var r = JSONReader(raw)
        var format: String?
        var version: Int?
        var operation: ESFOperation?
        var revision: Int64?
        var storeID: String?
        var tablesOffset: Int?
        var recordsOffset: Int?
        var fingerprint: String?
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                let at = r.offset
                switch key {
                case "fingerprint": fingerprint = try r.readString()
                case "format": format = try r.readString()
                case "format_version": version = try r.readInt()
                case "operation":
                    let value = try r.readValue()
                    do { operation = try JSONValueDecoding.decode(ESFOperation.self, from: value) } catch {
                        throw r.error("the operation does not decode: \(describe(error))", at: at)
                    }
                case "revision": revision = try r.readInt64()
                case "store": storeID = try r.readString()
                case "tables":
                    tablesOffset = r.offset
                    try r.skipValue()
                case "records":
                    recordsOffset = r.offset
                    try r.skipValue()
                default: try r.skipValue()
                }
            }
            try r.expectEnd()
        } catch { throw .syntax(error) }

        guard format == formatName, let version else {
            throw .error(
                SocioLabError(
                    .storeCorrupt,
                    "this file is not a SocioLab store snapshot (no \"format\": \"\(formatName)\" with a "
                        + "\"format_version\"); check the path",
                    at: .init(byteOffset: 0)))
        }
        guard version <= currentVersion else {
            throw .error(
                SocioLabError(
                    .storeTooNew,
                    "the store was written in format version \(version), newer than this SocioLabKit reads "
                        + "(\(currentVersion)); open it with a newer version of SocioLabKit"))
        }
        guard version >= oldestVersion, let operation, let revision, revision >= 0, let storeID else {
            throw .error(
                SocioLabError(
                    .storeCorrupt,
                    "the snapshot lacks its operation, revision or store id, or has version \(version); "
                        + "restore the store directory from a backup"))
        }
        if version >= 2 {
            var body = raw
            if body.last == UInt8(ascii: "\n") { body = UnsafeRawBufferPointer(rebasing: body.dropLast()) }
            if let reason = JournalCodec.checkFrame(body) {
                throw .error(
                    SocioLabError(
                        .storeCorrupt,
                        "the snapshot is damaged: \(reason); restore the store directory from a backup",
                        at: .init(byteOffset: 0)))
            }
        }
        var dataset = Dataset(operation: operation)
        do throws(JSONSyntaxError) {
            if version == 1 {
                guard let recordsOffset else {
                    throw r.error("a version-1 snapshot needs \"records\"", at: 0)
                }
                var rows = JSONReader(raw, offset: recordsOffset)
                try readRecords(&rows, into: &dataset)
            } else {
                guard let tablesOffset else { throw r.error("the snapshot has no \"tables\"", at: 0) }
                var tables = JSONReader(raw, offset: tablesOffset)
                try readTables(&tables, into: &dataset)
            }
        } catch { throw .syntax(error) }
        return Snapshot(
            formatVersion: version, storeID: storeID, revision: revision, dataset: dataset,
            fingerprint: fingerprint.flatMap(wellFormedFingerprint))
    }

    private static func readRecords(_ r: inout JSONReader, into dataset: inout Dataset)
        throws(JSONSyntaxError)
    {
        try r.beginArray()
        var first = true
        while try r.nextElement(&first) {
            let at = r.offset
            let value = try r.readValue()
            do { dataset.upsert(try JSONValueDecoding.decode(EntityRecord.self, from: value)) } catch {
                throw r.error("a record does not decode: \(describe(error))", at: at)
            }
        }
    }

    private static func readTables(_ r: inout JSONReader, into d: inout Dataset) throws(JSONSyntaxError) {
        try r.beginObject()
        var first = true
        var seen = Set<String>()
        while let name = try r.nextKey(&first) {
            let at = r.offset
            guard let kind = EntityKind(rawValue: name) else {
                throw r.error("\"\(name)\" is not an entity kind", at: at)
            }
            guard seen.insert(name).inserted else {
                throw r.error("the table \"\(name)\" appears twice", at: at)
            }
            switch kind {
            case .organisation: for e in try readGeneric(Organisation.self, &r) { d.upsert(e.record) }
            case .person:
                for e in try readFast(FastTables.person, blank: Person(id: ""), &r) { d.upsert(e.record) }
            case .personalDetails:
                for e in try readFast(FastTables.personalDetails, blank: PersonalDetails(person: ""), &r) {
                    d.upsert(e.record)
                }
            case .infoPoint: for e in try readGeneric(InfoPoint.self, &r) { d.upsert(e.record) }
            case .activity: for e in try readGeneric(Activity.self, &r) { d.upsert(e.record) }
            case .participation:
                let blank = Participation(id: "", activity: "")
                for e in try readFast(FastTables.participation, blank: blank, &r) { d.upsert(e.record) }
            case .job: for e in try readGeneric(Job.self, &r) { d.upsert(e.record) }
            case .product: for e in try readGeneric(Product.self, &r) { d.upsert(e.record) }
            case .developmentPlan: for e in try readGeneric(DevelopmentPlan.self, &r) { d.upsert(e.record) }
            case .supportProgramme: for e in try readGeneric(SupportProgramme.self, &r) { d.upsert(e.record) }
            case .milestone: for e in try readGeneric(Milestone.self, &r) { d.upsert(e.record) }
            }
        }
    }

    /// Reads a table through each entity's `Codable` form.
    static func readGeneric<E: Entity>(_ type: E.Type, _ r: inout JSONReader) throws(JSONSyntaxError) -> [E] {
        let tableStart = r.offset
        var columns: [(String, [JSONValue])] = []
        try r.beginObject()
        var first = true
        while let name = try r.nextKey(&first) {
            let at = r.offset
            guard case .array(let values) = try r.readValue() else {
                throw r.error("the column \"\(name)\" is not an array", at: at)
            }
            if let count = columns.first?.1.count, count != values.count {
                throw r.error("the column \"\(name)\" has \(values.count) rows, not \(count)", at: at)
            }
            columns.append((name, values))
        }
        let count = columns.first?.1.count ?? 0
        var out: [E] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            var members: [String: JSONValue] = [:]
            for (name, values) in columns where values[i] != .null { members[name] = values[i] }
            do { out.append(try JSONValueDecoding.decode(E.self, from: .object(members))) } catch {
                throw r.error(
                    "row \(i + 1) of the \(E.kind) table does not decode: \(describe(error))", at: tableStart)
            }
        }
        return out
    }

    /// Reads a table through hand-coded columns.
    static func readFast<E>(_ columns: [SnapshotColumn<E>], blank: E, _ r: inout JSONReader)
        throws(JSONSyntaxError) -> [E]
    {
        let tableStart = r.offset
        var rows: [E] = []
        var count: Int?
        var seen = Set<String>()
        try r.beginObject()
        var first = true
        while let name = try r.nextKey(&first) {
            let at = r.offset
            guard let column = columns.first(where: { $0.name == name }) else {
                try r.skipValue()
                continue
            }
            guard seen.insert(name).inserted else {
                throw r.error("the column \"\(name)\" appears twice", at: at)
            }
            try r.beginArray()
            var index = 0
            var firstElement = true
            while try r.nextElement(&firstElement) {
                if count == nil { rows.append(blank) }
                guard index < rows.count else {
                    throw r.error("the column \"\(name)\" has more rows than the others", at: at)
                }
                if try r.readNull() {
                    if column.isRequired {
                        throw r.error("the column \"\(name)\" needs a value in every row")
                    }
                } else {
                    try column.read(&r, &rows[index])
                }
                index += 1
            }
            if count == nil { count = index }
            guard index == count else {
                throw r.error("the column \"\(name)\" has fewer rows than the others", at: at)
            }
        }
        if !rows.isEmpty {
            for column in columns where column.isRequired && !seen.contains(column.name) {
                throw r.error("the table lacks the column \"\(column.name)\"", at: tableStart)
            }
        }
        return rows
    }
}

/// A short description of a decoding error: the field path and the reason.
func describe(_ error: any Error) -> String {
    func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
    switch error {
    case DecodingError.keyNotFound(let key, let context):
        return "\(path(context.codingPath + [key])) is missing"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
        DecodingError.dataCorrupted(let context):
        return "\(path(context.codingPath)): \(context.debugDescription)"
    default:
        return "\(error)"
    }
}
