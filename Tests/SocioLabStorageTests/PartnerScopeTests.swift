import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage
import Testing

/// Issue 17, part 1: a workspace acting as a partner reads other partners' participants as statistical
/// records only, writes only its own records, and says who it acted as in every change set.
struct PartnerScopeTests {
    typealias Sample = PartnerScopeSample

    @Test("A partner sees the details of whom it enrolled and of its activities' participants, no one else's")
    func datasetIsRedacted() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let dataset = await citilab.dataset
        #expect(dataset.personalDetails["p-cit"]?.givenName == "Cvetka")
        #expect(dataset.personalDetails["p-both"]?.givenName == "Boris")
        #expect(dataset.personalDetails["p-tka"] == nil)
        // The statistical record stays whole: aggregate figures are the operation's.
        #expect(dataset.persons["p-tka"]?.birthDate == Day(year: 1998, month: 6, day: 15))
        #expect(dataset.persons.count == 3)
        let tkalka = try await Sample.workspace(store, as: .partner("tkalka"))
        #expect(await tkalka.dataset.personalDetails["p-tka"]?.familyName == Sample.Hidden.familyName)
        #expect(await tkalka.dataset.personalDetails["p-cit"] == nil)
    }

    @Test(
        "The administrator and the lead partner see every detail",
        arguments: [ActingParty.administrator, .partner("prizma")])
    func administratorAndLeadSeeAll(party: ActingParty) async throws {
        let workspace = try await Sample.workspace(try await Sample.store(), as: party)
        #expect(await workspace.dataset.personalDetails.count == 3)
        #expect(await workspace.dataset.personalDetails["p-tka"]?.email == Sample.Hidden.email)
    }

    @Test("No export of a partner's dataset (JSON, CSV) holds another partner's participant's details")
    func exportsHoldNoHiddenDetails() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let dataset = await citilab.dataset
        let json = String(decoding: DatasetDocument.encode(dataset), as: UTF8.self)
        #expect(Sample.leaks(in: json).isEmpty, "\(Sample.leaks(in: json))")
        #expect(json.contains("Cvetka"))
        for file in try CSVExport.files(for: dataset, writer: CSVWriter(), plugins: .standard) {
            let text = String(decoding: file.data, as: UTF8.self)
            #expect(Sample.leaks(in: text).isEmpty, "\(file.name): \(Sample.leaks(in: text))")
        }
        // The same export by the administrator holds them: the check above can fail.
        let admin = try await Sample.workspace(store, as: .administrator)
        let whole = String(decoding: DatasetDocument.encode(await admin.dataset), as: UTF8.self)
        #expect(Sample.leaks(in: whole).count == Sample.Hidden.all.count)
    }

    @Test("History read as a partner empties another partner's participant's details, before and after")
    func historyIsRedacted() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let encoder = JSONEncoder()
        let subject = EntityReference(.person, "p-tka")
        let direct = try await citilab.history(of: EntityReference(.personalDetails, "p-tka"))
        let redacted = try await citilab.redactedHistory(of: [subject])
        #expect(!direct.isEmpty && !redacted.isEmpty)
        for text in try (direct + redacted).map({ String(decoding: try encoder.encode($0), as: UTF8.self) }) {
            #expect(Sample.leaks(in: text).isEmpty, "\(Sample.leaks(in: text))")
        }
        let own = try await citilab.history(of: EntityReference(.personalDetails, "p-both"))
        #expect(String(decoding: try encoder.encode(own), as: UTF8.self).contains("Boris"))
        let admin = try await Sample.workspace(store, as: .administrator)
        let whole = try await admin.history(of: EntityReference(.personalDetails, "p-tka"))
        #expect(String(decoding: try encoder.encode(whole), as: UTF8.self).contains(Sample.Hidden.email))
    }

    @Test("Validation messages as a partner print no other partner's participant's name or e-mail")
    func validationMessagesAreSanitised() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let issues = await citilab.validateAll()
        let echoed = issues.filter { $0.rule == "test.name-echo" }
        #expect(echoed.count == 3)
        for issue in issues {
            for language in Language.allCases {
                let text = issue.text(in: language)
                #expect(Sample.leaks(in: text).isEmpty, "\(text)")
            }
        }
        #expect(echoed.contains { $0.message.en.contains("Boris") })
        #expect(echoed.contains { $0.message.en == "person [hidden] [hidden] <[hidden]>" })
        #expect(echoed.contains { $0.message.sl == "oseba [skrito] [skrito] <[skrito]>" })
        // What applying a change returns is sanitised too: a citilab change that re-validates tkalka's person.
        let result = try await citilab.apply(
            [.insert(Participation(id: "r9", activity: "a-cit", person: "p-cit").record)], author: "c",
            reason: "r", dryRun: true)
        for issue in result.issues { #expect(Sample.leaks(in: issue.text(in: .english)).isEmpty) }
    }

    @Test("Reports run as a partner count the whole operation; the partner's scope has its sub-target")
    func reportsCountTheWholeOperation() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let admin = try await Sample.workspace(store, as: .administrator)
        let builder = ReportBuilder(plugins: .standard)
        let asOf = Day(year: 2020, month: 12, day: 31)!
        let whole = await citilab.report(builder, asOf: asOf)
        #expect(whole == (await admin.report(builder, asOf: asOf)))
        let scope = await citilab.actingPartnerScope
        #expect(scope == Scope(partners: ["citilab"]))
        #expect(await admin.actingPartnerScope == .wholeOperation)
        let own = await citilab.report(builder, scope: scope, asOf: asOf)
        #expect(own.indicators.first { $0.id == "OUT-05" }?.target == 20)
        for report in [whole, own] {
            let text = JSONReportRenderer().render(report)
            #expect(Sample.leaks(in: text).isEmpty)
        }
    }

    @Test("A partner's change set records the partner, and persons it writes without one are enrolled by it")
    func writesRecordTheActingPartner() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let result = try await citilab.apply(
            [
                .insert(Person(id: "p-new", gender: .female, consent: Sample.consent).record),
                .insert(PersonalDetails(person: "p-new", givenName: "Nika").record),
                .insert(Participation(id: "r4", activity: "a-cit", person: "p-new").record),
                .insert(Participation(id: "r5", activity: "a-cit", person: "p-tka").record),
                .update(
                    Activity(
                        id: "a-cit", kind: "training", title: "Renamed", partners: ["citilab"],
                        startDate: Sample.day
                    ).record),
            ], author: "cvetka", reason: "enrolment")
        #expect(result.committed?.actingPartner == "citilab")
        #expect(await citilab.dataset.persons["p-new"]?.enrolledBy == "citilab")
        let history = try await citilab.history(of: EntityReference(.person, "p-new"))
        #expect(history.map(\.actingPartner) == ["citilab"])
        // tkalka's participant now takes part in citilab's training, so citilab sees her details.
        #expect(await citilab.dataset.personalDetails["p-tka"]?.givenName == Sample.Hidden.givenName)
        let admin = try await Sample.workspace(store, as: .administrator)
        let first = try await admin.history(of: EntityReference(.person, "p-cit"))
        #expect(first.map(\.actingPartner) == [nil])
    }

    /// Changes citilab may not make, each beside a change it may make.
    static let forbidden: [(String, Change)] = [
        ("person/p-tka", .update(Person(id: "p-tka", gender: .male, enrolledBy: "tkalka").record)),
        ("person/p-tka", .update(Person(id: "p-tka", gender: .male).record)),
        ("personal_details/p-both", .update(PersonalDetails(person: "p-both", givenName: "X").record)),
        ("person/p-both", .delete(EntityReference(.person, "p-both"))),
        (
            "activity/a-tka",
            .update(
                Activity(
                    id: "a-tka", kind: "training", title: "Mine", partners: ["tkalka"], startDate: Sample.day
                ).record)
        ),
        (
            "activity/a-new",
            .insert(
                Activity(
                    id: "a-new", kind: "training", title: "Not mine", partners: ["tkalka"],
                    startDate: Sample.day
                ).record)
        ),
        ("participation/r2", .delete(EntityReference(.participation, "r2"))),
        ("participation/r8", .insert(Participation(id: "r8", activity: "a-tka", person: "p-cit").record)),
        ("organisation/o1", .insert(Organisation(id: "o1", name: "Zadruga", legalForm: .zadruga).record)),
        ("cost_item/c-tka", .insert(Self.cost("c-tka", of: "tkalka").record)),
        (
            "budget_line/b-cit",
            .insert(
                BudgetLine(
                    id: "b-cit", partner: "citilab", category: "external-services", planned: Money(cents: 100)
                )
                .record)
        ),
    ]

    /// A cost item of `partner`.
    static func cost(_ id: CostItem.ID, of partner: Partner.ID) -> CostItem {
        CostItem(
            id: id, partner: partner, category: "external-services", amount: Money(cents: 12_000),
            incurredOn: Sample.day,
            paidOn: Sample.day, evidenceReference: "R-1")
    }

    @Test("A partner writes its own cost items; another partner's is refused (above)")
    func ownCostItemsAreAllowed() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let issues = await citilab.validate([.insert(Self.cost("c-cit", of: "citilab").record)])
        #expect(!issues.contains { $0.rule == "scope.partner-write" }, "\(issues)")
    }

    @Test(
        "A change outside the partner's records is rejected whole, located, naming the rule",
        arguments: 0..<11
    )
    func forbiddenWritesAreRejectedWhole(index: Int) async throws {
        let (location, change) = Self.forbidden[index]
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let before = await citilab.dataset
        let allowed = Change.insert(Participation(id: "r7", activity: "a-cit", person: "p-cit").record)
        let error = await #expect(throws: ChangeRejected.self) {
            try await citilab.apply([allowed, change], author: "c", reason: "r")
        }
        let issue = try #require(error?.issues.first { $0.rule == "scope.partner-write" })
        #expect(issue.severity == .error)
        #expect(issue.entity?.description == location)
        #expect(issue.message.en.contains("citilab") && !issue.fix.sl.isEmpty && issue.fix.sl != issue.fix.en)
        #expect(await citilab.revision == 1)
        #expect(await citilab.dataset == before)
        #expect(await citilab.dataset.participations["r7"] == nil)
        // The administrator may make the same change set (the rule is the partner's, not the data's).
        let admin = try await Sample.workspace(store, as: .administrator)
        let issues = await admin.validate([allowed, change])
        #expect(!issues.contains { $0.rule == "scope.partner-write" })
    }

    @Test("Erasure is the lead partner's or the enrolling partner's")
    func erasureRules() async throws {
        let store = try await Sample.store()
        let citilab = try await Sample.workspace(store, as: .partner("citilab"))
        let error = await #expect(throws: SocioLabError.self) {
            try await citilab.erasePersonalDetails(of: "p-both", author: "c", reason: "asked")
        }
        #expect(error?.code == .scopeDenied)
        #expect(error?.location.entity == "person/p-both")
        #expect(error?.message(in: .slovenian).contains("vodilni partner") == true)
        #expect(await citilab.revision == 1)
        try await citilab.erasePersonalDetails(of: "p-cit", author: "c", reason: "asked")
        let tkalka = try await Sample.workspace(store, as: .partner("tkalka"))
        try await tkalka.erasePersonalDetails(of: "p-both", author: "t", reason: "asked")
        let lead = try await Sample.workspace(store, as: .partner("prizma"))
        let revision = try await lead.erasePersonalDetails(of: "p-tka", author: "p", reason: "asked")
        #expect(revision == 4)
        let history = try await lead.history(of: EntityReference(.personalDetails, "p-tka"))
        #expect(history.last?.actingPartner == "prizma")
    }

    @Test("A workspace for a partner the operation does not have is refused, listing the partners")
    func unknownPartnerIsRefused() async throws {
        let store = try await Sample.store()
        let error = await #expect(throws: SocioLabError.self) {
            _ = try await Workspace(store: store, actingAs: .partner("nobody"))
        }
        #expect(error?.code == .unknownPartner)
        #expect(error?.message.contains("citilab") == true)
        #expect(error?.message(in: .slovenian).contains("navedite") == true)
    }
}
