import Foundation
import SocioLabTesting
import Testing

struct DemoSampleTests {
    static let demo = SampleData.demo()

    static func encoded(_ dataset: Dataset) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(dataset.allRecords)
    }

    @Test func sameSeedGivesTheSameDatasetByteForByte() throws {
        let again = SampleData.demo(seed: SampleData.demoSeed)
        #expect(again == Self.demo)
        #expect(try Self.encoded(again) == Self.encoded(Self.demo))
    }

    @Test func differentSeedGivesADifferentDataset() throws {
        let other = SampleData.demo(seed: 7)
        #expect(other != Self.demo)
        #expect(try Self.encoded(other) != Self.encoded(Self.demo))
    }

    @Test func hasTheSizeOfTheRealOperation() {
        let d = Self.demo
        #expect(d.operation == .socioLabPodravje)
        #expect(d.organisations.count == 60)
        #expect(d.persons.count == 300)
        #expect(d.personalDetails.count == 300)
        #expect((140...160).contains(d.activities.count))
        #expect((800...1_600).contains(d.participations.count))
        #expect(d.infoPoints.count == 5)
        #expect(d.jobs.count == SampleData.demoJobs)
        #expect(d.products.count == SampleData.demoProducts)
        #expect(d.developmentPlans.count == SampleData.demoPlans)
        #expect(d.supportProgrammes.count == 1)
        #expect(d.milestones.count == 1)
    }

    @Test(arguments: [SampleData.demoSeed, 1, 99])
    func hasNoValidationErrors(seed: UInt64) {
        let dataset = SampleData.demo(seed: seed)
        let issues = Validator(rules: CoreRules.all + PluginRegistry.standard.validationRules).validate(
            dataset)
        let errors = issues.filter { $0.severity == .error }
        #expect(
            errors.isEmpty,
            "\(errors.prefix(5).map { "\($0.rule) \($0.entity?.description ?? "") \($0.message.en)" })")
        // Only the documented, deliberate warnings.
        let warnings = Set(issues.filter { $0.severity == .warning }.map(\.rule.rawValue))
        #expect(warnings == ["core.duplicate-person", "core.municipality-outside"])
    }

    @Test func everyEMSOIsValidAndAgreesWithTheBirthDateAndSex() throws {
        let d = Self.demo
        var seen = Set<String>()
        var checked = 0
        for details in d.personalDetails.all {
            guard let emso = details.emso else { continue }
            let parsed = try EMSO(emso.digits)
            let person = try #require(d.persons[details.person])
            #expect(parsed.birthDate == person.birthDate)
            #expect(parsed.registerCode == 50)
            if person.gender == .female { #expect(parsed.sex == .female) }
            if person.gender == .male { #expect(parsed.sex == .male) }
            #expect(seen.insert(emso.digits).inserted)
            checked += 1
        }
        #expect(checked >= 290)
    }

    @Test func organisationsHaveValidUniqueNumbersAndAMixOfForms() throws {
        let organisations = Self.demo.organisations.all
        for organisation in organisations where organisation.legalForm != .initiative {
            let registration = try #require(organisation.registrationNumber)
            let tax = try #require(organisation.taxNumber)
            _ = try RegistrationNumber(registration.description)
            _ = try TaxNumber(tax.digits)
        }
        #expect(Set(organisations.compactMap { $0.registrationNumber?.base }).count == 54)
        let forms = Set(organisations.map(\.legalForm))
        #expect(forms.isSuperset(of: [.zavod, .doo, .drustvo, .zadruga, .initiative, .obcina, .javniZavod]))
        #expect(organisations.filter(\.socialEnterprise).count == 25)
        #expect(organisations.filter(\.isSocialEconomy).count == 38)
        #expect(
            organisations.allSatisfy {
                $0.municipality.flatMap { Municipality.find(code: $0) }?.isInPodravje == true
            })
    }

    @Test func everyKindStatusAndParticipationStatusOccurs() {
        let d = Self.demo
        let kinds = Set(d.activities.all.map(\.kind.rawValue))
        #expect(kinds == ["training", "mentoring", "fair", "conference", "competition", "campaign"])
        #expect(Set(d.activities.all.map(\.status)) == Set(ActivityStatus.allCases))
        #expect(Set(d.participations.all.map(\.status)) == Set(ParticipationStatus.allCases))
        let held = d.activities.all.filter { $0.status == .held }
        #expect(
            held.allSatisfy {
                $0.startDate >= Day(year: 2018, month: 4, day: 1)! && $0.lastDay <= SampleData.demoAsOf
            })
    }

    @Test func consentIsGivenOnOrBeforeTheFirstParticipation() throws {
        let d = Self.demo
        for person in d.persons.all {
            let starts = d.participations(of: person.id).compactMap { d.activities[$0.activity]?.startDate }
            let first = try #require(starts.min(), "\(person.id) takes part in nothing")
            let given = try #require(person.consent.givenOn)
            #expect(given <= first)
        }
        #expect(d.persons.all.filter { $0.consent.withdrawnOn != nil }.count == 1)
    }

    @Test func recordsSomeRefusedAndSomeIncompleteAnswers() {
        let persons = Self.demo.persons.all
        #expect(persons.contains { $0.migrantOrMinority == .refused || $0.disability == .refused })
        let incomplete = persons.filter {
            $0.gender == nil || $0.employmentStatus == nil || $0.isced == nil || $0.birthDate == nil
        }
        #expect((4...12).contains(incomplete.count))
    }

    @Test func detailsUseThePluginFieldNames() throws {
        let d = Self.demo
        for activity in d.activities.all {
            let object = try #require(activity.details.objectValue)
            switch activity.kind.rawValue {
            case "training": #expect(object["hours"]?.intValue != nil)
            case "mentoring":
                let mentee = try #require(object["mentee_organisation"]?.stringValue)
                #expect(d.organisations[.init(mentee)] != nil)
            case "fair": #expect(object["open_day_hosts"]?.arrayValue != nil)
            case "conference": #expect(object["countries"]?.arrayValue?.isEmpty == false)
            case "competition":
                let entries = Set(object["entries"]?.arrayValue?.compactMap(\.stringValue) ?? [])
                let winners = Set(object["winners"]?.arrayValue?.compactMap(\.stringValue) ?? [])
                #expect(winners.isSubset(of: entries))
                #expect(["social_innovation", "ethical_investor"].contains(object["category"]?.stringValue))
            default: #expect(object["reach"]?.intValue != nil)
            }
        }
    }
}
