import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabTesting
import Testing

/// A seeded mutation fuzzer for the readers of outside data: every table's CSV import, the general CSV
/// reader, `JSONValue(parsing:)` and `DatasetDocument.decode`, and — for what they accept — the dataset,
/// validation, the report and its renderers (issue 12, item 6).
///
/// Valid seed files (the demo's CSV export, a dataset document, plugin details) are mutated with a
/// ``SplitMix64`` of a fixed seed: bytes changed, long digit runs, deep brackets, invalid UTF-8, NUL and
/// other control characters, byte order marks, combining marks, cuts. A reader may accept or refuse each
/// input with a typed error; a crash (an overflow, an out-of-range index, a force unwrap) stops the test
/// process, which fails the run. The same seed gives the same inputs on every run and platform.
///
/// `SOCIOLAB_FUZZ_ITERATIONS` sets the inputs per reader (default 300, a few seconds in all);
/// `SOCIOLAB_FUZZ_SEED` another seed; `SOCIOLAB_FUZZ_INPUT` a path that each input is written to (with the
/// reader's name appended) before it is read, so that after a crash it holds the input that crashed. The libFuzzer target in `Tests/Fuzz`
/// explores the same entry points by coverage.
struct ReaderFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let iterations = environment["SOCIOLAB_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 300
    static let seed = environment["SOCIOLAB_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED_1212
    static let inputLog = environment["SOCIOLAB_FUZZ_INPUT"].map { URL(fileURLWithPath: $0) }

    /// The first rows of every table of the demo's CSV export.
    static let csvSeeds: [(table: ExchangeTable, data: [UInt8])] = {
        let demo = SampleData.demo()
        return ExchangeTable.allCases.map { table in
            let text = String(decoding: try! CSVExport.file(table, for: demo).data, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(6)
            return (table, Array(lines.joined(separator: "\n").utf8) + [0x0A])
        }
    }()

    /// A dataset document of the seed rows, and plugin details.
    static let jsonSeeds: [[UInt8]] = {
        var records: [EntityRecord] = []
        for (table, data) in csvSeeds {
            if let batch = try? CSVImport.read(Data(data), file: table.fileName) { records += batch.records }
        }
        let document = DatasetDocument.encode(Dataset(operation: .socioLabPodravje, records: records))
        return [
            Array(document),
            Array(#"{"hours":8,"completion_threshold":0.8,"programme":"sp1","certificate":true}"#.utf8),
            Array(#"{"mentee_organisation":"o1","hours":1.5,"mentor":"Maja"}"#.utf8),
            Array(#"{"countries":["SI","AT"],"headcount":150,"sessions":4,"international":true}"#.utf8),
            Array(#"[{"document_id":"AS-14","kind":"attendance_sheet","date":"2019-10-03"}]"#.utf8),
        ]
    }()

    /// Byte strings that readers must handle at their edges.
    static let tokens: [[UInt8]] = {
        var tokens: [[UInt8]] = [
            [0x00], [0x01], [0x1B], [0x7F], [0xFF], [0xC3], [0xE8], [0xC0, 0xAF], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0xEF, 0xBF, 0xBD], [0x65, 0xCC, 0x81],
            [0xC5, 0xBE],
            Array("\"".utf8), Array("\"\"".utf8), Array(";".utf8), Array(",".utf8), Array("\t".utf8),
            Array("\r".utf8), Array("\r\n".utf8), Array("'".utf8), Array("\\".utf8), Array("=".utf8),
            Array("-".utf8), Array(".".utf8), Array("e".utf8), Array("e400".utf8), Array("1e-400".utf8),
            Array("-0".utf8), Array("9223372036854775807".utf8), Array("9223372036854775808".utf8),
            Array("-9223372036854775809".utf8), Array("18446744073709551616".utf8),
            Array("999999999.99".utf8),
            Array("1000000000".utf8), Array("0.125".utf8), Array("NaN".utf8), Array("Infinity".utf8),
            Array("9999-12-31".utf8), Array("0000-01-01".utf8), Array("31.02.2019".utf8),
            Array("29.2.2000".utf8),
            Array("null".utf8), Array("true".utf8), Array("[]".utf8), Array("{}".utf8), Array(":".utf8),
            Array("\\u0000".utf8), Array("\\ud800".utf8), Array("\\uDFFF".utf8),
        ]
        for count in [19, 20, 40, 400] {
            tokens.append(Array(String(repeating: "9", count: count).utf8))
            tokens.append(Array(("-" + String(repeating: "1", count: count)).utf8))
            tokens.append(Array(("0." + String(repeating: "5", count: count)).utf8))
        }
        return tokens
    }()

    /// Changes `bytes` in one of the ways the type's description lists.
    static func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64) {
        let position = bytes.isEmpty ? 0 : random.uniform(bytes.count + 1)
        switch random.uniform(10) {
        case 0 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] = UInt8(truncatingIfNeeded: random.next())
        case 1, 2:
            bytes.insert(contentsOf: random.pick(tokens), at: position)
        case 3:
            // A value replaced by a token: from the position up to the next delimiter, quote or line end.
            var end = position
            while end < bytes.count, ![0x2C, 0x3B, 0x0A, 0x22, 0x3A, 0x7D, 0x5D].contains(bytes[end]) {
                end += 1
            }
            bytes.replaceSubrange(position..<end, with: random.pick(tokens))
        case 4:
            let depth = random.pick([10, 63, 64, 65, 200, 2000])
            let open: [UInt8] = random.chance(0.5) ? Array("[".utf8) : Array(#"{"a":"#.utf8)
            bytes.insert(contentsOf: Array([[UInt8]](repeating: open, count: depth).joined()), at: position)
        case 5:
            bytes.removeSubrange(position..<bytes.count)
        case 6 where !bytes.isEmpty:
            let start = random.uniform(bytes.count)
            let end = min(bytes.count, start + 1 + random.uniform(64))
            bytes.removeSubrange(start..<end)
        case 7 where !bytes.isEmpty:
            let start = random.uniform(bytes.count)
            let end = min(bytes.count, start + 1 + random.uniform(256))
            bytes.insert(contentsOf: Array(bytes[start..<end]), at: position)
        case 8:
            bytes.insert(UInt8(truncatingIfNeeded: random.next()) & 0x1F, at: position)
        default:
            bytes.insert(contentsOf: random.pick(tokens), at: position)
        }
    }

    /// `count` mutated copies of the seeds, one after another.
    static func inputs(from seeds: [[UInt8]], stream: UInt64, count: Int) -> [[UInt8]] {
        var random = SplitMix64(seed: seed, stream: stream)
        return (0..<count).map { _ in
            var bytes = random.pick(seeds)
            for _ in 0..<(1 + random.uniform(4)) { mutate(&bytes, &random) }
            return bytes
        }
    }

    /// Writes the input where `SOCIOLAB_FUZZ_INPUT` says, with `reader` appended, before it is read.
    static func log(_ bytes: [UInt8], reader: String) {
        guard let inputLog else { return }
        try? Data(bytes).write(to: URL(fileURLWithPath: inputLog.path + "-" + reader))
    }

    static let validator = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules)
    static let reports = ReportBuilder(plugins: .standard)
    static let renderers: [any ReportRenderer] = [
        TextReportRenderer(), MarkdownReportRenderer(), HTMLReportRenderer(language: .english),
        CSVReportRenderer(), JSONReportRenderer(),
    ]

    /// Validates what a reader accepted and, when `report` is set, reports on it in every format, as the
    /// CLI would after an import. (A report takes some milliseconds in a debug build: the loops ask for
    /// one for a share of the accepted inputs.)
    static func exercise(_ records: [EntityRecord], report: Bool) {
        let dataset = Dataset(operation: .socioLabPodravje, records: records)
        _ = validator.validate(dataset)
        if report {
            let built = reports.build(dataset, asOf: SampleData.demoAsOf)
            for renderer in renderers { _ = renderer.render(built) }
        }
        for case .activity(let activity) in records {
            _ = PluginRegistry.standard.qualifications(of: activity)
        }
    }

    @Test(arguments: ExchangeTable.allCases)
    func csvImportOfEveryTableAcceptsOrRefusesWithATypedError(table: ExchangeTable) throws {
        let seeds = Self.csvSeeds.filter { $0.table == table }.map(\.data)
        let stream = UInt64(ExchangeTable.allCases.firstIndex(of: table)!)
        var accepted = 0
        for bytes in Self.inputs(from: seeds, stream: stream, count: Self.iterations) {
            Self.log(bytes, reader: table.fileName)
            do {
                let batch = try CSVImport.read(
                    [CSVSource(name: table.fileName, data: Data(bytes))],
                    options: .init(operation: .socioLabPodravje))
                accepted += 1
                Self.exercise(batch.records, report: accepted % 16 == 1)
            } catch {
                #expect(!error.errors.isEmpty)
                #expect(error.errors.allSatisfy { $0.location.file == table.fileName }, "\(error.errors)")
            }
            do {
                _ = try CSVReader.parse(data: Data(bytes), file: table.fileName)
            } catch {
                #expect(error is SocioLabError, "\(error)")
            }
        }
        #expect(accepted > 0, "the mutations should leave some inputs valid")
    }

    @Test func jsonReadersAcceptOrRefuseWithATypedError() {
        var accepted = 0
        for bytes in Self.inputs(from: Self.jsonSeeds, stream: 100, count: Self.iterations * 2) {
            Self.log(bytes, reader: "json")
            do {
                let value = try JSONValue(parsing: String(decoding: bytes, as: UTF8.self))
                // The value as every standard plugin's details, read, validated and reported on.
                let activities = PluginRegistry.standard.kinds.map { kind in
                    Activity(
                        id: .init("fuzz-\(kind.rawValue)"), kind: kind, title: "Fuzz",
                        startDate: SampleData.demoAsOf,
                        status: .held, details: value)
                }
                for activity in activities {
                    _ = try? PluginRegistry.standard.plugin(for: activity.kind)?.details(of: activity)
                }
                accepted += 1
                Self.exercise(activities.map(\.record), report: accepted % 16 == 1)
            } catch {
                // Typed: a SocioLabError, placed in the text.
                #expect(error.location.line != nil, "\(error)")
            }
            do {
                let document = try DatasetDocument.decode(Data(bytes), file: "data.json")
                accepted += 1
                Self.exercise(document.batch.records, report: accepted % 16 == 1)
            } catch {
                #expect(!error.errors.isEmpty)
            }
        }
    }

    @Test func textDecodingAcceptsOrRefusesWithATypedError() {
        let seeds = Self.csvSeeds.map(\.data) + Self.jsonSeeds
        for bytes in Self.inputs(from: seeds, stream: 200, count: Self.iterations * 2) {
            Self.log(bytes, reader: "text")
            for encoding in [nil, CSVEncoding.utf8, .utf16, .windows1250] {
                do {
                    _ = try TextDecoding.decode(Data(bytes), encoding: encoding, file: "x.csv")
                } catch {
                    #expect(error is SocioLabError, "\(error)")
                }
            }
        }
    }
}
