import Foundation
import Testing

@testable import SocioLabKit

/// One series point, breakdown and cell type serves the engine's values and the report: the engine fills
/// every count, and the report's JSON form of the shared types is what the report's own types wrote.
struct IndicatorValueTypesTests {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func theEngineFillsEveryCountAndNamesEachBreakdown() {
        let context = IndicatorContext(dataset: Fixture.outputs, plugins: Fixture.plugins, asOf: Fixture.asOf)
        let value = IndicatorEngine.evaluate(
            OutputIndicators.trainedPersons, scope: .wholeOperation, context: context)
        #expect(!value.series.isEmpty && !value.breakdowns.isEmpty)
        #expect(value.series.allSatisfy { $0.value != nil && $0.cumulative != nil })
        for breakdown in value.breakdowns {
            #expect(breakdown.title == breakdown.dimension.title)
            #expect(breakdown.cells.allSatisfy { $0.value != nil && !$0.suppressed })
        }
    }

    @Test func aShownCellKeepsItsJSONForm() throws {
        let cell = BreakdownCell(key: "female", label: LocalizedText(sl: "ženske", en: "women"), value: 4)
        #expect(
            try Self.json(cell)
                == #"{"key":"female","label":{"en":"women","sl":"ženske"},"suppressed":false,"value":4}"#)
    }

    @Test func aSuppressedCountIsLeftOutBesideSuppressed() throws {
        let cell = BreakdownCell(
            key: "male", label: LocalizedText(sl: "moški", en: "men"), value: nil, suppressed: true)
        #expect(try Self.json(cell) == #"{"key":"male","label":{"en":"men","sl":"moški"},"suppressed":true}"#)
        let breakdown = Breakdown(dimension: .gender, additive: true, cells: [])
        #expect(
            try Self.json(breakdown)
                == #"{"additive":true,"cells":[],"dimension":"gender","title":{"en":"gender","sl":"spol"}}"#)
    }
}
