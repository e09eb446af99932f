import SocioLabKit

extension SnapshotCodec {
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
        var importMarker: ImportMarker?
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                let at = r.offset
                switch key {
                case "fingerprint": fingerprint = try r.readString()
                case "format": format = try r.readString()
                case "format_version": version = try r.readInt()
                case "import":
                    let value = try r.readValue()
                    do { importMarker = try JSONValueDecoding.decode(ImportMarker.self, from: value) } catch {
                        throw r.error("the import marker does not decode: \(describe(error))", at: at)
                    }
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
        guard version <= newestVersion else {
            throw .error(
                SocioLabError(
                    .storeTooNew,
                    "the store was written in format version \(version), newer than this SocioLabKit reads "
                        + "(\(newestVersion)); open it with a newer version of SocioLabKit"))
        }
        if let importMarker, version < importVersion || importMarker.revision != revision {
            throw .error(
                SocioLabError(
                    .storeCorrupt,
                    "the snapshot's import marker is of revision \(importMarker.revision) in a snapshot of "
                        + "revision \(revision.map(String.init) ?? "?"), format version \(version); restore the "
                        + "store directory from a backup",
                    at: .init(byteOffset: 0)))
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
            fingerprint: fingerprint.flatMap(wellFormedFingerprint), importMarker: importMarker)
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
            case .organisation: for e in try readThroughCodable(Organisation.self, &r) { d.upsert(e.record) }
            case .person:
                for e in try readColumns(SnapshotColumns.person, blank: Person(id: ""), &r) {
                    d.upsert(e.record)
                }
            case .personalDetails:
                for e in try readColumns(
                    SnapshotColumns.personalDetails, blank: PersonalDetails(person: ""), &r)
                {
                    d.upsert(e.record)
                }
            case .infoPoint: for e in try readThroughCodable(InfoPoint.self, &r) { d.upsert(e.record) }
            case .activity: for e in try readThroughCodable(Activity.self, &r) { d.upsert(e.record) }
            case .participation:
                let blank = Participation(id: "", activity: "")
                for e in try readColumns(SnapshotColumns.participation, blank: blank, &r) {
                    d.upsert(e.record)
                }
            case .job: for e in try readThroughCodable(Job.self, &r) { d.upsert(e.record) }
            case .product: for e in try readThroughCodable(Product.self, &r) { d.upsert(e.record) }
            case .developmentPlan:
                for e in try readThroughCodable(DevelopmentPlan.self, &r) { d.upsert(e.record) }
            case .supportProgramme:
                for e in try readThroughCodable(SupportProgramme.self, &r) { d.upsert(e.record) }
            case .milestone: for e in try readThroughCodable(Milestone.self, &r) { d.upsert(e.record) }
            case .budgetLine: for e in try readThroughCodable(BudgetLine.self, &r) { d.upsert(e.record) }
            case .costItem: for e in try readThroughCodable(CostItem.self, &r) { d.upsert(e.record) }
            case .paymentClaim: for e in try readThroughCodable(PaymentClaim.self, &r) { d.upsert(e.record) }
            case .paymentClaimItem:
                for e in try readThroughCodable(PaymentClaimItem.self, &r) { d.upsert(e.record) }
            }
        }
    }

    /// Reads a table through each entity's `Codable` form.
    static func readThroughCodable<E: Entity>(_ type: E.Type, _ r: inout JSONReader) throws(JSONSyntaxError)
        -> [E]
    {
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
        // A `null` stands for an absent value, except in a member where it is the value (`details`).
        let storingNull = E.kind.membersStoringNull
        var out: [E] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            var members: [String: JSONValue] = [:]
            for (name, values) in columns where values[i] != .null || storingNull.contains(name) {
                members[name] = values[i]
            }
            do { out.append(try JSONValueDecoding.decode(E.self, from: .object(members))) } catch {
                throw r.error(
                    "row \(i + 1) of the \(E.kind) table does not decode: \(describe(error))", at: tableStart)
            }
        }
        return out
    }

    /// Reads a table through hand-coded columns.
    static func readColumns<E>(_ columns: [StoredField<E>], blank: E, _ r: inout JSONReader)
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
