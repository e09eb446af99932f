import Foundation
import SocioLabStorage
import Testing

@testable import SocioLabKit

/// Issue 17, part 1: no validation message read as a partner prints another partner's participant's
/// personal data, whatever kind of record the issue is about.
struct PartnerScopeSanitisingTests {
    typealias Sample = PartnerScopeSample
    typealias Hidden = PartnerScopeSample.Hidden

    static func dataset() throws -> Dataset {
        var dataset = Dataset(operation: Sample.operation)
        for change in Sample.changes { _ = try dataset.apply(change) }
        return dataset
    }

    /// An issue about `entity` whose message and fix name tkalka's participant, and citilab's own.
    static func issue(about entity: EntityReference?) -> ValidationIssue {
        let hidden = "\(Hidden.givenName) \(Hidden.familyName) <\(Hidden.email)>, EMŠO \(Hidden.emso)"
        return ValidationIssue(
            rule: "test.any-kind", severity: .warning, entity: entity,
            message: LocalizedText(
                sl: "zapis omenja \(hidden) in Cvetka Citilabnik",
                en: "the record names \(hidden) and Cvetka Citilabnik"),
            fix: LocalizedText(sl: "Vprašajte \(Hidden.givenName).", en: "Ask \(Hidden.givenName)."))
    }

    @Test(
        "An issue about a record of any kind, or of none, hides another partner's participant",
        arguments:
            EntityKind.allCases.map(Optional.some) + [nil])
    func everyKind(kind: EntityKind?) throws {
        let dataset = try Self.dataset()
        let scope = PartnerScope(partner: "citilab")
        let issue = Self.issue(about: kind.map { EntityReference($0, "x1") })
        let sanitised = try #require(scope.sanitised([issue], in: dataset).first)
        for language in Language.allCases {
            let text = sanitised.text(in: language)
            #expect(Sample.leaks(in: text).isEmpty, "\(text)")
            #expect(text.contains("Cvetka Citilabnik"), "citilab's own participant stays readable: \(text)")
        }
        #expect(
            sanitised.message.en
                == "the record names [hidden] [hidden] <[hidden]>, EMŠO [hidden] and Cvetka Citilabnik")
        #expect(sanitised.fix.sl == "Vprašajte [skrito].")
    }

    @Test("A hidden name is replaced as a whole word only; the lead partner and the administrator read all")
    func wordsAndWhoReads() throws {
        let dataset = try Self.dataset()
        let issue = ValidationIssue(
            rule: "test.words", severity: .notice, entity: nil,
            message: LocalizedText(
                sl: "\(Hidden.givenName)s ni \(Hidden.givenName)",
                en: "\(Hidden.givenName)s is not \(Hidden.givenName)."),
            fix: LocalizedText(sl: "", en: ""))
        let sanitised = PartnerScope(partner: "citilab").sanitised([issue], in: dataset)
        #expect(sanitised.first?.message.en == "\(Hidden.givenName)s is not [hidden].")
        // tkalka enrolled her: it reads her name.
        #expect(PartnerScope(partner: "tkalka").sanitised([issue], in: dataset) == [issue])
    }

    @Test("Through the workspace: a rule on activities that names every participant hides tkalka's")
    func throughWorkspace() async throws {
        let store = try await Sample.store()
        let citilab = try await Workspace(
            store: store, actingAs: .partner("citilab"), rules: [ParticipantRollCall()], clock: Sample.clock)
        let issues = await citilab.validateAll().filter { $0.rule == "test.roll-call" }
        #expect(issues.count == 2)
        for issue in issues {
            #expect(Sample.leaks(in: issue.text(in: .english)).isEmpty, "\(issue)")
        }
        #expect(issues.contains { $0.message.en.contains("Cvetka") && $0.message.en.contains("Boris") })
    }
}

/// A rule on activities (as a third party could write) that lists the names of their participants.
struct ParticipantRollCall: ValidationRule {
    let id: RuleID = "test.roll-call"
    let severity = Severity.notice
    var subject: EntityKind? { .activity }
    func check(_ record: EntityRecord, in dataset: Dataset) -> [ValidationIssue] {
        guard case .activity(let activity) = record else { return [] }
        let names = dataset.participations(in: activity.id).compactMap { participation in
            participation.person.flatMap { dataset.personalDetails[.init($0.rawValue)]?.givenName }
        }
        let list = names.sorted().joined(separator: ", ")
        return [
            issue(
                activity.reference, .init(sl: "udeleženci: \(list)", en: "participants: \(list)"),
                fix: .init(sl: "Preverite \(list).", en: "Check \(list)."))
        ]
    }
}
