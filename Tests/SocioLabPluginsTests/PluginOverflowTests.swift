import Foundation
import SocioLabKit
import SocioLabPlugins
import Testing

/// Numbers in plugin details at and beyond the largest a field holds: rules and indicators give typed
/// issues and figures, never an arithmetic overflow (issue 12, item 6).
struct PluginOverflowTests {
    let asOf = Day(year: 2021, month: 12, day: 31)!
    let everyIndicator = PluginRegistry.standard.indicators

    /// Validates the records with every plugin rule and computes every plugin indicator over them.
    func validateAndReport(_ records: [EntityRecord]) -> (
        issues: [ValidationIssue], values: [(id: String, value: IndicatorValue)]
    ) {
        let dataset = PluginFixtures.dataset(records)
        let issues = PluginFixtures.validator.validate(dataset)
        let context = IndicatorContext(dataset: dataset, plugins: .standard, asOf: asOf)
        let values = everyIndicator.map {
            ($0.id, IndicatorEngine.evaluate($0, scope: .wholeOperation, context: context, dimensions: []))
        }
        return (issues, values)
    }

    @Test(arguments: ["999999999", "999999999.99", "-999999999.99"])
    func trainingHoursTimesThresholdDoNotOverflow(_ number: String) throws {
        let training = PluginFixtures.activity(
            "t1", kind: .training, details: #"{"hours":\#(number),"completion_threshold":\#(number)}"#)
        let records: [EntityRecord] = [
            training.record, Person(id: "p1").record, Person(id: "p2").record,
            Participation(id: "x1", activity: "t1", person: "p1", hours: 8, completed: true).record,
            Participation(id: "x2", activity: "t1", person: "p2", hours: Quantity(hundredths: .max)).record,
        ]
        let (issues, values) = validateAndReport(records)
        #expect(issues.contains { $0.rule == "training.completion-threshold" })
        let completion = try #require(values.first { $0.id == "training.completion" }?.value)
        #expect(completion.value == 2)
        let plugin = TrainingPlugin()
        let details = try plugin.details(of: training)
        let huge = Participation(id: "x3", activity: "t1", person: "p1", hours: Quantity(hundredths: .max))
        let small = Participation(id: "x4", activity: "t1", person: "p1", hours: Quantity(hundredths: .min))
        #expect(plugin.completed(huge, details: details) != nil)
        #expect(plugin.completed(small, details: details) == false)
    }

    @Test(arguments: [
        ("campaign", "reach", "campaign.reach", "campaign.reach"),
        ("fair", "visitors", "fair.visitors", "fair.visitors"),
        ("conference", "headcount", "conference.counts", "conference.headcount"),
    ])
    func countsBeyondTheLargestAreReportedAndWeighTheLargest(
        kind: String, field: String, rule: String, indicator: String
    ) throws {
        let records = ["9223372036854775807", "1000000000", "999999999"].enumerated().map { index, count in
            PluginFixtures.activity(
                .init("k\(index)"), kind: ActivityKind(rawValue: kind), details: #"{"\#(field)":\#(count)}"#
            ).record
        }
        let (issues, values) = validateAndReport(records)
        let tooLarge = issues.filter { $0.rule == RuleID(rawValue: rule) }
        #expect(tooLarge.count == 2, "\(tooLarge)")
        #expect(tooLarge.allSatisfy { $0.message.en.contains("too large") && $0.field == "details." + field })
        let value = try #require(values.first { $0.id == indicator }?.value)
        #expect(value.measure == Quantity(hundredths: 3 * 99_999_999_900))
    }

    @Test(arguments: [
        "1000000000", "9223372036854775807", "99999999999999999999", String(repeating: "9", count: 400),
        "1e300",
        "-1e300",
    ])
    func detailsQuantitiesBeyondTheRangeAreAnIssueNotACrash(_ number: String) {
        // The details are built as values: a parser may refuse a number of 400 digits as text.
        var training = PluginFixtures.activity("t1", kind: .training, details: "{}")
        training.details = .object(["hours": .number(number)])
        var mentoring = PluginFixtures.activity("m1", kind: .mentoring, details: "{}")
        mentoring.details = .object(["mentee_organisation": .string("o1"), "hours": .number(number)])
        let records = [training.record, mentoring.record]
        let (issues, values) = validateAndReport(records)
        #expect(issues.filter { $0.rule == "plugin.details" }.count == 2, "\(issues)")
        #expect(values.allSatisfy { ($0.value.measure?.hundredths ?? 0) == 0 })
    }
}
