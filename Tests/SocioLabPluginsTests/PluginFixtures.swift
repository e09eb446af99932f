import Foundation
import SocioLabKit
import SocioLabPlugins

/// Small datasets and helpers for the plugin tests.
enum PluginFixtures {
    static let day = Day(year: 2019, month: 10, day: 3)!

    static func organisation(_ id: Organisation.ID) -> Organisation {
        Organisation(id: id, name: "Organisation \(id)", legalForm: .zavod)
    }

    /// Organisations o1 … o3 and a support programme sp1.
    static var base: [EntityRecord] {
        [
            organisation("o1").record, organisation("o2").record, organisation("o3").record,
            SupportProgramme(id: "sp1", title: "Pospeševalnik").record,
        ]
    }

    /// A held activity of `kind` whose stored details are `details` (JSON text).
    static func activity(
        _ id: Activity.ID = "a1", kind: ActivityKind, details: String, status: ActivityStatus = .held
    ) -> Activity {
        Activity(
            id: id, kind: kind, title: "Activity \(id)", pillar: 3, partners: ["prizma"], startDate: day,
            status: status, details: try! JSONValue(parsing: details))
    }

    /// A dataset of the base records and `records`.
    static func dataset(_ records: [EntityRecord]) -> Dataset {
        Dataset(operation: .socioLabPodravje, records: base + records)
    }

    static let validator = Validator(rules: PluginRegistry.standard.validationRules)

    /// The issues one rule reports on a full validation of the base records and `records`.
    static func issues(_ rule: RuleID, _ records: [EntityRecord]) -> [ValidationIssue] {
        validator.validate(dataset(records)).filter { $0.rule == rule }
    }

    /// The issues one rule reports about one activity with the given details.
    static func issues(_ rule: RuleID, kind: ActivityKind, details: String) -> [ValidationIssue] {
        issues(rule, [activity(kind: kind, details: details).record])
    }

    /// Compact JSON text with sorted keys.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
