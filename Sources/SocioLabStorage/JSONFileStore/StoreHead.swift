import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The head record, `head.json`: what the writer last acknowledged, kept apart from the journal so that a
/// journal cut back to an earlier line — which looks like a torn write — is seen as damage.
///
/// It is one checked line padded with spaces to ``size`` bytes (one disk sector), always rewritten whole
/// and in place with one `pwrite` at offset 0:
/// ```
/// {"crc32c":"…","base_revision":12,"format":"sociolab-head","format_version":2,"history_length":80412,
///  "journal_length":5120,"revision":19,"store":"<uuid>"}␠␠␠…␠⏎
/// ```
/// After each append it is written *after* the journal line was fsynced, without an fsync of its own
/// (it is fsynced by compaction, erasure and `close()`): it may lag the journal, never lead it. So, for a
/// sound store, the store's last revision is at least `revision`; and when `base_revision` equals the
/// journal header's, the journal holds at least `journal_length` bytes of whole lines and the history at
/// least `history_length` bytes of whole lines (`null` while an erasure rewrites the history).
struct StoreHead: Equatable, Sendable {
    static let fileName = "head.json"
    static let format = "sociolab-head"
    /// The file's fixed length in bytes.
    static let size = 512

    /// The store's identifier (or `sha256:` and its hash, for an identifier too long for the record).
    var store: String
    /// The `base_revision` of the journal the record describes.
    var baseRevision: Int64
    /// The last revision acknowledged.
    var revision: Int64
    /// The journal's length up to the end of its last acknowledged line.
    var journalLength: Int64
    /// The history's length up to the end of its last whole line; `nil` while the history is rewritten.
    var historyLength: Int64?
    /// The store's format version: 2, or 3 once it holds a snapshot import.
    var formatVersion = SnapshotCodec.currentVersion

    init(
        storeID: String, baseRevision: Int64, revision: Int64, journalLength: Int, historyLength: Int?,
        formatVersion: Int = SnapshotCodec.currentVersion
    ) {
        self.formatVersion = formatVersion
        self.store = StoreHead.key(for: storeID)
        self.baseRevision = baseRevision
        self.revision = revision
        self.journalLength = Int64(journalLength)
        self.historyLength = historyLength.map(Int64.init)
    }

    private init(
        store: String, baseRevision: Int64, revision: Int64, journalLength: Int64, historyLength: Int64?
    ) {
        self.store = store
        self.baseRevision = baseRevision
        self.revision = revision
        self.journalLength = journalLength
        self.historyLength = historyLength
    }

    /// What the record keeps of a store identifier: the identifier itself when it is short (always, for
    /// stores this code creates), else its SHA-256, so that the record never outgrows ``size``.
    static func key(for storeID: String) -> String {
        storeID.utf8.count <= 128
            && storeID.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C })
            ? storeID : "sha256:" + SHA256Hasher.hex(SHA256Hasher.hash(Array(storeID.utf8)))
    }

    /// Whether the record belongs to the store with this identifier.
    func belongs(to storeID: String) -> Bool { store == StoreHead.key(for: storeID) }

    /// The file's bytes: exactly ``size`` of them.
    func encoded() -> [UInt8] {
        var w = JSONWriter()
        w.raw("{\"base_revision\":")
        w.integer(baseRevision)
        w.raw(",\"format\":")
        w.string(StoreHead.format)
        w.raw(",\"format_version\":")
        w.integer(Int64(formatVersion))
        w.raw(",\"history_length\":")
        if let historyLength { w.integer(historyLength) } else { w.raw("null") }
        w.raw(",\"journal_length\":")
        w.integer(journalLength)
        w.raw(",\"revision\":")
        w.integer(revision)
        w.raw(",\"store\":")
        w.string(store)
        w.raw(UInt8(ascii: "}"))
        var line = JournalCodec.frame(w.bytes)
        line.removeLast()  // the newline goes at the very end
        line += [UInt8](repeating: 0x20, count: StoreHead.size - 1 - line.count)
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// Reads a record.
    /// - Returns: The record, or a sentence saying why the bytes are not one.
    static func decode(_ bytes: [UInt8]) -> Result<StoreHead, SocioLabError> {
        guard bytes.count == size, bytes.last == UInt8(ascii: "\n") else {
            return .failure(
                SocioLabError(
                    .storeCorrupt, "it is \(bytes.count) bytes long, not \(size) ending in a newline"))
        }
        var end = size - 1
        while end > 0 && bytes[end - 1] == 0x20 { end -= 1 }
        return bytes.withUnsafeBytes { raw -> Result<StoreHead, SocioLabError> in
            let line = UnsafeRawBufferPointer(rebasing: raw[..<end])
            if let reason = JournalCodec.checkFrame(line) {
                return .failure(SocioLabError(.storeCorrupt, reason))
            }
            var r = JSONReader(line)
            var format: String?
            var version: Int?
            var store: String?
            var base: Int64?
            var revision: Int64?
            var journal: Int64?
            var history: Int64?
            var historyGiven = false
            do throws(JSONSyntaxError) {
                try r.beginObject()
                var first = true
                while let key = try r.nextKey(&first) {
                    switch key {
                    case "format": format = try r.readString()
                    case "format_version": version = try r.readInt()
                    case "store": store = try r.readString()
                    case "base_revision": base = try r.readInt64()
                    case "revision": revision = try r.readInt64()
                    case "journal_length": journal = try r.readInt64()
                    case "history_length":
                        historyGiven = true
                        if try !r.readNull() { history = try r.readInt64() }
                    default: try r.skipValue()
                    }
                }
                try r.expectEnd()
            } catch {
                return .failure(
                    SocioLabError(.storeCorrupt, error.message, at: .init(byteOffset: error.byteOffset)))
            }
            guard format == StoreHead.format, let version, let store, let base, let revision, let journal,
                historyGiven
            else {
                return .failure(SocioLabError(.storeCorrupt, "it is not a head record (a member is missing)"))
            }
            guard version <= SnapshotCodec.newestVersion else {
                return .failure(
                    SocioLabError(
                        .storeTooNew,
                        "it was written in format version \(version), newer than this SocioLabKit reads "
                            + "(\(SnapshotCodec.newestVersion)); open the store with a newer version of SocioLabKit"
                    ))
            }
            var head = StoreHead(
                store: store, baseRevision: base, revision: revision, journalLength: journal,
                historyLength: history)
            head.formatVersion = version
            return .success(head)
        }
    }

    /// Reads the record of a store, or returns `nil` when the store has none (it was created before the
    /// record existed).
    ///
    /// A reader may catch the writer in the middle of rewriting the record in place; a record that does not
    /// check is therefore read again a few times before it counts as damage.
    /// - Throws: `store.corrupt` naming the file when the record is damaged; `store.io`.
    static func read(_ directory: DirectoryHandle) throws(SocioLabError) -> StoreHead? {
        let file = directory.display(fileName)
        var attempt = 0
        while true {
            guard let bytes = try directory.read(fileName) else { return nil }
            switch decode(bytes) {
            case .success(let head): return head
            case .failure(let error):
                attempt += 1
                if attempt < 16 && error.code == .storeCorrupt {
                    sched_yield()
                    continue
                }
                var located = error
                located.location.file = file
                located.message =
                    "the head record is damaged: \(error.message); "
                    + (error.code == .storeTooNew
                        ? ""
                        : "if `store verify` finds nothing else wrong, remove head.json and open the store "
                            + "for writing, which writes it again from the files")
                throw located
            }
        }
    }

    /// Writes the record in place with one `pwrite`, fsyncing it when `sync` is set.
    /// - Returns: The error number of a failure.
    func write(to fd: Int32, sync: Bool) -> Int32? {
        let bytes = encoded()
        if let code = bytes.withUnsafeBytes({ DirectoryHandle.write(fd, $0, at: 0) }) { return code }
        return sync ? DirectoryHandle.sync(fd) : nil
    }
}
