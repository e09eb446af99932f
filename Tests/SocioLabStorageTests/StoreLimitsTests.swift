import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

@testable import SocioLabStorage

struct StoreLimitsTests {
    /// A change set that skips the workspace and holds a number that is not JSON (`01`) is refused by the
    /// JSON file store's append, and the store still opens with what it had.
    @Test(arguments: ["01", "+1", ".5", "1.", " 1", String(repeating: "9", count: 65)])
    func anAppendOfANumberTheReaderWouldRefuseWritesNothing(_ text: String) async throws {
        let root = TemporaryDirectory()
        let path = root.appending("store")
        let store = try JSONFileStore.create(at: path, operation: .socioLabPodravje)
        let activity = Activity(
            id: "a1", kind: "x", title: "T", startDate: Day(year: 2019, month: 10, day: 3)!,
            details: .object(["n": .number(text)]))
        // The lock file holds who holds the lock; the data files must not change.
        let before = hashes(path).filter { $0.key != "store.lock" }
        let changeSet = CommittedChangeSet(
            revision: 1, author: "a", timestamp: Timestamp(milliseconds: 0), reason: "r",
            records: [ChangeRecord(reference: activity.reference, before: nil, after: activity.record)])
        await #expect(throws: SocioLabError.self) { try await store.append(changeSet) }
        store.close()
        #expect(hashes(path).filter { $0.key != "store.lock" } == before)
        let reopened = try JSONFileStore.open(at: path)
        #expect(try await reopened.load().revision == 0)
        reopened.close()
    }

    /// Every text a stored entity holds is checked by `core.stored-value`: each string of every entity's
    /// stored form (every field set), given a NUL, is reported at its own JSON path — or cannot be decoded
    /// at all (codes, dates and identifiers are validated values).
    @Test func everyTextOfEveryEntityIsChecked() throws {
        var checked = 0
        for record in ConformanceFixtures.everyKind {
            checked += try Self.poisonEveryText(of: record.entity)
        }
        #expect(checked >= 30)
    }

    private static func poisonEveryText<E: Entity>(of entity: E) throws -> Int {
        let tree = try JSONValueEncoding.encode(entity)
        // The fixture's own awkward values (a U+0001 in a document id) are reported already.
        let already = Set(StoredValueLimits.violations(of: entity.record).map(\.field))
        var checked = 0
        for path in Self.stringLeaves(of: tree, at: []) {
            let poisoned = Self.replacing(path[...], in: tree, with: .string("x\u{0}"))
            guard let decoded = try? JSONValueDecoding.decode(E.self, from: poisoned) else { continue }
            let fields = StoredValueLimits.violations(of: decoded.record).map(\.field)
            #expect(
                fields.filter { !already.contains($0) || $0 == JSONPath(path) } == [JSONPath(path)],
                "\(E.kind) \(JSONPath(path))")
            checked += 1
        }
        return checked
    }

    private static func stringLeaves(of value: JSONValue, at path: [JSONPath.Component])
        -> [[JSONPath.Component]]
    {
        switch value {
        case .string: return [path]
        case .array(let elements):
            return elements.indices.flatMap { stringLeaves(of: elements[$0], at: path + [.index($0)]) }
        case .object(let members):
            return members.keys.sorted().flatMap { stringLeaves(of: members[$0]!, at: path + [.key($0)]) }
        default: return []
        }
    }

    private static func replacing(
        _ path: ArraySlice<JSONPath.Component>, in value: JSONValue, with new: JSONValue
    )
        -> JSONValue
    {
        guard let first = path.first else { return new }
        switch (first, value) {
        case (.index(let i), .array(var elements)):
            elements[i] = replacing(path.dropFirst(), in: elements[i], with: new)
            return .array(elements)
        case (.key(let k), .object(var members)):
            members[k] = replacing(path.dropFirst(), in: members[k]!, with: new)
            return .object(members)
        default: return value
        }
    }
}

/// Numbers in plugin details, kept exactly whatever their size, never make a rule, an indicator or a
/// report trap on arithmetic overflow (issue 12, item 6: a training's hours of 17 digits in a JSON
/// document killed `sociolab import`).
struct PluginDetailsOverflowTests {
    static let document = """
        {"format": "sociolab-dataset", "version": 1,
        "organisations": [{"id": "o1", "name": "O", "legal_form": "zadruga", "social_enterprise": true}],
        "persons": [{"id": "p1", "consent": {"given_on": "2019-01-01"}}],
        "activities": [
          {"id": "a1", "kind": "training", "title": "T", "start_date": "2019-10-03", "status": "held",
           "partners": ["prizma"], "pillar": 1,
           "details": {"hours": 92233720368547757, "completion_threshold": 92233720368547757}},
          {"id": "a2", "kind": "fair", "title": "F", "start_date": "2019-10-04", "status": "held",
           "partners": ["prizma"], "pillar": 1,
           "details": {"visitors": 9223372036854775807, "open_day_hosts": ["o1"], "exhibitors": ["o1"]}},
          {"id": "a3", "kind": "conference", "title": "C", "start_date": "2019-10-05", "status": "held",
           "partners": ["prizma"], "pillar": 1, "details": {"headcount": 9223372036854775807}},
          {"id": "a4", "kind": "campaign", "title": "K", "start_date": "2019-10-06", "status": "held",
           "partners": ["prizma"], "pillar": 1, "details": {"reach": 9223372036854775807}},
          {"id": "a5", "kind": "mentoring", "title": "M", "start_date": "2019-10-07", "status": "held",
           "partners": ["prizma"], "pillar": 1,
           "details": {"hours": 92233720368547757, "mentee_organisation": "o1"}},
          {"id": "a6", "kind": "mentoring", "title": "M", "start_date": "2019-10-08", "status": "held",
           "partners": ["prizma"], "pillar": 1,
           "details": {"hours": 92233720368547757, "mentee_organisation": "o1"}},
          {"id": "a7", "kind": "training", "title": "T", "start_date": "2019-10-09", "status": "held",
           "partners": ["prizma"], "pillar": 1,
           "details": {"hours": 92233720368547757, "completion_threshold": 1}}
        ],
        "participations": [
          {"id": "x1", "activity": "a1", "person": "p1", "role": "participant", "status": "attended",
           "hours": 999999999.99, "completed": true},
          {"id": "x2", "activity": "a7", "person": "p1", "role": "participant", "status": "attended",
           "hours": 1, "completed": false}
        ]}
        """

    @Test func hugeDetailsNumbersAreValidatedAndReportedWithoutATrap() async throws {
        let batch = try DatasetDocument.decode(Data(Self.document.utf8), file: "d.json").batch
        let workspace = try await Workspace(
            store: InMemoryStore(operation: .socioLabPodravje), plugins: .standard)
        let empty = Dataset(operation: .socioLabPodravje)
        _ = try? await workspace.apply(
            ImportPlanner.changes(for: batch, against: empty), author: "a", reason: "r")
        var dataset = empty
        for record in batch.records { dataset.upsert(record) }
        let issues = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules).validate(
            dataset)
        // Every activity's number beyond Quantity.validRange (or the largest count) is reported.
        for id in ["a1", "a2", "a3", "a4", "a5", "a6", "a7"] {
            #expect(issues.contains { $0.entity == EntityReference(.activity, id) }, "\(id)")
        }
        let store = InMemoryStore(dataset: dataset)
        let loaded = try await Workspace(store: store, plugins: .standard)
        let report = await loaded.report(
            ReportBuilder(plugins: .standard), asOf: Day(year: 2021, month: 12, day: 31)!)
        #expect(!report.indicators.isEmpty)
        // Hours beyond the range are not read, so they add nothing (and cannot overflow a sum).
        let hours = MentoringPlugin().hoursByOrganisation(in: dataset)
        #expect(hours["o1"] == nil)
    }
}
