import Dispatch
import SocioLabKit

/// The fast reader of a version-2 snapshot's `tables`: it finds every column's bytes first, then parses
/// the columns in parallel, straight into the entities.
///
/// 1. **Layout.** ``scan(_:)`` walks the `tables` object with a ``SocioLabKit/JSONReader`` for its structure
///    (table and column names) and skips each column's array with a byte scanner that only balances brackets
///    outside strings, counting the array's top-level elements. It checks nothing inside the arrays.
/// 2. **Columns.** Every column is one job, run by `DispatchQueue.concurrentPerform` beside the
///    snapshot's CRC-32C: a fresh ``SocioLabKit/JSONReader`` parses the column's range completely and
///    strictly (UTF-8, grammar, nesting at the column's real depth) and writes each value into its row of a
///    preallocated entity array. Persons, personal details and participations are read by their schemas'
///    column kernels (``SocioLabKit/ColumnKernel``), which decode days, enumerations (through small byte
///    tables), quantities and identifiers without intermediate values; the other kinds read
///    ``SocioLabKit/JSONValue``s and decode rows through their `Codable` form, in parallel chunks.
/// 3. **Dataset.** The entity arrays go to `Dataset`'s bulk initialiser.
///
/// Anything unusual — a malformed layout, a column that does not parse, rows that do not line up, a
/// repeated name, a bad checksum — makes ``read(_:tables:operation:releasePages:)`` return `nil`, and the
/// caller decodes the snapshot again with the sequential reader, which finds and reports the exact
/// problem. So the fast reader never accepts what the sequential one rejects, and never reports errors
/// itself.
enum SnapshotTableReader {
    /// A column's array in the file.
    struct Column {
        /// The field's name.
        var name: String
        /// The offset of its `[`.
        var start: Int
        /// The offset just after its `]`.
        var end: Int
        /// Its number of elements.
        var count: Int
    }

    /// A table in the file.
    struct Table {
        /// Its kind.
        var kind: EntityKind
        /// Its columns, in file order.
        var columns: [Column]
    }

    // MARK: Layout

    /// Finds the tables and columns of the `tables` object at the reader's position and moves past it.
    /// - Returns: The tables, or `nil` when the layout is not the plain one this reader handles (the
    ///   reader's position is then meaningless).
    static func scan(_ r: inout JSONReader) -> [Table]? {
        var tables: [Table] = []
        var kinds = Set<EntityKind>()
        do throws(JSONSyntaxError) {
            try r.beginObject()
            var first = true
            while let name = try r.nextKey(&first) {
                guard let kind = EntityKind(rawValue: name), kinds.insert(kind).inserted else { return nil }
                var table = Table(kind: kind, columns: [])
                var names = Set<String>()
                try r.beginObject()
                var firstColumn = true
                while let column = try r.nextKey(&firstColumn) {
                    guard names.insert(column).inserted, r.peek() == UInt8(ascii: "["),
                        let (end, count) = skipArray(r.bytes, from: r.offset)
                    else { return nil }
                    table.columns.append(Column(name: column, start: r.offset, end: end, count: count))
                    r.move(to: end)
                }
                // Every column of a table has the same number of rows.
                if let count = table.columns.first?.count, !table.columns.allSatisfy({ $0.count == count }) {
                    return nil
                }
                tables.append(table)
            }
        } catch { return nil }
        return tables
    }

    /// Skips the array starting at `start` by balancing brackets outside strings; returns the offset after
    /// it and its number of top-level elements, or `nil` when it does not end.
    ///
    /// It validates nothing else: the column's parser reads the same bytes strictly afterwards and must
    /// stop at the same offset.
    static func skipArray(_ bytes: UnsafeRawBufferPointer, from start: Int) -> (Int, Int)? {
        guard let base = bytes.baseAddress, start < bytes.count else { return nil }
        let p = base.assumingMemoryBound(to: UInt8.self)
        let n = bytes.count
        var i = start &+ 1
        var depth = 1
        var commas = 0
        var empty = true
        while i < n {
            let byte = p[i]
            switch byte {
            case UInt8(ascii: "\""):
                guard let after = skipString(p, from: i &+ 1, count: n) else { return nil }
                i = after
                empty = false
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth &+= 1
                empty = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth &-= 1
                if depth == 0 { return (i &+ 1, empty ? 0 : commas &+ 1) }
            case UInt8(ascii: ","):
                if depth == 1 { commas &+= 1 }
            case 0x20, 0x0A, 0x0D, 0x09: break
            default: empty = false
            }
            i &+= 1
        }
        return nil
    }

    /// The offset after the closing quote of a string whose contents start at `from`, eight bytes at a
    /// time, or `nil` when it does not close.
    @inline(__always) private static func skipString(_ p: UnsafePointer<UInt8>, from: Int, count n: Int)
        -> Int?
    {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = from
        while true {
            while i &+ 8 <= n {
                let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let found =
                    ((quote &- ones) & ~quote & highs) | ((backslash &- ones) & ~backslash & highs)
                if found != 0 {
                    i &+= found.trailingZeroBitCount >> 3
                    break
                }
                i &+= 8
            }
            // Byte by byte from the first candidate (or near the end of the buffer).
            while i < n {
                let byte = p[i]
                if byte == UInt8(ascii: "\"") { return i &+ 1 }
                if byte == UInt8(ascii: "\\") {
                    i &+= 2
                    break
                }
                i &+= 1
            }
            if i >= n { return nil }
        }
    }

    // MARK: Reading

    /// Decodes the tables found by ``scan(_:)`` and checks the snapshot's checksum at the same time.
    /// - Parameters:
    ///   - bytes: The whole snapshot file.
    ///   - tables: Its layout.
    ///   - operation: The operation, already decoded.
    ///   - releasePages: Called once every column is parsed, to give the file's pages back.
    /// - Returns: The dataset, or `nil` when anything is wrong (the caller then reads sequentially).
    /// - Complexity: O(*n*) in the file's size, spread over the processors.
    static func read(
        _ bytes: UnsafeRawBufferPointer, tables: [Table], operation: ESFOperation,
        releasePages: () -> Void = {}
    ) -> Dataset? {
        var persons: [Person?] = []
        var details: [PersonalDetails?] = []
        var participations: [Participation?] = []
        var generic: [EntityKind: CodableTable] = [:]
        for table in tables {
            let known = table.columns.contains { Self.isKnown($0.name, of: table.kind) }
            let count = known ? table.columns[0].count : 0
            switch table.kind {
            case .person: persons = rows(of: Person(id: ""), count: count)
            case .personalDetails: details = rows(of: PersonalDetails(person: ""), count: count)
            case .participation:
                participations = rows(of: Participation(id: "", activity: ""), count: count)
            default: generic[table.kind] = CodableTable(table)
            }
        }
        let ok = persons.withUnsafeMutableBufferPointer { personRows in
            details.withUnsafeMutableBufferPointer { detailRows in
                participations.withUnsafeMutableBufferPointer { participationRows in
                    let rows = Rows(
                        persons: .init(personRows), details: .init(detailRows),
                        participations: .init(participationRows))
                    return readColumns(bytes, tables, rows, generic)
                }
            }
        }
        guard ok else { return nil }
        // Every column is parsed: the file's pages need not stay resident while the dataset is built.
        releasePages()
        guard let organisations = decodeRows(Organisation.self, generic[.organisation]),
            let infoPoints = decodeRows(InfoPoint.self, generic[.infoPoint]),
            let activities = decodeRows(Activity.self, generic[.activity]),
            let jobs = decodeRows(Job.self, generic[.job]),
            let products = decodeRows(Product.self, generic[.product]),
            let plans = decodeRows(DevelopmentPlan.self, generic[.developmentPlan]),
            let programmes = decodeRows(SupportProgramme.self, generic[.supportProgramme]),
            let milestones = decodeRows(Milestone.self, generic[.milestone]),
            let budgetLines = decodeRows(BudgetLine.self, generic[.budgetLine]),
            let costItems = decodeRows(CostItem.self, generic[.costItem]),
            let claims = decodeRows(PaymentClaim.self, generic[.paymentClaim]),
            let claimItems = decodeRows(PaymentClaimItem.self, generic[.paymentClaimItem])
        else { return nil }
        return Dataset(
            loading: operation, organisations: organisations, persons: consume persons,
            personalDetails: consume details, infoPoints: infoPoints, activities: activities,
            participations: consume participations, jobs: jobs, products: products, developmentPlans: plans,
            supportProgrammes: programmes, milestones: milestones, budgetLines: budgetLines,
            costItems: costItems,
            paymentClaims: claims, paymentClaimItems: claimItems)
    }

    /// `count` rows holding `placeholder`, with room for a quarter more: the rows become a table's slots,
    /// and the first record added after the open (the journal's, a new one) must not copy millions of
    /// them into a larger array. Room never written takes address space, not memory.
    private static func rows<E>(of placeholder: E, count: Int) -> [E?] {
        var rows: [E?] = []
        rows.reserveCapacity(count + count / 4 + 16)
        rows.append(contentsOf: repeatElement(Optional(placeholder), count: count))
        return rows
    }

    /// Whether a column is one the kind's reader knows (the kinds read column by column skip others, as
    /// the sequential reader does; for the other kinds every column counts).
    private static func isKnown(_ name: String, of kind: EntityKind) -> Bool {
        switch kind {
        case .person: return SnapshotColumnReaders.personColumns.contains(name)
        case .personalDetails: return SnapshotColumnReaders.detailColumns.contains(name)
        case .participation: return SnapshotColumnReaders.participationColumns.contains(name)
        default: return true
        }
    }

    /// One job per column, largest first, plus the checksum; `false` when any fails.
    private static func readColumns(
        _ bytes: UnsafeRawBufferPointer, _ tables: [Table], _ rows: Rows,
        _ generic: [EntityKind: CodableTable]
    ) -> Bool {
        // Largest columns first, so that the last jobs to start are short ones.
        let jobs = tables.flatMap { table in table.columns.indices.map { (table: table, column: $0) } }
            .sorted { a, b in
                let x = a.table.columns[a.column]
                let y = b.table.columns[b.column]
                return x.end - x.start > y.end - y.start
            }
        let failed = Slots<Bool>(count: jobs.count + 1)
        let shared = SharedBytes(bytes)
        DispatchQueue.concurrentPerform(iterations: jobs.count + 1) { index in
            let bytes = shared.bytes
            if index == 0 {
                var body = bytes
                if body.last == UInt8(ascii: "\n") {
                    body = UnsafeRawBufferPointer(rebasing: body.dropLast())
                }
                if JournalCodec.checkFrame(body) != nil { failed[0] = true }
                return
            }
            let (table, c) = jobs[index - 1]
            let column = table.columns[c]
            var r = JSONReader(bytes, offset: column.start, depth: 3)
            do throws(JSONSyntaxError) {
                switch table.kind {
                case .person:
                    try SnapshotColumnReaders.read(column, SnapshotColumns.person, &r, rows.persons)
                case .personalDetails:
                    try SnapshotColumnReaders.read(column, SnapshotColumns.personalDetails, &r, rows.details)
                case .participation:
                    try SnapshotColumnReaders.read(
                        column, SnapshotColumns.participation, &r, rows.participations)
                default:
                    guard let target = generic[table.kind] else { throw r.error("no table") }
                    target.columns[c] = try SnapshotColumnReaders.readValues(&r, count: column.count)
                }
                if r.offset != column.end { failed[index] = true }
            } catch { failed[index] = true }
        }
        if (0...jobs.count).contains(where: { failed[$0] != nil }) { return false }
        // Required columns must be present when the table has rows (the sequential reader's rule).
        for table in tables where !table.columns.isEmpty {
            let names = Set(table.columns.map(\.name))
            let (required, rowCount): ([String], Int) =
                switch table.kind {
                case .person: (SnapshotColumns.person.filter(\.isRequired).map(\.name), rows.persons.count)
                case .personalDetails:
                    (SnapshotColumns.personalDetails.filter(\.isRequired).map(\.name), rows.details.count)
                case .participation:
                    (
                        SnapshotColumns.participation.filter(\.isRequired).map(\.name),
                        rows.participations.count
                    )
                default: ([], 0)
                }
            if rowCount > 0 && !required.allSatisfy(names.contains) { return false }
        }
        return true
    }

    /// Decodes a generic table's rows through the entity's `Codable` form, in parallel chunks.
    private static func decodeRows<E: Entity>(_ type: E.Type, _ table: CodableTable?) -> [E]? {
        guard let table, let columns = table.columns.all, let count = columns.first?.count else { return [] }
        let names = table.names
        // A `null` stands for an absent value, except in a member where it is the value (`details`).
        let storingNull = names.map(E.kind.membersStoringNull.contains)
        let chunk = 4096
        let chunks = (count + chunk - 1) / chunk
        let results = Slots<[E]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            var out: [E] = []
            out.reserveCapacity(chunk)
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                var members: [String: JSONValue] = [:]
                for (c, values) in columns.enumerated() where values[i] != .null || storingNull[c] {
                    members[names[c]] = values[i]
                }
                guard let entity = try? JSONValueDecoding.decode(E.self, from: .object(members)) else {
                    return
                }
                out.append(entity)
            }
            results[c] = out
        }
        guard let parts = results.all else { return nil }
        let out = Array(parts.joined())
        return out.count == count ? out : nil
    }
}

// MARK: - Shared state of the parallel jobs

/// The snapshot's bytes, shared read-only by the jobs.
private struct SharedBytes: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: the pointer is a `let` and nothing writes through it; the jobs
    // run inside the closure that maps the file, so the bytes stay mapped until every job has finished.
    let bytes: UnsafeRawBufferPointer
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }
}

/// Entity rows that several jobs fill at once, each job one field of every row.
struct RowPointer<E: Sendable>: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: each parallel job writes one stored property (one column) of
    // every row, a different one from every other job, so no two jobs write the same memory; nothing
    // reads the rows until `concurrentPerform` has returned; and the jobs run inside
    // `withUnsafeMutableBufferPointer`, so the rows outlive them.
    let base: UnsafeMutablePointer<E>?
    let count: Int
    init(_ buffer: UnsafeMutableBufferPointer<E>) {
        base = buffer.baseAddress
        count = buffer.count
    }
}

/// The rows of the hand-coded kinds.
private struct Rows: Sendable {
    var persons: RowPointer<Person?>
    var details: RowPointer<PersonalDetails?>
    var participations: RowPointer<Participation?>
}

/// The columns of a table read as generic values, one slot per column.
final class CodableTable: Sendable {
    /// The columns' names, in file order.
    let names: [String]
    /// The columns' values, each slot filled by one job.
    let columns: Slots<[JSONValue]>
    init(_ table: SnapshotTableReader.Table) {
        names = table.columns.map(\.name)
        columns = Slots(count: table.columns.count)
    }
}

/// A fixed number of optional values that parallel jobs fill, each job its own slot.
final class Slots<T: Sendable>: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: each slot is written by exactly one job and read only after all
    // jobs have finished (`concurrentPerform` returns after every iteration), so no slot is touched by two
    // threads at once. The storage is a raw allocation, not an array property, so writes to different
    // slots are not one exclusive access to the whole. `T` is Sendable: a value moves from the job's
    // thread to the reader's.
    let count: Int
    private let storage: UnsafeMutablePointer<T?>
    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil, count: count)
    }
    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
    subscript(index: Int) -> T? {
        get { storage[index] }
        set { storage[index] = newValue }
    }
    /// The values of every slot, or `nil` when one is empty.
    var all: [T]? {
        var out: [T] = []
        out.reserveCapacity(count)
        for index in 0..<count {
            guard let value = storage[index] else { return nil }
            out.append(value)
        }
        return out
    }
}
