import SocioLabKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one change-set line of the journal or the history, fed in pieces of any size, into a
/// ``ChangeSetSummary``: the line's own members (`revision`, `timestamp`, `author`, `reason`,
/// `acting_partner`) and, for each record, its kind and which of `before`, `after` and `redacted` it holds.
///
/// The records' values are stepped over byte by byte, never decoded, and a piece is forgotten once read,
/// so a change set of a million records costs one pass over its bytes and no more memory than its
/// counts. The scanner checks the line's shape (nesting, strings, the members it reads); the checksum is
/// what `store verify` checks.
struct ChangeSetLineScanner {
    private enum LineKey { case other, revision, timestamp, author, reason, actingPartner, records }
    private enum RecordKey { case other, before, after, redacted, reference }

    /// The longest member value kept (a reason longer than this is cut).
    private static let captureLimit = 1 << 16

    /// Whether each open container is an object, innermost last.
    private var objects: [Bool] = []
    private var inString = false
    /// Inside a string, the next byte is escaped.
    private var escapeNext = false
    private var stringIsKey = false
    private var capturing = false
    private var captured: [UInt8] = []
    private var expectingKey = false
    private var valuePending = false
    private var lineKey = LineKey.other
    private var recordKey = RecordKey.other
    private var referenceKeyIsKind = false
    private var readingRevision = false

    private var revision: Int64?
    private var revisionDigits = 0
    private var timestamp: String?
    private var author: String?
    private var reason: String?
    private var actingPartner: String?
    private var recordKind: String?
    private var recordBefore = false
    private var recordAfter = false
    private var recordRedacted = false
    private var counts: [EntityKind: ChangeSetSummary.Counts] = [:]
    private var started = false
    private(set) var problem: String?

    init() {}

    /// Reads the next piece of the line.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        let count = bytes.count
        while index < count, problem == nil {
            if inString {
                index = scanString(bytes, from: index)
                continue
            }
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0A:
                readingRevision = false
            case UInt8(ascii: "\""):
                let depth = objects.count
                let inRecords = lineKey == .records
                if expectingKey {
                    stringIsKey = true
                    expectingKey = false
                    capturing =
                        depth == 1 || (inRecords && (depth == 3 || (depth == 4 && recordKey == .reference)))
                } else {
                    beginValue(byte)
                    stringIsKey = false
                    capturing =
                        (depth == 1 && [.timestamp, .author, .reason, .actingPartner].contains(lineKey))
                        || (inRecords && depth == 4 && recordKey == .reference && referenceKeyIsKind)
                }
                captured.removeAll(keepingCapacity: true)
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if started {
                    beginValue(byte)
                } else if byte != UInt8(ascii: "{") {
                    fail("it is not a JSON object")
                }
                started = true
                objects.append(byte == UInt8(ascii: "{"))
                expectingKey = byte == UInt8(ascii: "{")
                valuePending = byte == UInt8(ascii: "[")
                if objects.count == 3 && lineKey == .records && byte == UInt8(ascii: "{") { beginRecord() }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                readingRevision = false
                guard let isObject = objects.last, isObject == (byte == UInt8(ascii: "}")) else {
                    fail("its brackets do not match")
                    break
                }
                if objects.count == 3 && lineKey == .records { endRecord() }
                objects.removeLast()
                expectingKey = false
                valuePending = false
            case UInt8(ascii: ":"):
                valuePending = true
            case UInt8(ascii: ","):
                readingRevision = false
                if objects.last == true { expectingKey = true } else { valuePending = true }
            default:
                if valuePending { beginValue(byte) }
                if readingRevision {
                    guard (0x30...0x39).contains(byte), revisionDigits < 18 else {
                        fail("its revision is not a whole number")
                        break
                    }
                    revision = (revision ?? 0) * 10 + Int64(byte - 0x30)
                    revisionDigits += 1
                }
            }
        }
    }

    /// Steps through a string from `index`; returns where reading goes on.
    private mutating func scanString(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if escapeNext {
            escapeNext = false
            if capturing { captured.append(bytes[index]) }
            index += 1
        }
        if !capturing, let base = bytes.baseAddress {
            // Jump from quote to quote; a quote after an odd run of backslashes is escaped.
            var from = index
            while from < count {
                guard let found = memchr(base + from, Int32(UInt8(ascii: "\"")), count - from) else { break }
                let quote = base.distance(to: UnsafeRawPointer(found))
                var backslashes = 0
                while quote - backslashes - 1 >= index, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") {
                    backslashes += 1
                }
                if backslashes % 2 == 0 {
                    endString()
                    return quote + 1
                }
                from = quote + 1
            }
            var trailing = 0
            while count - trailing - 1 >= index, bytes[count - trailing - 1] == UInt8(ascii: "\\") {
                trailing += 1
            }
            escapeNext = trailing % 2 == 1
            return count
        }
        while index < count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\\") {
                if captured.count < Self.captureLimit { captured.append(byte) }
                if index < count {
                    if captured.count < Self.captureLimit { captured.append(bytes[index]) }
                    index += 1
                } else {
                    escapeNext = true
                }
            } else if byte == UInt8(ascii: "\"") {
                endString()
                return index
            } else if captured.count < Self.captureLimit {
                captured.append(byte)
            }
        }
        return index
    }

    /// A value starts with `byte` in the current container.
    private mutating func beginValue(_ byte: UInt8) {
        valuePending = false
        switch objects.count {
        case 1:
            readingRevision = lineKey == .revision
            if readingRevision {
                revision = nil
                revisionDigits = 0
            }
        case 3 where lineKey == .records:
            switch recordKey {
            case .before: recordBefore = byte != UInt8(ascii: "n")
            case .after: recordAfter = byte != UInt8(ascii: "n")
            case .redacted: recordRedacted = byte == UInt8(ascii: "t")
            default: break
            }
        default: break
        }
    }

    private mutating func endString() {
        inString = false
        let wasCapturing = capturing
        capturing = false
        let depth = objects.count
        if stringIsKey {
            guard wasCapturing else { return }
            let key = String(decoding: captured, as: UTF8.self)
            switch depth {
            case 1:
                lineKey =
                    switch key {
                    case "revision": .revision
                    case "timestamp": .timestamp
                    case "author": .author
                    case "reason": .reason
                    case "acting_partner": .actingPartner
                    case "records": .records
                    default: .other
                    }
            case 3 where lineKey == .records:
                recordKey =
                    switch key {
                    case "before": .before
                    case "after": .after
                    case "redacted": .redacted
                    case "ref": .reference
                    default: .other
                    }
            case 4:
                referenceKeyIsKind = key == "kind"
            default: break
            }
            return
        }
        if depth == 1 {
            guard [.timestamp, .author, .reason, .actingPartner].contains(lineKey) else { return }
            let text = Self.decode(captured)
            switch lineKey {
            case .timestamp: timestamp = text
            case .author: author = text
            case .reason: reason = text
            default: actingPartner = text
            }
        } else if depth == 4, lineKey == .records, recordKey == .reference, referenceKeyIsKind {
            recordKind = Self.decode(captured)
        }
    }

    /// The text of a JSON string's bytes (without its quotes), escapes resolved.
    private static func decode(_ bytes: [UInt8]) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        let quoted = [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")]
        return quoted.withUnsafeBytes { raw in
            var reader = JSONReader(raw)
            return (try? reader.readString()) ?? String(decoding: bytes, as: UTF8.self)
        }
    }

    private mutating func beginRecord() {
        recordKind = nil
        recordBefore = false
        recordAfter = false
        recordRedacted = false
        recordKey = .other
        referenceKeyIsKind = false
    }

    private mutating func endRecord() {
        guard let name = recordKind, let kind = EntityKind(rawValue: name) else {
            fail(recordKind.map { "a record has the unknown kind \"\($0)\"" } ?? "a record has no kind")
            return
        }
        var kindCounts = counts[kind] ?? ChangeSetSummary.Counts()
        switch (recordRedacted, recordBefore, recordAfter) {
        case (true, _, _): kindCounts.erasures += 1
        case (false, false, true): kindCounts.inserts += 1
        case (false, true, false): kindCounts.deletions += 1
        default: kindCounts.updates += 1
        }
        counts[kind] = kindCounts
        recordKey = .other
    }

    private mutating func fail(_ reason: String) {
        if problem == nil { problem = reason }
    }

    /// The summary of the whole line, once every piece is read.
    /// - Returns: The summary, or the reason the line is not a change set.
    func summary() -> Result<ChangeSetSummary, LineProblem> {
        if let problem { return .failure(LineProblem(reason: problem)) }
        guard started, objects.isEmpty, !inString else {
            return .failure(LineProblem(reason: "it ends before its JSON object does"))
        }
        guard let revision, let author, let reason, let timestamp else {
            return .failure(LineProblem(reason: "it lacks revision, timestamp, author or reason"))
        }
        guard let moment = Timestamp(parsing: timestamp) else {
            return .failure(LineProblem(reason: "its timestamp \"\(timestamp)\" is not valid"))
        }
        return .success(
            ChangeSetSummary(
                revision: revision, timestamp: moment, author: author, reason: reason,
                actingPartner: actingPartner, counts: counts))
    }

    /// Why a line is not a change set.
    struct LineProblem: Error {
        var reason: String
    }
}
