import Foundation
import Testing

@testable import SocioLabKit

struct CoreRulesTests {
    typealias F = CoreFixtures

    @Test func fixtureIsClean() {
        #expect(F.validator.validate(F.dataset).filter { $0.severity == .error }.isEmpty)
    }

    @Test func referentialIntegrity() {
        var p = F.participation
        p.activity = "missing"
        let issues = F.issues("core.reference", in: F.dataset(with: p.record))
        #expect(issues.count == 1)
        #expect(issues.first?.entity == EntityReference(.participation, "x1"))
        #expect(issues.first?.field == "activity")
        #expect(issues.first?.severity == .error)
    }

    @Test func activityPartnersBelongToTheOperation() {
        var a = F.activity
        a.partners = ["prizma", "acme"]
        let issues = F.issues("core.partner", in: F.dataset(with: a.record))
        #expect(issues.map(\.field) == ["partners"])
        #expect(issues.first?.message.en.contains("acme") == true)
        let point = InfoPoint(id: "ip", name: "Ptuj", hostPartner: "nobody")
        #expect(F.issues("core.partner", in: F.dataset(with: point.record)).count == 1)
        var person = F.person
        person.enrolledBy = "citilab"
        #expect(F.issues("core.partner", in: F.dataset(with: person.record)).isEmpty)
        person.enrolledBy = "acme"
        let enrolled = F.issues("core.partner", in: F.dataset(with: person.record))
        #expect(enrolled.map(\.field) == ["enrolled_by"])
        #expect(enrolled.first?.message.sl.contains("acme") == true)
    }

    @Test func heldActivitiesInsideThePeriod() {
        var a = F.activity
        a.startDate = Day(year: 2022, month: 1, day: 10)!
        #expect(F.issues("core.activity-period", in: F.dataset(with: a.record)).count == 1)
        a.status = .planned
        #expect(F.issues("core.activity-period", in: F.dataset(with: a.record)).isEmpty)
        var b = F.activity
        b.endDate = Day(year: 2019, month: 1, day: 1)
        #expect(F.issues("core.activity-period", in: F.dataset(with: b.record)).first?.field == "end_date")
        var c = F.activity
        c.startDate = Day(year: 2018, month: 4, day: 1)!
        c.endDate = Day(year: 2021, month: 12, day: 31)
        #expect(F.issues("core.activity-period", in: F.dataset(with: c.record)).isEmpty)
    }

    @Test(arguments: [ActivityStatus.planned, .cancelled])
    func attendedInAnActivityNotHeldIsAWarning(_ status: ActivityStatus) {
        var a = F.activity
        a.status = status
        let issues = F.issues("core.attended-not-held", in: F.dataset(with: a.record))
        #expect(issues.count == 1)
        #expect(issues.first?.severity == .warning)
        #expect(F.issues("core.attended-not-held", in: F.dataset).isEmpty)
    }

    @Test func consentBeforeAttendance() {
        var p = F.person
        p.consent = Consent(givenOn: Day(year: 2019, month: 10, day: 3))
        #expect(F.issues("core.consent", in: F.dataset(with: p.record)).isEmpty)
        p.consent = Consent(givenOn: Day(year: 2019, month: 10, day: 4))
        #expect(F.issues("core.consent", in: F.dataset(with: p.record)).count == 1)
        p.consent = Consent()
        #expect(
            F.issues("core.consent", in: F.dataset(with: p.record)).first?.message.en.contains("not given")
                == true)
        p.consent = Consent(
            givenOn: Day(year: 2019, month: 1, day: 1), withdrawnOn: Day(year: 2019, month: 6, day: 1))
        #expect(
            F.issues("core.consent", in: F.dataset(with: p.record)).first?.message.en.contains("withdrew")
                == true)
        p.consent = Consent(
            givenOn: Day(year: 2019, month: 1, day: 1), withdrawnOn: Day(year: 2020, month: 6, day: 1))
        #expect(F.issues("core.consent", in: F.dataset(with: p.record)).isEmpty)
    }

    @Test func consentIgnoresNoShows() {
        var p = F.person
        p.consent = Consent()
        var x = F.participation
        x.status = .noShow
        #expect(F.issues("core.consent", in: F.dataset(with: p.record, x.record)).isEmpty)
    }

    @Test func emsoMustMatchBirthDate() throws {
        var d = F.details
        d.emso = try EMSO(validEMSO(year: 1990, month: 5, day: 17))
        #expect(F.issues("core.emso-birth-date", in: F.dataset(with: d.record)).isEmpty)
        d.emso = try EMSO(validEMSO(year: 1990, month: 5, day: 18))
        let issues = F.issues("core.emso-birth-date", in: F.dataset(with: d.record))
        #expect(issues.first?.field == "emso")
    }

    @Test func onePersonPerEMSO() throws {
        let emso = try EMSO(validEMSO(year: 1990, month: 5, day: 17))
        var d1 = F.details
        d1.emso = emso
        let p2 = Person(id: "p2", birthDate: Day(year: 1990, month: 5, day: 17))
        let d2 = PersonalDetails(person: "p2", givenName: "Bor", familyName: "Kranjc", emso: emso)
        #expect(F.issues("core.unique-emso", in: F.dataset(with: d1.record)).isEmpty)
        let issues = F.issues("core.unique-emso", in: F.dataset(with: d1.record, p2.record, d2.record))
        #expect(issues.count == 2)
        #expect(issues.first?.message.en.contains("p2") == true)
    }

    @Test func oneOrganisationPerRegistrationNumber() throws {
        var o2 = F.organisation
        o2 = Organisation(
            id: "o2", name: "Druga", legalForm: .doo, registrationNumber: try RegistrationNumber("5000009001")
        )
        #expect(F.issues("core.unique-registration", in: F.dataset(with: o2.record)).count == 2)
        o2.registrationNumber = try RegistrationNumber("9876545")
        #expect(F.issues("core.unique-registration", in: F.dataset(with: o2.record)).isEmpty)
    }

    @Test func likelyDuplicatePersonsWithoutEMSO() throws {
        let p2 = Person(id: "p2", birthDate: Day(year: 1990, month: 5, day: 17))
        let d2 = PersonalDetails(person: "p2", givenName: "  ANA ", familyName: "Nóvak")
        let issues = F.issues("core.duplicate-person", in: F.dataset(with: p2.record, d2.record))
        #expect(issues.count == 2)
        #expect(issues.allSatisfy { $0.severity == .warning })
        let p3 = Person(id: "p2", birthDate: Day(year: 1991, month: 5, day: 17))
        #expect(F.issues("core.duplicate-person", in: F.dataset(with: p3.record, d2.record)).isEmpty)
        var withEMSOs = d2
        withEMSOs.emso = try EMSO(validEMSO(year: 1990, month: 5, day: 17, serial: 501))
        var d1 = F.details
        d1.emso = try EMSO(validEMSO(year: 1990, month: 5, day: 17, serial: 502))
        #expect(
            F.issues("core.duplicate-person", in: F.dataset(with: p2.record, d1.record, withEMSOs.record))
                .isEmpty)
    }

    @Test(arguments: [("1", true), ("0.5", true), ("0", false), ("1.25", false), ("-1", false)])
    func jobFTEInZeroToOne(_ fte: String, _ ok: Bool) throws {
        let job = Job(
            id: "j1", organisation: "o1", kind: .created, startDate: F.day, fte: try Quantity(parsing: fte))
        #expect(F.issues("core.job", in: F.dataset(with: job.record)).isEmpty == ok)
    }

    @Test func jobsOnlyInTheSocialEconomy() {
        let company = Organisation(id: "o9", name: "Podjetje d.o.o.", legalForm: .doo)
        let job = Job(id: "j9", organisation: "o9", kind: .created, startDate: F.day)
        #expect(
            F.issues("core.job", in: F.dataset(with: company.record, job.record)).first?.field
                == "organisation_id")
        let initiative = Organisation(id: "o9", name: "Iniciativa", legalForm: .initiative)
        #expect(F.issues("core.job", in: F.dataset(with: initiative.record, job.record)).isEmpty)
    }

    @Test func budgetSourcesAddUpToTheCent() {
        var d = F.dataset
        #expect(F.issues("core.budget", in: d).isEmpty)
        d.operation.funding[1].amount = Money(cents: 31_997_395)
        let issues = F.issues("core.budget", in: d)
        #expect(issues.count == 1)
        #expect(issues.first?.message.sl.contains("1.599.869,79 €") == true)
    }

    @Test func partnerSubTargetsAddUp() {
        var d = F.dataset
        d.operation.outputs[4].partnerTargets = ["prizma": 150, "tkalka": 40]
        #expect(F.issues("core.partner-targets", in: d).count == 1)
        d.operation.outputs[4].partnerTargets = ["prizma": 160, "tkalka": 40]
        #expect(F.issues("core.partner-targets", in: d).isEmpty)
    }

    /// Entry is the first attended participation, 2019-10-03: a 15th birthday that day is not under 15.
    @Test(arguments: [("2004-10-04", true), ("2004-10-03", false), ("1990-05-17", false)])
    func underFifteenAtEntryIsAWarning(_ birth: String, _ warned: Bool) throws {
        var p = F.person
        p.birthDate = try Day(parsing: birth)
        let issues = F.issues("core.age-at-entry", in: F.dataset(with: p.record))
        #expect(issues.count == (warned ? 1 : 0))
        #expect(issues.allSatisfy { $0.severity == .warning })
    }

    @Test func birthAfterEntryOrOver110IsAnError() {
        var p = F.person
        p.birthDate = Day(year: 2019, month: 10, day: 4)
        #expect(F.issues("core.implausible-age", in: F.dataset(with: p.record)).count == 1)
        p.birthDate = Day(year: 1908, month: 10, day: 2)
        #expect(F.issues("core.implausible-age", in: F.dataset(with: p.record)).count == 1)
        p.birthDate = Day(year: 1909, month: 10, day: 3)
        #expect(F.issues("core.implausible-age", in: F.dataset(with: p.record)).isEmpty)
        p.entryDate = Day(year: 2019, month: 1, day: 1)
        p.birthDate = Day(year: 2019, month: 6, day: 1)
        #expect(F.issues("core.implausible-age", in: F.dataset(with: p.record)).count == 1)
    }

    @Test func unknownMunicipalityIsAnErrorOutsidePodravjeAWarning() {
        var p = F.person
        p.municipality = Municipality.Code(rawValue: "999")
        #expect(F.issues("core.municipality", in: F.dataset(with: p.record)).count == 1)
        p.municipality = Municipality.Code(rawValue: "061")  // Ljubljana
        #expect(F.issues("core.municipality", in: F.dataset(with: p.record)).isEmpty)
        let outside = F.issues("core.municipality-outside", in: F.dataset(with: p.record))
        #expect(outside.count == 1)
        #expect(outside.first?.severity == .warning)
        #expect(F.issues("core.municipality-outside", in: F.dataset).isEmpty)
    }

    @Test(arguments: [(0, true), (8, true), (9, false), (-1, false)])
    func iscedLevels(_ level: Int, _ ok: Bool) {
        var p = F.person
        p.isced = level
        #expect(F.issues("core.isced", in: F.dataset(with: p.record)).isEmpty == ok)
    }

    @Test func pillarsTargetGroupsMilestonesAndInfoPointDates() {
        var a = F.activity
        a.pillar = 4
        #expect(F.issues("core.pillar", in: F.dataset(with: a.record)).count == 1)
        var p = F.person
        p.targetGroups = ["aliens"]
        #expect(F.issues("core.target-group", in: F.dataset(with: p.record)).count == 1)
        let m = Milestone(id: "m1", output: "OUT-99", title: "x")
        #expect(F.issues("core.milestone-output", in: F.dataset(with: m.record)).count == 1)
        let ok = Milestone(id: "m1", output: "OUT-01", title: "x", achievedOn: F.day)
        #expect(F.issues("core.milestone-output", in: F.dataset(with: ok.record)).isEmpty)
        let ip = InfoPoint(
            id: "ip", name: "x", hostPartner: "prizma", openedOn: Day(year: 2019, month: 1, day: 2),
            closedOn: Day(year: 2019, month: 1, day: 1))
        #expect(F.issues("core.info-point-dates", in: F.dataset(with: ip.record)).count == 1)
    }

    @Test func participationNeedsASubjectAndNonNegativeHours() {
        var x = F.participation
        x.person = nil
        x.organisation = nil
        #expect(F.issues("core.participation-subject", in: F.dataset(with: x.record)).count == 1)
        var y = F.participation
        y.hours = Quantity(hundredths: -50)
        #expect(F.issues("core.participation-hours", in: F.dataset(with: y.record)).count == 1)
    }

    @Test func identifierChecksumsAreEnforcedWhenRecordsAreDecoded() throws {
        let json =
            #"{"id":"o1","name":"X","legal_form":"zadruga","social_enterprise":true,"registration_number":"5000008"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Organisation.self, from: Data(json.utf8))
        }
        let good = json.replacingOccurrences(of: "5000008", with: "5000009")
        #expect(
            try JSONDecoder().decode(Organisation.self, from: Data(good.utf8)).registrationNumber?.base
                == "5000009")
    }

    @Test func incrementalValidationFindsWhatFullValidationFinds() {
        var p = F.person
        p.consent = Consent()
        var d = F.dataset
        d.upsert(p.record)
        let incremental = F.validator.validate(changed: [p.reference], in: d).filter {
            $0.rule == "core.consent"
        }
        #expect(incremental == F.issues("core.consent", in: d))
        #expect(incremental.count == 1)
    }
}

/// A valid EMŠO for a birth date (register 50).
func validEMSO(year: Int, month: Int, day: Int, serial: Int = 1) -> String {
    EMSO.make(birthYear: year, month: month, day: day, registerCode: 50, serial: serial)?.digits
        ?? EMSO.make(birthYear: year, month: month, day: day, registerCode: 50, serial: serial + 1)!.digits
}
