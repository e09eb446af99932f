import Foundation
import Testing

@testable import SocioLabKit

/// The sink's two ways in (`add(_:)` and `add(unit:activity:person:weight:)`) and the columns it keeps
/// only for events without an activity.
struct QualifyingEventSinkTests {
    let context = IndicatorContext(dataset: Fixture.outputs, plugins: Fixture.plugins, asOf: Fixture.asOf)

    /// Every (unit, activity, person, weight) added both ways, in the same shuffled order, in four scopes.
    @Test(arguments: [
        Scope.wholeOperation, Scope(period: .year(2019)), Scope(partners: ["prizma"]), Scope(pillars: [2]),
    ])
    func activityEventsGiveTheSameFirstEventBothWays(_ scope: Scope) {
        var generator = SystemRandomNumberGenerator()
        let activities = context.activityStart.indices
        var events: [(unit: Int, activity: Int, person: Int, weight: Int64)] = []
        for _ in 0..<400 {
            events.append(
                (
                    Int.random(in: 0..<40, using: &generator), activities.randomElement(using: &generator)!,
                    Int.random(in: -1..<8, using: &generator), Int64.random(in: 0...300, using: &generator)
                ))
        }
        var viaEvent = QualifyingEventSink(context: context, scope: scope)
        var direct = QualifyingEventSink(context: context, scope: scope)
        for e in events {
            viaEvent.add(
                QualifyingEvent(
                    unit: e.unit, day: context.activityStart[e.activity],
                    weight: Quantity(hundredths: e.weight),
                    activity: e.activity, person: e.person))
            direct.add(
                unit: e.unit, activity: e.activity, person: e.person, weight: Quantity(hundredths: e.weight))
        }
        #expect(viaEvent.firstKey == direct.firstKey)
        #expect(viaEvent.firstActivity == direct.firstActivity)
        #expect(viaEvent.firstPerson == direct.firstPerson)
        #expect(viaEvent.firstWeight == direct.firstWeight)
        #expect(viaEvent.active == direct.active)
        // Against a plain model of the rule for the whole operation: each unit's earliest event of a held
        // activity up to the report day, ties to the activity ranked first.
        if scope == .wholeOperation {
            var expected: [Int: (day: Int32, rank: Int32, activity: Int)] = [:]
            for e in events where context.activityHeld[e.activity] {
                let day = context.activityStart[e.activity].daysSinceEpoch
                let rank = context.activityRank[e.activity]
                let operation = context.dataset.operation.period
                guard day >= operation.start.daysSinceEpoch, day <= context.asOf.daysSinceEpoch else {
                    continue
                }
                if let known = expected[e.unit], (known.day, known.rank) <= (day, rank) { continue }
                expected[e.unit] = (day, rank, e.activity)
            }
            for unit in 0..<40 {
                let first = unit < direct.firstActivity.count ? Int(direct.firstActivity[unit]) : -1
                #expect(first == (expected[unit]?.activity ?? -1), "unit \(unit)")
            }
        }
        // No event without an activity: the partner, info point and municipality columns were never made.
        #expect(
            direct.firstPartner.isEmpty && direct.firstInfoPoint.isEmpty && direct.firstMunicipality.isEmpty)
    }

    @Test func anActivityOutOfRangeIsIgnored() {
        var sink = QualifyingEventSink(context: context, scope: .wholeOperation)
        sink.add(unit: 0, activity: context.activityStart.count)
        sink.add(unit: 0, activity: -1)
        #expect(sink.firstKey.allSatisfy { $0 == .max })
    }

    /// One unit with an event of its own (partner tkalka, info point ip3, municipality Ptuj) and an event
    /// of training t1 (partner prizma): whichever comes first in time names the unit's partner, info point
    /// and municipality, in whichever order they are added.
    @Test(arguments: [
        ("2018-04-15", true, "tkalka"), ("2018-04-15", false, "tkalka"),
        ("2019-07-01", true, "prizma"), ("2019-07-01", false, "prizma"),
    ])
    func theEarlierEventNamesTheUnit(_ ownDay: String, _ ownFirst: Bool, _ partner: String) {
        struct Mixed: Indicator {
            let ownDay: Day
            let ownFirst: Bool
            let id = "X-MIXED"
            let title = LocalizedText(sl: "mešano", en: "mixed")
            let unit = LocalizedText(sl: "enote", en: "units")
            let countingRule = LocalizedText(sl: "…", en: "…")
            var dimensions: [BreakdownDimension] { [.partner, .infoPoint, .municipality] }
            func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
                let t1 = context.dataset.activities.slot(of: "t1")!
                let ip3 = context.dataset.infoPoints.slot(of: "ip3")!
                let own = QualifyingEvent(
                    unit: 0, day: ownDay, partner: "tkalka", infoPoint: ip3,
                    municipality: Municipality.Code(rawValue: "096"))
                if ownFirst { sink.add(own) }
                sink.add(unit: 0, activity: t1)
                if !ownFirst { sink.add(own) }
            }
        }
        let value = IndicatorEngine.evaluate(
            Mixed(ownDay: Fixture.day(ownDay), ownFirst: ownFirst), scope: .wholeOperation, context: context)
        #expect(value.value == 1)
        func cells(_ dimension: BreakdownDimension) -> [String: Int] {
            let cells = value.breakdowns.first { $0.dimension == dimension }?.cells ?? []
            return Dictionary(
                uniqueKeysWithValues: cells.compactMap { cell in
                    cell.value.flatMap { $0 > 0 ? (cell.key, $0) : nil }
                })
        }
        #expect(cells(.partner) == [partner: 1])
        let own = partner == "tkalka"
        #expect(cells(.infoPoint) == (own ? ["ip3": 1] : [BreakdownCell.unspecifiedKey: 1]))
        #expect(cells(.municipality) == (own ? ["096": 1] : [BreakdownCell.unspecifiedKey: 1]))
    }
}

/// Plugin details are decoded once per context, for the qualifications and the plugin's indicators.
///
/// Serialized: both tests count decodes on one shared counter, so run side by side each would see the
/// other's (a clean-clone CI run counted 5 where each expected 3 and 2).
@Suite(.serialized)
struct DecodedOnceTests {
    /// Counts how often ``CountedDetails`` are decoded.
    ///
    /// Why `@unchecked Sendable` is safe: `count` is read and written only inside `lock.withLock`.
    final class DecodeCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    static let counter = DecodeCounter()

    struct CountedDetails: Codable, Hashable, Sendable {
        var abroad: Bool?
        init(from decoder: any Decoder) throws {
            DecodedOnceTests.counter.increment()
            let container = try decoder.container(keyedBy: CodingKeys.self)
            abroad = try container.decodeIfPresent(Bool.self, forKey: .abroad)
        }
    }

    /// Implements only the new requirement: the registry and the context both answer through it.
    struct VisitPlugin: ActivityPlugin {
        typealias Details = CountedDetails
        var kind: ActivityKind { "counted_visit" }
        var displayName: LocalizedText { LocalizedText(sl: "obisk", en: "visit") }
        func qualifications(of activity: Activity, details: CountedDetails) -> Set<Qualification> {
            details.abroad == true ? [.internationalConference] : []
        }
    }

    @Test func detailsAreDecodedOnceForQualificationsAndIndicators() throws {
        func visit(_ id: String, _ details: String, status: ActivityStatus = .held) throws -> EntityRecord {
            .activity(
                Activity(
                    id: .init(id), kind: "counted_visit", title: id, startDate: Fixture.day("2019-03-01"),
                    status: status, details: try JSONValue(parsing: details)))
        }
        let dataset = try Dataset(
            operation: .socioLabPodravje,
            records: [
                visit("v1", #"{"abroad":true}"#), visit("v2", #"{"abroad":false}"#),
                visit("v3", #"{"abroad":"yes"}"#), visit("v4", #"{"abroad":true}"#, status: .planned),
            ])
        let plugin = VisitPlugin()
        let before = Self.counter.value
        let context = IndicatorContext(
            dataset: dataset, plugins: PluginRegistry([plugin]), asOf: Fixture.asOf)
        // The three held visits, once each (v3 does not decode; the planned v4 is not asked about).
        #expect(Self.counter.value - before == 3)
        let details = context.details(of: plugin)
        _ = context.details(of: plugin)
        #expect(Self.counter.value - before == 3)
        let slot = { (id: String) in dataset.activities.slot(of: .init(id))! }
        #expect(details[slot("v1")]?.abroad == true)
        #expect(details[slot("v2")]?.abroad == false)
        #expect(details[slot("v3")] == nil && details[slot("v4")] == nil)
        #expect(context.activityQualifications[slot("v1")] == [.internationalConference])
        #expect(context.activityQualifications[slot("v2")].isEmpty)
        #expect(context.activityQualifications[slot("v3")].isEmpty)
        // The registry answers a direct question the same way.
        let registry = PluginRegistry([plugin])
        #expect(registry.qualifications(of: dataset.activities["v1"]!) == [.internationalConference])
        #expect(registry.qualifications(of: dataset.activities["v3"]!).isEmpty)
        #expect(registry.qualifications(of: dataset.activities["v4"]!).isEmpty)
    }

    /// A plugin value the registry does not hold is decoded on its first request, once.
    @Test func anUnregisteredPluginIsDecodedOnRequestOnce() throws {
        func visit(_ id: String, _ details: String, status: ActivityStatus = .held) throws -> EntityRecord {
            .activity(
                Activity(
                    id: .init(id), kind: "counted_visit", title: id, startDate: Fixture.day("2019-03-01"),
                    status: status, details: try JSONValue(parsing: details)))
        }
        let dataset = try Dataset(
            operation: .socioLabPodravje,
            records: [
                visit("w1", #"{"abroad":true}"#), visit("w2", #"{"abroad":"no"}"#),
                visit("w3", #"{"abroad":false}"#, status: .cancelled),
            ])
        let context = IndicatorContext(dataset: dataset, plugins: PluginRegistry(), asOf: Fixture.asOf)
        let before = Self.counter.value
        let details = context.details(of: VisitPlugin())
        _ = context.details(of: VisitPlugin())
        #expect(Self.counter.value - before == 2)  // w1 and w2, held; w3 is not asked about
        #expect(details[dataset.activities.slot(of: "w1")!]?.abroad == true)
        #expect(details[dataset.activities.slot(of: "w2")!] == nil)
        #expect(details[dataset.activities.slot(of: "w3")!] == nil)
        #expect(context.activityQualifications.allSatisfy { $0.isEmpty })
    }
}
