import SocioLabKit

/// The marker line of a snapshot import in the history (format version 3): one checked line, the
/// ``SocioLabKit/ImportMarker``'s JSON form, in place of a change set holding every imported record.
///
/// ```
/// {"crc32c":"…","author":"ana","import":{"files":[…],"records":1227609,"tables":{"person":200000,…}},
///  "reason":"…","revision":1,"timestamp":"…"}
/// ```
/// Its keys are sorted like a change set's, so its revision is read from its end the same way; it has
/// `import` where a change set has `records`.
extension JournalCodec {
    /// One line of the history: a change set, or the marker of a snapshot import.
    enum Entry {
        case changeSet(CommittedChangeSet)
        case importMarker(ImportMarker)

        /// The revision the line records.
        var revision: Int64 {
            switch self {
            case .changeSet(let changeSet): changeSet.revision
            case .importMarker(let marker): marker.revision
            }
        }
    }

    /// The framed line of an import marker.
    static func markerLine(_ marker: ImportMarker) throws(SocioLabError) -> [UInt8] {
        frame(try SnapshotCodec.markerObject(marker))
    }

    /// Whether a line (checked, without its newline) is an import marker: its first members after the
    /// checksum are at most `acting_partner` and `author`, then `import` — a change set has `reason` there.
    /// Reads a few short members, never the records of a change set.
    static func isImportMarker(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var r = JSONReader(bytes)
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                switch key {
                case "crc32c", "acting_partner", "author": try r.skipValue()
                case "import": return true
                default: return false
                }
            }
        } catch { return false }
        return false
    }

    /// A history line as a change set or an import marker.
    /// - Throws: `store.corrupt` naming the line when it is neither.
    static func entry(_ line: Line, file: String) throws(SocioLabError) -> Entry {
        guard isImportMarker(line.bytes) else { return .changeSet(try changeSet(line, file: file)) }
        return .importMarker(try importMarker(line, file: file))
    }

    /// A journal line, which is always a change set: a marker line there is damage.
    static func journalChangeSet(_ line: Line, file: String) throws(SocioLabError) -> CommittedChangeSet {
        if isImportMarker(line.bytes) {
            throw SocioLabError(
                .storeCorrupt,
                "line \(line.number) is an import marker, which belongs in the history, not the journal; "
                    + "restore the store from a backup",
                at: .init(file: file, line: line.number, byteOffset: line.byteOffset))
        }
        return try changeSet(line, file: file)
    }

    /// Decodes a marker line.
    static func importMarker(_ line: Line, file: String) throws(SocioLabError) -> ImportMarker {
        try decode(ImportMarker.self, line, file: file, what: "an import marker")
    }
}

extension SnapshotCodec {
    /// The `import` member of a snapshot, read from its first members only (it sorts before `operation`
    /// and `tables`), without reading the tables; `nil` when there is none or the file does not start like
    /// a snapshot (opening the store reports that).
    static func quickImportMarker(_ raw: UnsafeRawBufferPointer) -> ImportMarker? {
        var r = JSONReader(raw)
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                switch key {
                case "crc32c", "fingerprint", "format", "format_version": try r.skipValue()
                case "import":
                    return try? JSONValueDecoding.decode(ImportMarker.self, from: try r.readValue())
                default: return nil
                }
            }
        } catch { return nil }
        return nil
    }
}
