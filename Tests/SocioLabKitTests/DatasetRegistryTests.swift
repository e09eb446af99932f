import Testing

@testable import SocioLabKit

/// The dataset's registry of tables keyed by entity kind, and the reverse indexes the kinds declare beside
/// their schemas' references: registered once, kept current generically, agreeing with a scan.
struct DatasetRegistryTests {
    typealias F = CoreFixtures

    /// Entities of every kind that point to one another, some sharing what they point to.
    static var records: [EntityRecord] {
        let registration = try! RegistrationNumber("5000009")
        let emso = try! EMSO("1506098501236")
        var records: [EntityRecord] = []
        for o in 0..<3 {
            records.append(
                Organisation(
                    id: .init("o\(o)"), name: "Org", legalForm: .zadruga,
                    registrationNumber: o < 2 ? registration : nil
                ).record)
        }
        for p in 0..<6 {
            records.append(
                Person(id: .init("p\(p)"), organisation: p % 2 == 0 ? .init("o\(p % 3)") : nil).record)
            records.append(
                PersonalDetails(
                    person: .init("p\(p)"), givenName: "Ana", familyName: p < 3 ? "Novak" : "Kos",
                    emso: p == 4 ? emso : nil
                ).record)
        }
        records.append(InfoPoint(id: "ip1", name: "Point", hostPartner: "prizma").record)
        for a in 0..<3 {
            records.append(
                Activity(
                    id: .init("a\(a)"), kind: "training", title: "t", infoPoint: a < 2 ? "ip1" : nil,
                    startDate: F.day
                ).record)
        }
        for x in 0..<20 {
            records.append(
                Participation(
                    id: .init("x\(x)"), activity: .init("a\(x % 3)"),
                    person: x % 4 == 3 ? nil : .init("p\(x % 6)"),
                    organisation: x % 4 == 3 ? .init("o\(x % 3)") : nil, status: .attended
                ).record)
        }
        for j in 0..<4 {
            records.append(
                Job(
                    id: .init("j\(j)"), organisation: .init("o\(j % 3)"),
                    person: j % 2 == 0 ? .init("p\(j)") : nil,
                    kind: .created, startDate: F.day
                ).record)
        }
        records.append(Product(id: "pr1", organisation: "o1", name: "Product").record)
        records.append(DevelopmentPlan(id: "dp1", organisation: "o2", partner: "prizma").record)
        records.append(SupportProgramme(id: "sp1", title: "Programme").record)
        records.append(Milestone(id: "m1", output: "O1", title: "Milestone").record)
        return records
    }

    /// The records, changed: one moved to another activity and organisation, one person moved, some deleted.
    static func changed(_ dataset: Dataset) throws -> Dataset {
        var d = dataset
        var moved = try #require(d.participations["x5"])
        moved.activity = "a2"
        moved.person = "p0"
        _ = try d.apply(.update(moved.record))
        var person = try #require(d.persons["p0"])
        person.organisation = "o1"
        _ = try d.apply(.update(person.record))
        for reference in [
            EntityReference(.participation, "x19"), EntityReference(.participation, "x0"),
            EntityReference(.job, "j1"), EntityReference(.personalDetails, "p1"),
        ] {
            _ = try d.apply(.delete(reference))
        }
        _ = try d.apply(.insert(Participation(id: "x99", activity: "a0", person: "p3").record))
        return d
    }

    /// The same records loaded in bulk, inserted one by one, and both changed alike.
    static func datasets() throws -> [Dataset] {
        func all<E: Entity>(_ type: E.Type) -> [E] { records.compactMap { $0.entity as? E } }
        let loaded = Dataset(
            operation: .socioLabPodravje, organisations: all(Organisation.self), persons: all(Person.self),
            personalDetails: all(PersonalDetails.self), infoPoints: all(InfoPoint.self),
            activities: all(Activity.self), participations: all(Participation.self), jobs: all(Job.self),
            products: all(Product.self), developmentPlans: all(DevelopmentPlan.self),
            supportProgrammes: all(SupportProgramme.self), milestones: all(Milestone.self))
        let inserted = Dataset(operation: .socioLabPodravje, records: records)
        return [loaded, inserted, try changed(loaded), try changed(inserted)]
    }

    @Test func everyKindIsRegisteredAtItsPositionWithItsOwnType() {
        struct KindOf: EntityTypeVisitor {
            func visit<E: RegisteredEntity>(_ type: E.Type) -> EntityKind { E.kind }
        }
        var kindOf = KindOf()
        for (position, kind) in EntityKind.allCases.enumerated() {
            #expect(kind.ordinal == position)
            #expect(kind.accept(&kindOf) == kind)
        }
    }

    @Test func eachKindNamesItsIndexesOnceAndFollowsItsSchemasReferences() {
        struct Check: EntityTypeVisitor {
            func visit<E: RegisteredEntity>(_ type: E.Type) -> Bool {
                let names = E.indexes.map(\.name)
                let references = E.indexes.filter { $0.target != nil }.map(\.name)
                return Set(names).count == names.count
                    && references.allSatisfy { name in E.schema[name]?.codec == .code }
            }
        }
        var check = Check()
        for kind in EntityKind.allCases { #expect(kind.accept(&check), "\(kind)") }
    }

    @Test func dependentsAreEveryEntityThatPointsToTheReference() throws {
        for dataset in try Self.datasets() {
            let everything = dataset.allRecords
            for record in everything {
                let reference = record.reference
                var expected = Set(everything.filter { $0.references.contains(reference) }.map(\.reference))
                // Personal details and their person depend on each other, whether or not both are there.
                if reference.kind == .person {
                    expected.insert(EntityReference(.personalDetails, reference.id))
                }
                if reference.kind == .personalDetails { expected = [EntityReference(.person, reference.id)] }
                let dependents = dataset.dependents(of: reference)
                #expect(Set(dependents) == expected, "\(reference)")
                #expect(dependents.count == Set(dependents).count, "\(reference) lists a dependent twice")
            }
        }
    }

    @Test func lookupsAgreeWithAScanOfTheTables() throws {
        let emso = try EMSO("1506098501236")
        let registration = try RegistrationNumber("5000009")
        for dataset in try Self.datasets() {
            let participations = dataset.participations.all
            for activity in dataset.activities.all {
                #expect(
                    dataset.participations(in: activity.id).map(\.id)
                        == participations.filter { $0.activity == activity.id }.map(\.id))
                #expect(
                    dataset.participationSlots(in: activity.id).map {
                        dataset.participations.slots[Int($0)]!.id
                    }
                        == participations.filter { $0.activity == activity.id }.map(\.id))
            }
            for person in dataset.persons.all {
                #expect(
                    Set(dataset.participations(of: person.id).map(\.id))
                        == Set(participations.filter { $0.person == person.id }.map(\.id)))
            }
            for organisation in dataset.organisations.all {
                let id = organisation.id
                #expect(
                    Set(dataset.participations(ofOrganisation: id).map(\.id))
                        == Set(participations.filter { $0.organisation == id }.map(\.id)))
                #expect(
                    Set(dataset.members(of: id).map(\.id))
                        == Set(dataset.persons.all.filter { $0.organisation == id }.map(\.id)))
                #expect(
                    Set(dataset.jobs(in: id).map(\.id))
                        == Set(dataset.jobs.all.filter { $0.organisation == id }.map(\.id)))
            }
            #expect(
                Set(dataset.activities(at: "ip1").map(\.id))
                    == Set(dataset.activities.all.filter { $0.infoPoint == "ip1" }.map(\.id)))
            #expect(dataset.persons(withEMSO: emso) == ["p4"])
            #expect(
                Set(dataset.persons(withNormalizedName: "ana novak"))
                    == Set(dataset.personalDetails.all.filter { $0.familyName == "Novak" }.map(\.person)))
            #expect(Set(dataset.organisations(withRegistration: registration)) == ["o0", "o1"])
        }
    }

    @Test func bulkLoadingAndInsertingAgreeBeforeAndAfterChanges() throws {
        let datasets = try Self.datasets()
        #expect(datasets[0] == datasets[1])
        #expect(datasets[2] == datasets[3])
        #expect(datasets[0] != datasets[2])
        for kind in EntityKind.allCases {
            #expect(datasets[0].count(of: kind) == datasets[1].count(of: kind))
        }
        #expect(datasets[0].totalCount == Self.records.count)
        #expect(datasets[0].allRecords == datasets[1].allRecords)
    }

    @Test func changingACopyLeavesTheOriginalAndItsIndexesAlone() throws {
        let original = Dataset(operation: .socioLabPodravje, records: Self.records)
        var copy = original
        _ = try copy.apply(.delete(EntityReference(.participation, "x1")))
        var moved = try #require(copy.persons["p2"])
        moved.organisation = nil
        _ = try copy.apply(.update(moved.record))
        #expect(original.participations["x1"] != nil)
        #expect(original.participations(in: "a1").map(\.id).contains("x1"))
        #expect(original.members(of: "o2").map(\.id).contains("p2"))
        #expect(!copy.participations(in: "a1").map(\.id).contains("x1"))
        #expect(!copy.members(of: "o2").map(\.id).contains("p2"))
        #expect(original == Dataset(operation: .socioLabPodravje, records: Self.records))
    }

    @Test func removingAMissingEntityChangesNothing() {
        var dataset = Dataset(operation: .socioLabPodravje, records: Self.records)
        for kind in EntityKind.allCases {
            #expect(dataset.remove(EntityReference(kind, "missing")) == nil)
        }
        #expect(dataset == Dataset(operation: .socioLabPodravje, records: Self.records))
    }
}
