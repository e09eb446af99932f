import Foundation
import FuzzerDriver
import SocioLabKit
import SocioLabPlugins

/// The readers the fuzzer feeds, chosen by the first byte of each input.
enum FuzzTarget {
    /// The target for a selector byte: a table's CSV import, plugin details, or a dataset document.
    case csv(ExchangeTable)
    case details
    case document

    static let all: [FuzzTarget] = ExchangeTable.allCases.map { .csv($0) } + [.details, .document]

    init(selector: UInt8) { self = Self.all[Int(selector) % Self.all.count] }
}

/// What the CLI does with an accepted input: validation, the report and every renderer.
enum Pipeline {
    static let validator = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules)
    static let reports = ReportBuilder(plugins: .standard)
    static let renderers: [any ReportRenderer] = [
        TextReportRenderer(), MarkdownReportRenderer(), HTMLReportRenderer(language: .english),
        CSVReportRenderer(), JSONReportRenderer(),
    ]
    static let asOf = Day(year: 2020, month: 12, day: 31)!

    static func run(_ records: [EntityRecord]) {
        let dataset = Dataset(operation: .socioLabPodravje, records: records)
        _ = validator.validate(dataset)
        let report = reports.build(dataset, asOf: asOf)
        for renderer in renderers { _ = renderer.render(report) }
    }
}

/// Reads one input with the target its first byte picks. Refusals are expected; only a crash (which
/// libFuzzer catches and saves) is a finding.
func fuzz(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let selector = bytes.first else { return }
    let data = Data(bytes.dropFirst())
    switch FuzzTarget(selector: selector) {
    case .csv(let table):
        if let batch = try? CSVImport.read(
            [CSVSource(name: table.fileName, data: data)], options: .init(operation: .socioLabPodravje))
        {
            Pipeline.run(batch.records)
        }
    case .details:
        guard let value = try? JSONValue(parsing: String(decoding: data, as: UTF8.self)) else { return }
        let activities = PluginRegistry.standard.kinds.map { kind in
            Activity(
                id: .init("fuzz-\(kind.rawValue)"), kind: kind, title: "Fuzz", startDate: Pipeline.asOf,
                status: .held, details: value)
        }
        for activity in activities {
            _ = try? PluginRegistry.standard.plugin(for: activity.kind)?.details(of: activity)
        }
        Pipeline.run(activities.map(\.record))
    case .document:
        if let document = try? DatasetDocument.decode(data, file: "data.json") {
            Pipeline.run(document.batch.records)
        }
    }
}

/// The input callback libFuzzer calls once per input, with the input's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzz(UnsafeBufferPointer(start: start, count: count))
    return 0
}

/// The program's entry point. SwiftPM links an executable with its `main` aliased to
/// `<module>_main`, which `-parse-as-library` (needed so that no top-level code competes with libFuzzer)
/// does not emit; so it is defined here and hands over to libFuzzer's driver with the callback above.
@_cdecl("SocioLabFuzz_main")
public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { start, size in
        fuzzTestOneInput(start, size)
    }
}
