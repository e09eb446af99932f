import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension JSONFileStore {
    /// The store's change sets, newest first, as summaries read straight from its journal and history.
    ///
    /// Lines are read from the end of each file backwards, in pieces of 1 MiB, and each line is scanned by
    /// ``ChangeSetLineScanner`` without decoding a record, so the memory used does not grow with the
    /// size of a change set, and a `limit` stops the reading as soon as enough summaries are found. A change
    /// set found in both files (a compaction between the two reads) is listed once. A torn last line is
    /// left out, as opening the store leaves it out. Checksums are not checked: `verify(at:)` does that.
    /// It takes no lock and may run beside a writer.
    /// - Parameters:
    ///   - path: The store directory.
    ///   - limit: The most summaries to return; `nil` for all.
    ///   - include: Which change sets to list (the others are read and passed over).
    /// - Returns: The summaries, the highest revision first.
    /// - Throws: `store.missing` when there is no directory; `store.corrupt` naming the file and byte
    ///   offset of a line that is not a change set; `store.io` when a file cannot be read.
    /// - Complexity: O(size of the journal and the history) at worst; with a `limit`, O(size of the lines
    ///   read).
    package static func changeSetSummaries(
        atPath path: String, limit: Int? = nil, including include: (ChangeSetSummary) -> Bool = { _ in true }
    ) throws(SocioLabError) -> [ChangeSetSummary] {
        let directory = try DirectoryHandle.open(path)
        var found: [ChangeSetSummary] = []
        var lowest = Int64.max
        if let limit, limit <= 0 { return [] }
        // An import whose marker line the history lacks yet (a crash after its snapshot) is in the snapshot.
        var pending =
            try directory.withMapped(snapshotName) { (raw) throws(SocioLabError) in
                SnapshotCodec.quickImportMarker(raw).map(ChangeSetSummary.init(importMarker:))
            } ?? nil
        // The journal first: a compaction in between then at worst shows a change set twice (dropped
        // here), never leaves one out.
        for name in [journalName, historyName] {
            guard let fd = try directory.openFile(name, flags: O_RDONLY) else { continue }
            defer { _ = closeDescriptor(fd) }
            var file = try BackwardLineReader(fd, file: directory.display(name))
            while let line = try file.previousLine() {
                if let quick = try file.trailingRevision(of: line), quick >= lowest { continue }
                let summary = try file.summary(of: line)
                if let marker = pending, marker.revision >= summary.revision {
                    pending = nil
                    if marker.revision > summary.revision, marker.revision < lowest {
                        lowest = marker.revision
                        if include(marker) {
                            found.append(marker)
                            if let limit, found.count >= limit { return found }
                        }
                    }
                }
                guard summary.revision < lowest else { continue }
                lowest = summary.revision
                guard include(summary) else { continue }
                found.append(summary)
                if let limit, found.count >= limit { return found }
            }
        }
        if let marker = pending, marker.revision < lowest, include(marker) { found.append(marker) }
        return found
    }
}

/// The change-set lines of a journal or history file, from the last to the second (the first is the
/// header), read through its descriptor in pieces.
private struct BackwardLineReader {
    static let pieceSize = 1 << 20

    let descriptor: Int32
    let file: String
    let size: Int
    /// Where the line before the last one returned ends (its newline), or `nil` at the header.
    private var nextEnd: Int?
    private var buffer: [UInt8]

    init(_ descriptor: Int32, file: String) throws(SocioLabError) {
        self.descriptor = descriptor
        self.file = file
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw SocioLabError(
                .storeIO, "cannot inspect \(file): \(String(cString: strerror(errno)))", at: .init(file: file)
            )
        }
        size = Int(info.st_size)
        buffer = [UInt8](repeating: 0, count: Self.pieceSize)
        // A last line without its newline is a torn write: the lines end at the last newline.
        nextEnd = nil
        nextEnd = try newline(before: size)
    }

    /// The byte range of the line before the last one returned (without its newline), or `nil` when only
    /// the header is left.
    mutating func previousLine() throws(SocioLabError) -> Range<Int>? {
        guard let end = nextEnd else { return nil }
        guard let start = try newline(before: end) else {
            nextEnd = nil
            return nil  // the header line
        }
        nextEnd = start
        return (start + 1)..<end
    }

    /// The line's revision read from its last bytes, when they have the usual shape.
    mutating func trailingRevision(of line: Range<Int>) throws(SocioLabError) -> Int64? {
        let from = max(line.lowerBound, line.upperBound - 160)
        let piece = try read(from..<line.upperBound)
        return buffer.withUnsafeBytes { raw in
            JournalCodec.trailingRevision(UnsafeRawBufferPointer(rebasing: raw[0..<piece]))
        }
    }

    /// Scans the whole line into a summary (an import marker's, from its counts).
    mutating func summary(of line: Range<Int>) throws(SocioLabError) -> ChangeSetSummary {
        if line.count <= Self.pieceSize {
            let count = try read(line)
            let marker = buffer.withUnsafeBytes { raw -> ImportMarker? in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[0..<count])
                guard JournalCodec.isImportMarker(bytes) else { return nil }
                return try? JournalCodec.importMarker(
                    JournalCodec.Line(number: 0, byteOffset: line.lowerBound, bytes: bytes), file: file)
            }
            if let marker { return ChangeSetSummary(importMarker: marker) }
        }
        var scanner = ChangeSetLineScanner()
        var position = line.lowerBound
        while position < line.upperBound, scanner.problem == nil {
            let count = try read(position..<min(line.upperBound, position + Self.pieceSize))
            buffer.withUnsafeBytes { raw in scanner.feed(UnsafeRawBufferPointer(rebasing: raw[0..<count])) }
            position += count
        }
        switch scanner.summary() {
        case .success(let summary): return summary
        case .failure(let problem):
            throw SocioLabError(
                .storeCorrupt,
                "the line at byte \(line.lowerBound) is not a change set: \(problem.reason); run 'store verify' "
                    + "to see every damaged line, and restore the store from a backup",
                at: .init(file: file, byteOffset: line.lowerBound))
        }
    }

    /// The offset of the last newline before `end`, or `nil` when there is none.
    private mutating func newline(before end: Int) throws(SocioLabError) -> Int? {
        var upper = end
        while upper > 0 {
            let lower = max(0, upper - Self.pieceSize)
            let count = try read(lower..<upper)
            let found: Int? = buffer.withUnsafeBytes { raw -> Int? in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
                var index = count - 1
                while index >= 0 {
                    if base[index] == UInt8(ascii: "\n") { return index }
                    index -= 1
                }
                return nil
            }
            if let found { return lower + found }
            upper = lower
        }
        return nil
    }

    /// Reads `range` (at most one piece) into the start of the buffer; returns the bytes read.
    private mutating func read(_ range: Range<Int>) throws(SocioLabError) -> Int {
        var filled = 0
        let wanted = range.count
        let descriptor = descriptor
        var failure: Int32 = 0
        buffer.withUnsafeMutableBytes { raw in
            while filled < wanted {
                let n = pread(
                    descriptor, raw.baseAddress! + filled, wanted - filled, off_t(range.lowerBound + filled))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                filled += n
            }
        }
        if failure != 0 {
            throw SocioLabError(
                .storeIO, "cannot read \(file): \(String(cString: strerror(failure)))", at: .init(file: file))
        }
        guard filled == wanted else {
            throw SocioLabError(
                .storeCorrupt, "\(file) became shorter while it was read; run the command again",
                at: .init(file: file, byteOffset: range.lowerBound + filled))
        }
        return filled
    }
}
