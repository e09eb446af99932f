import Foundation
import Testing

@testable import SocioLabKit

struct ExchangeCSVImportTests {
    private func records(_ file: String, _ text: String) throws -> [EntityRecord] {
        try CSVImport.read(Data(text.utf8), file: file, options: .init(operation: .socioLabPodravje)).records
    }

    private let day = ExchangeFixtures.day

    @Test func organisations() throws {
        let r = try records(
            "organisations.csv",
            """
            id,name,legal_form,social_enterprise,registration_number,tax_number,municipality,stage,notes
            o1,"Zadruga Dobrina, z.o.o., so.p.",z.o.o.,yes,5000009,12345679,Maribor,growth,ignored
            o2,Pobuda,initiative,,,,,,
            """)
        #expect(
            r == [
                Organisation(
                    id: "o1", name: "Zadruga Dobrina, z.o.o., so.p.", legalForm: .zadruga,
                    socialEnterprise: true,
                    registrationNumber: try RegistrationNumber("5000009"),
                    taxNumber: try TaxNumber("12345679"),
                    municipality: Municipality.Code(rawValue: "070"), stage: .growth
                ).record,
                Organisation(id: "o2", name: "Pobuda", legalForm: .initiative).record,
            ])
    }

    @Test func personsSplitIntoStatisticsAndPersonalDetails() throws {
        let emso = ExchangeFixtures.emso
        let r = try records(
            "persons.csv",
            """
            id;given_name;family_name;emso;email;gender;birth_date;municipality;employment_status;isced;migrant_minority;disability;other_disadvantaged;homeless;rural;target_groups;consent_date;consent_withdrawn;organisation_id;entry_date
            p1;Špela;Novak;\(emso);s@example.si;f;17.05.1990;96;unemployed;6;refused;no;yes;no;yes;"unemployed; young";2019-09-01;;o1;02.09.2019
            p2;;;;;m;;;;;;;;;;;;;;
            """)
        #expect(
            r == [
                Person(
                    id: "p1", gender: .female, birthDate: day(1990, 5, 17), employmentStatus: .unemployed,
                    isced: 6,
                    migrantOrMinority: .refused, disability: .no, otherDisadvantaged: .yes, homeless: false,
                    rural: true, targetGroups: ["unemployed", "young"],
                    municipality: Municipality.Code(rawValue: "096"),
                    organisation: "o1", entryDate: day(2019, 9, 2), consent: Consent(givenOn: day(2019, 9, 1))
                ).record,
                Person(id: "p2", gender: .male).record,
                PersonalDetails(
                    person: "p1", givenName: "Špela", familyName: "Novak", email: "s@example.si", emso: emso
                )
                .record,
                PersonalDetails(person: "p2").record,
            ])
    }

    @Test func personsWithoutDetailColumnsGiveNoDetails() throws {
        let r = try records("persons.csv", "id,gender\np1,x\n")
        #expect(r == [Person(id: "p1", gender: .nonBinary).record])
    }

    @Test func infoPoints() throws {
        let r = try records(
            "info_points.csv",
            "id,name,municipality,host_partner,opened_on,closed_on\nip1,Točka Lenart,SI-058,prizma,2018-06-01,\n"
        )
        #expect(
            r == [
                InfoPoint(
                    id: "ip1", name: "Točka Lenart", municipality: Municipality.Code(rawValue: "058"),
                    hostPartner: "prizma", openedOn: day(2018, 6, 1)
                ).record
            ])
    }

    @Test func activitiesWithListsAndDetails() throws {
        let r = try records(
            "activities.csv",
            """
            id;kind;title;pillar;partners;info_point;municipality;start_date;end_date;status;details
            a1;training;Usposabljanje;3;"prizma;tkalka";ip1;Ptuj;2019-10-03;2019-10-04;held;"{""hours"": 8, ""trainer"": ""Ana""}"
            a2;robotics;Robotika;;;;;03.10.2019;;planned;
            """)
        #expect(
            r == [
                Activity(
                    id: "a1", kind: "training", title: "Usposabljanje", pillar: 3,
                    partners: ["prizma", "tkalka"],
                    infoPoint: "ip1", municipality: Municipality.Code(rawValue: "096"),
                    startDate: day(2019, 10, 3),
                    endDate: day(2019, 10, 4), status: .held,
                    details: .object(["hours": .number("8"), "trainer": .string("Ana")])
                ).record,
                Activity(
                    id: "a2", kind: "robotics", title: "Robotika", startDate: day(2019, 10, 3),
                    status: .planned
                )
                .record,
            ])
    }

    @Test func commaDelimitedListsAreSplitToo() throws {
        let r = try records(
            "activities.csv",
            "id,kind,title,partners,start_date,status\na1,fair,Sejem,prizma; citilab;,2019-10-03,held\n")
        guard case .activity(let activity) = try #require(r.first) else {
            Issue.record("not an activity")
            return
        }
        #expect(activity.partners == ["prizma", "citilab"])
    }

    @Test func participations() throws {
        let r = try records(
            "participations.csv",
            """
            id,activity_id,person_id,organisation_id,role,status,hours
            x1,a1,p1,,,attended,"1,5"
            x2,a1,,o1,mentor,no_show,
            """)
        #expect(
            r == [
                Participation(
                    id: "x1", activity: "a1", person: "p1", status: .attended,
                    hours: Quantity(hundredths: 150)
                )
                .record,
                Participation(id: "x2", activity: "a1", organisation: "o1", role: .mentor, status: .noShow)
                    .record,
            ])
    }

    @Test func jobsProductsPlansProgrammesMilestones() throws {
        #expect(
            try records(
                "jobs.csv",
                "id,organisation_id,person_id,kind,start_date,fte\nj1,o1,p1,created,2020-03-01,0.5\n")
                == [
                    Job(
                        id: "j1", organisation: "o1", person: "p1", kind: .created,
                        startDate: day(2020, 3, 1),
                        fte: Quantity(hundredths: 50)
                    ).record
                ])
        #expect(
            try records(
                "products.csv",
                "id,organisation_id,name,kind,stage,supported_on\npr1,o1,Zabojček,service,prototype,30.6.2020\n"
            )
                == [
                    Product(
                        id: "pr1", organisation: "o1", name: "Zabojček", kind: .service, stage: "prototype",
                        supportedOn: day(2020, 6, 30)
                    ).record
                ])
        #expect(
            try records(
                "development_plans.csv",
                "id,organisation_id,partner_id,diagnosed_on,plan_adopted_on\ndp1,o1,tkalka,2019-02-01,\n")
                == [
                    DevelopmentPlan(
                        id: "dp1", organisation: "o1", partner: "tkalka", diagnosedOn: day(2019, 2, 1)
                    )
                    .record
                ])
        #expect(
            try records(
                "support_programmes.csv",
                "id,title,approved_on,materials\nsp1,Pospeševalnik,2019-11-11,Priročnik;Delovni zvezek\n")
                == [
                    SupportProgramme(
                        id: "sp1", title: "Pospeševalnik", approvedOn: day(2019, 11, 11),
                        materials: ["Priročnik", "Delovni zvezek"]
                    ).record
                ])
        #expect(
            try records("milestones.csv", "id,output,title,achieved_on\nm1,OUT-01,Mreža,2018-09-30\n")
                == [
                    Milestone(id: "m1", output: "OUT-01", title: "Mreža", achievedOn: day(2018, 9, 30)).record
                ])
    }

    @Test func tableComesFromTheFileNameOrIsGiven() throws {
        #expect(ExchangeTable(fileName: "/tmp/export/Persons.CSV") == .persons)
        #expect(ExchangeTable(fileName: "persons-2019.csv") == .persons)
        #expect(ExchangeTable(fileName: "development_plans_q1.csv") == .developmentPlans)
        #expect(ExchangeTable(fileName: "C:\\data\\info_points.csv") == .infoPoints)
        #expect(ExchangeTable(fileName: "people.csv") == nil)
        #expect(ExchangeTable(fileName: "personsx.csv") == nil)
        let r = try CSVImport.read(Data("id,gender\np1,f\n".utf8), file: "udeleženci.csv", table: .persons)
            .records
        #expect(r == [Person(id: "p1", gender: .female).record])
    }

    @Test func windows1250File() throws {
        // "id;name;legal_form\no1;Čebelarsko društvo Žužemberk;društvo\n" in Windows-1250.
        var bytes = Array("id;name;legal_form\no1;".utf8)
        bytes += [0xC8] + Array("ebelarsko dru".utf8) + [0x9A] + Array("tvo ".utf8) + [0x8E] + Array("u".utf8)
        bytes += [0x9E] + Array("emberk;dru".utf8) + [0x9A] + Array("tvo\r\n".utf8)
        let r = try CSVImport.read(Data(bytes), file: "organisations.csv").records
        #expect(
            r == [Organisation(id: "o1", name: "Čebelarsko društvo Žužemberk", legalForm: .drustvo).record])
    }

    @Test(arguments: [true, false])
    func utf16File(littleEndian: Bool) throws {
        let text = "id,name,legal_form\no1,Šola že,zavod\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let r = try CSVImport.read(Data(bytes), file: "organisations.csv").records
        #expect(r == [Organisation(id: "o1", name: "Šola že", legalForm: .zavod).record])
    }

    /// The apostrophe belongs to the cell: a list cell that starts with a formula is protected as a whole.
    @Test func leadingApostropheIsRemovedOnlyBeforeAFormula() throws {
        let r = try records(
            "support_programmes.csv",
            "id,title,materials\nsp1,'=SUM(A1),'@x;'Citat';C:\\docs;a\\;b\nsp2,'Citat',\nsp3,''=x,\n")
        #expect(
            r == [
                SupportProgramme(
                    id: "sp1", title: "=SUM(A1)", materials: ["@x", "'Citat'", "C:\\docs", "a;b"]
                ).record,
                SupportProgramme(id: "sp2", title: "'Citat'").record,
                SupportProgramme(id: "sp3", title: "'=x").record,
            ])
    }

    @Test(arguments: ["=SUM(A1)", "'=x", "''@y", "-minus", "+386 1", "-5", "'plain", "", "x'=", "\t tab"])
    func cellTextProtectionIsInvertible(value: String) {
        #expect(CellText.unprotect(CellText.protect(value)) == value)
    }

    @Test func cellTextLists() {
        let items = ["a;b", "c\\d", "e\\;f", "plain"]
        #expect(CellText.splitList(CellText.joinList(items)) == items)
        #expect(CellText.joinList(["a;b", "c"]) == "a\\;b;c")
        #expect(CellText.splitList(" a ; ;b;") == ["a", "b"])
        #expect(CellText.splitList("trailing\\") == ["trailing\\"])
    }
}
