import Foundation
import SocioLabKit
import SocioLabStorage
import Testing

/// Three persons of SocioLab Podravje for the partner-scope tests: one citilab enrolled (`p-cit`), one tkalka
/// enrolled (`p-tka`), and one tkalka enrolled who took part in citilab's training (`p-both`).
enum PartnerScopeSample {
    /// The operation: SocioLab Podravje with sub-targets for OUT-05 (persons trained).
    static var operation: ESFOperation {
        var operation = ESFOperation.socioLabPodravje
        if let index = operation.outputs.firstIndex(where: { $0.id == "OUT-05" }) {
            operation.outputs[index].partnerTargets = ["citilab": 20, "tkalka": 30]
        }
        return operation
    }

    static let day = Day(year: 2019, month: 10, day: 3)!
    static let consent = Consent(givenOn: Day(year: 2019, month: 9, day: 1))

    /// The personal details of tkalka's own participant, which citilab must never read.
    enum Hidden {
        static let givenName = "Bernarda"
        static let familyName = "Zupančič"
        static let email = "bernarda.zupancic@example.si"
        static let emso = "1506998501231"
        static var all: [String] { [givenName, familyName, email, emso] }
    }

    /// The records, as an administrator inserts them.
    static var changes: [Change] {
        [
            .insert(
                Activity(
                    id: "a-cit", kind: "training", title: "Citilab training", pillar: 2,
                    partners: ["citilab"],
                    startDate: day
                ).record),
            .insert(
                Activity(
                    id: "a-tka", kind: "training", title: "Tkalka training", pillar: 2, partners: ["tkalka"],
                    startDate: day
                ).record),
            .insert(Person(id: "p-cit", gender: .female, consent: consent, enrolledBy: "citilab").record),
            .insert(
                PersonalDetails(
                    person: "p-cit", givenName: "Cvetka", familyName: "Citilabnik", email: "cvetka@example.si"
                ).record),
            .insert(
                Person(
                    id: "p-tka", gender: .female, birthDate: Day(year: 1998, month: 6, day: 15),
                    consent: consent,
                    enrolledBy: "tkalka"
                )
                .record),
            .insert(
                PersonalDetails(
                    person: "p-tka", givenName: Hidden.givenName, familyName: Hidden.familyName,
                    email: Hidden.email, emso: try! EMSO(Hidden.emso)
                ).record),
            .insert(Person(id: "p-both", gender: .male, consent: consent, enrolledBy: "tkalka").record),
            .insert(
                PersonalDetails(
                    person: "p-both", givenName: "Boris", familyName: "Obeh", email: "boris@example.si"
                )
                .record),
            .insert(Participation(id: "r1", activity: "a-cit", person: "p-cit").record),
            .insert(Participation(id: "r2", activity: "a-tka", person: "p-tka").record),
            .insert(Participation(id: "r3", activity: "a-cit", person: "p-both").record),
        ]
    }

    /// An in-memory store holding the sample, written by the administrator at revision 1.
    static func store() async throws -> InMemoryStore {
        let store = InMemoryStore(operation: operation)
        let admin = try await Workspace(store: store, rules: [NameEchoRule()], clock: clock)
        do {
            try await admin.apply(changes, author: "admin", reason: "sample")
        } catch let rejected as ChangeRejected {
            Issue.record("the sample is rejected: \(rejected.issues)")
            throw rejected
        }
        return store
    }

    /// A workspace on `store` acting as `party`, with the name-echoing rule.
    static func workspace(_ store: any Store, as party: ActingParty) async throws -> Workspace {
        try await Workspace(store: store, actingAs: party, rules: [NameEchoRule()], clock: clock)
    }

    static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_570_090_500_000))

    /// The hidden texts found in `text`.
    static func leaks(in text: String) -> [String] { Hidden.all.filter { text.contains($0) } }
}

/// A rule (as a third party could write) whose warning prints a person's name and e-mail: the partner
/// scope must hide them when the person is not the partner's.
struct NameEchoRule: ValidationRule {
    let id: RuleID = "test.name-echo"
    let severity = Severity.notice
    var subject: EntityKind? { .personalDetails }
    func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        guard case .personalDetails(let d) = record, let name = d.givenName else { return [] }
        let family = d.familyName ?? ""
        let email = d.email ?? ""
        return [
            issue(
                d.reference, field: "given_name",
                .init(sl: "oseba \(name) \(family) <\(email)>", en: "person \(name) \(family) <\(email)>"),
                fix: .init(sl: "Preverite \(name).", en: "Check \(name)."))
        ]
    }
}
