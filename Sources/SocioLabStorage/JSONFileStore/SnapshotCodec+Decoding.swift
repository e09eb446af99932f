import SocioLabKit

extension SnapshotCodec {
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
        var importMarker: ImportMarker?
        var tablesSeen = 0
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let key = try r.nextKey(&first) {
                switch key {
                case "fingerprint": fingerprint = try r.readString()
                case "format": format = try r.readString()
                case "format_version": version = try r.readInt()
                case "import":
                    importMarker = try? JSONValueDecoding.decode(ImportMarker.self, from: try r.readValue())
                    if importMarker == nil { return nil }
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
        guard format == formatName, let version, version == currentVersion || version == importVersion,
            (importMarker == nil || (version == importVersion && importMarker?.revision == revision)),
            tablesSeen == 1, let layout, let operation, let revision, revision >= 0, let storeID,
            let dataset = SnapshotTableReader.read(
                raw, tables: layout, operation: operation, releasePages: releasePages)
        else { return nil }
        return Snapshot(
            formatVersion: version, storeID: storeID, revision: revision, dataset: dataset,
            fingerprint: fingerprint.flatMap(wellFormedFingerprint), importMarker: importMarker)
    }

    /// A fingerprint as written (64 lowercase hexadecimal digits), or `nil` for anything else, which is
    /// then computed again rather than trusted.
    static func wellFormedFingerprint(_ text: String) -> String? {
        text.utf8.count == 64
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
            ? text : nil
    }
}
