import Foundation
import SocioLabKit
import SocioLabPlugins
import Testing

/// Issue 14: the plugins' detail fields are ordinary columns of `activities.csv`.
struct DetailColumnsImportTests {
    static let options = CSVImportOptions(operation: .socioLabPodravje, plugins: .standard)

    static func read(_ text: String, options: CSVImportOptions = options) -> Result<
        ImportBatch, ImportFailure
    > {
        Result { () throws(ImportFailure) -> ImportBatch in
            try CSVImport.read(Data(text.utf8), file: "activities.csv", options: options)
        }
    }

    static func activities(_ text: String) throws -> [Activity.ID: Activity] {
        let batch = try read(text).get()
        var found: [Activity.ID: Activity] = [:]
        for case .activity(let activity) in batch.records { found[activity.id] = activity }
        return found
    }

    static func errors(_ text: String) -> [SocioLabError] {
        if case .failure(let failure) = read(text) { return failure.errors }
        return []
    }

    static let header = "id,kind,title,start_date,status,details"

    @Test func columnsOfEachKindGoIntoItsDetails() throws {
        let text = """
            \(Self.header),hours,programme,certificate,mentee_organisation,stage,open_day_hosts,visitors,countries
            t1,training,T,2019-10-03,held,"{""module"":""A""}","1,5",sp1,da,,,,,
            m1,mentoring,M,2019-10-03,held,,2,,,o1,Growth,,,
            f1,fair,F,2019-10-03,held,,,,,,,o1; o2,120,
            c1,conference,C,2019-10-03,held,,,,,,,,,SI;AT
            """
        let found = try Self.activities(text)
        #expect(
            found["t1"]?.details
                == .object([
                    "module": .string("A"), "hours": .number("1.5"), "programme": .string("sp1"),
                    "certificate": .bool(true),
                ]))
        #expect(
            found["m1"]?.details
                == .object([
                    "hours": .number("2"), "mentee_organisation": .string("o1"), "stage": .string("growth"),
                ]))
        #expect(
            found["f1"]?.details
                == .object([
                    "open_day_hosts": .array([.string("o1"), .string("o2")]), "visitors": .number("120"),
                ]))
        #expect(found["c1"]?.details == .object(["countries": .array([.string("SI"), .string("AT")])]))
        let typed = try MentoringPlugin().details(of: try #require(found["m1"]))
        #expect(typed.menteeOrganisation == "o1" && typed.hours == Quantity(hundredths: 200))
    }

    @Test func detailColumnsAreNotReportedAsUnknown() throws {
        let batch = try Self.read("\(Self.header),open_day_hosts,Visitors\nf1,fair,F,2019-10-03,held,,o1,3\n")
            .get()
        #expect(batch.warnings.isEmpty)
        // Without plugins the same columns are unknown: ignored, with a warning.
        let plain = try Self.read(
            "\(Self.header),open_day_hosts\nf1,fair,F,2019-10-03,held,,o1\n", options: CSVImportOptions()
        ).get()
        #expect(plain.warnings.map(\.code) == [.importIgnoredColumns])
    }

    @Test func aValueInTheColumnAndTheDetailsCellMustAgree() throws {
        let agreeing = try Self.activities(
            "\(Self.header),hours\nt1,training,T,2019-10-03,held,\"{\"\"hours\"\":8}\",8\n")
        #expect(agreeing["t1"]?.details == .object(["hours": .number("8")]))
        let errors = Self.errors(
            "\(Self.header),hours\nt1,training,T,2019-10-03,held,\"{\"\"hours\"\":3}\",4\n")
        #expect(errors.map(\.code) == [.importDetailConflict])
        #expect(errors.first?.location == .init(file: "activities.csv", line: 2, field: "hours"))
    }

    @Test func aDetailColumnOfAnotherKindIsAnErrorNamingTheKindsThatHaveIt() {
        let errors = Self.errors("\(Self.header),hours,visitors\nc1,conference,C,2019-10-03,held,,2,\n")
        #expect(errors.map(\.code) == [.importDetailOtherKind])
        #expect(errors.first?.message.contains("mentoring, training") == true)
        #expect(errors.first?.location == .init(file: "activities.csv", line: 2, field: "hours"))
        // An empty cell of another kind's column is fine.
        #expect(Self.errors("\(Self.header),visitors\nc1,conference,C,2019-10-03,held,,\n").isEmpty)
    }

    @Test(arguments: [
        ("hours", "osem", "a number with at most two decimals"),
        ("visitors", "1.5", "a whole number"),
        ("certificate", "maybe", "yes or no"),
        ("stage", "grwth", "Did you mean growth?"),
        ("category", "ethical", "social_innovation, ethical_investor"),
    ])
    func aCellInTheWrongFormIsAnErrorAtItsColumn(column: String, cell: String, says: String) throws {
        let kind =
            switch column {
            case "visitors": "fair"
            case "stage": "mentoring"
            case "category": "competition"
            default: "training"
            }
        let errors = Self.errors("\(Self.header),\(column)\nx1,\(kind),X,2019-10-03,held,,\(cell)\n")
        let error = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(error.code == .invalidValue)
        #expect(error.location == .init(file: "activities.csv", line: 2, field: column))
        #expect(error.message.contains(says), "\(error.message)")
    }

    @Test func aNearMissOfADetailColumnSuggestsIt() {
        let errors = Self.errors("\(Self.header),mentee_organisaton\nm1,mentoring,M,2019-10-03,held,,o1\n")
        #expect(errors.map(\.code) == [.importUnknownColumn])
        #expect(errors.first?.message.contains("Did you mean mentee_organisation") == true)
    }

    @Test func theStandardColumnsFollowRegistrationThenFieldOrder() {
        let names = PluginRegistry.standard.detailColumns.names
        #expect(Array(names.prefix(4)) == ["programme", "module", "hours", "trainer"])
        #expect(names.count == Set(names).count)
        #expect(names.last == "reach")
        #expect(names.firstIndex(of: "mentee_organisation")! < names.firstIndex(of: "open_day_hosts")!)
    }

    @Test func everyStandardPluginDeclaresTheFieldsItsDetailsEncode() throws {
        for plugin in PluginRegistry.standardPlugins {
            #expect(!plugin.detailFields.isEmpty, "\(plugin.kind)")
            for field in plugin.detailFields {
                #expect(!field.meaning.sl.isEmpty && !field.meaning.en.isEmpty)
            }
        }
        // Field names are the stored (coding-key) names: a payload of all of them decodes with none unknown.
        let known = Set(
            try JSONValue(
                encoding: TrainingPlugin.Details(
                    programme: "sp1", module: "m", hours: 1, trainer: "t", completionThreshold: 1,
                    certificate: true)
            ).objectValue!.keys)
        #expect(Set(TrainingPlugin().detailFields.map(\.name)) == known)
        let fair = Set(
            try JSONValue(encoding: FairPlugin.Details(openDayHosts: ["o1"], exhibitors: ["o2"], visitors: 1))
                .objectValue!.keys)
        #expect(Set(FairPlugin().detailFields.map(\.name)) == fair)
    }
}

/// Issue 14: a participation role is a core role or one a registered plugin declares.
struct ParticipationRoleDeclarationTests {
    struct StudyVisitPlugin: ActivityPlugin {
        let kind: ActivityKind = "study_visit"
        let displayName = LocalizedText(sl: "Študijski obisk", en: "Study visit")
        var participationRoles: [ParticipationRole] { [ParticipationRole(rawValue: "guest_listener")] }
    }

    static func roles(_ cells: [String], plugins: PluginRegistry) -> Result<[String], ImportFailure> {
        let rows = cells.enumerated().map { "r\($0.offset),a1,p1,,\($0.element),attended" }
        let text =
            "id,activity_id,person_id,organisation_id,role,status\n" + rows.joined(separator: "\n") + "\n"
        return Result { () throws(ImportFailure) -> [String] in
            let batch = try CSVImport.read(
                Data(text.utf8), file: "participations.csv", options: .init(plugins: plugins))
            return batch.records.compactMap {
                if case .participation(let p) = $0 { p.role.rawValue } else { nil }
            }
        }
    }

    @Test(arguments: ["volunteer", "guest_listener"])
    func anUndeclaredLowerCaseRoleIsRefused(role: String) throws {
        guard case .failure(let failure) = Self.roles([role], plugins: .standard) else {
            Issue.record("'\(role)' was accepted")
            return
        }
        #expect(failure.errors.map(\.code) == [.importUnknownCode])
        #expect(failure.errors.first?.location.field == "role")
    }

    @Test func aRoleAPluginDeclaresIsAcceptedAndANearMissOfItSuggested() throws {
        let plugins = PluginRegistry.standard.registering(StudyVisitPlugin())
        #expect(
            try Self.roles(["guest_listener", "trener"], plugins: plugins).get() == [
                "guest_listener", "trainer",
            ])
        guard case .failure(let failure) = Self.roles(["guest_listner"], plugins: plugins) else {
            Issue.record("a near miss was accepted")
            return
        }
        #expect(failure.errors.first?.message.contains("Did you mean guest_listener?") == true)
    }

    @Test func theRuleRefusesAnUndeclaredRoleArrivingByTheAPI() {
        let records: [EntityRecord] = [
            PluginFixtures.activity(kind: .training, details: #"{"hours": 8}"#).record,
            Person(id: "p1").record,
            Participation(
                id: "x1", activity: "a1", person: "p1", role: ParticipationRole(rawValue: "volunteer")
            )
            .record,
            Participation(id: "x2", activity: "a1", person: "p1", role: ParticipationRole(rawValue: "trainr"))
                .record,
            Participation(id: "x3", activity: "a1", person: "p1", role: .trainer).record,
        ]
        let issues = PluginFixtures.issues("core.participation-role", records)
        #expect(
            issues.map(\.entity) == [
                EntityReference(.participation, "x1"), EntityReference(.participation, "x2"),
            ])
        #expect(issues.allSatisfy { $0.severity == .error && $0.field == "role" })
        #expect(issues.last?.message.en.contains("Did you mean trainer?") == true)
        #expect(issues.last?.message.sl.contains("Ste mislili trainer?") == true)
        // A role a registered plugin declares passes.
        let withPlugin = Validator(
            rules: PluginRegistry.standard.registering(StudyVisitPlugin()).validationRules)
        let guest = Participation(
            id: "x4", activity: "a1", person: "p1", role: ParticipationRole(rawValue: "guest_listener"))
        #expect(
            withPlugin.validate(PluginFixtures.dataset(Array(records.prefix(2)) + [guest.record])).filter {
                $0.rule == "core.participation-role"
            }.isEmpty)
    }
}

/// Issue 14: a file with detail columns and no `details` column updates only those fields of a stored
/// activity.
struct DetailColumnsMergeTests {
    @Test func detailColumnsWithoutADetailsColumnAreLaidOverTheStoredDetails() throws {
        let stored = PluginFixtures.activity("t1", kind: .training, details: #"{"hours": 8, "module": "A"}"#)
        let dataset = PluginFixtures.dataset([stored.record])
        let batch = try CSVImport.read(
            Data("id,kind,title,start_date,status,hours\nt1,training,Activity t1,2019-10-03,held,10\n".utf8),
            file: "activities.csv", options: DetailColumnsImportTests.options)
        let changes = ImportPlanner.changes(for: batch, against: dataset)
        var updated = dataset
        for change in changes { _ = try updated.apply(change) }
        #expect(
            updated.activities["t1"]?.details == .object(["hours": .number("10"), "module": .string("A")]))
    }
}
