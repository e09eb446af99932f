extension CanonicalWriter {
    /// Writes a committed change set as one compact JSON object with sorted keys: the same document its
    /// `Codable` form gives, written directly.
    mutating func writeObject(_ changeSet: CommittedChangeSet) {
        writing { cursor in
            cursor.beginObject()
            // Written only when present, so a change set without one keeps its bytes (and its pins).
            if let partner = changeSet.actingPartner { cursor.string("acting_partner", partner.rawValue) }
            cursor.string("author", changeSet.author)
            cursor.string("reason", changeSet.reason)
            cursor.key("records")
            cursor.byte(UInt8(ascii: "["))
        }
        let records = changeSet.records
        writeEach(records.count, separator: UInt8(ascii: ",")) { cursor, i in
            let record = records[i]
            cursor.beginObject()
            if let after = record.after { cursor.entity("after", after) }
            if let before = record.before { cursor.entity("before", before) }
            cursor.key("ref")
            cursor.beginObject()
            cursor.string("id", record.reference.id)
            cursor.string("kind", record.reference.kind.rawValue)
            cursor.endObject()
            if record.redacted { cursor.bool("redacted", true) }
            cursor.endObject()
        }
        writing { cursor in
            cursor.byte(UInt8(ascii: "]"))
            cursor.first = false
            cursor.int("revision", changeSet.revision)
            cursor.string("timestamp", changeSet.timestamp.description)
            cursor.endObject()
        }
    }
}
