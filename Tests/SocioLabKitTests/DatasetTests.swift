import Testing

@testable import SocioLabKit

struct DatasetTests {
    typealias F = CoreFixtures

    /// Many records; with `ordered`, the participations' identifiers are in byte order (as a snapshot
    /// holds them), which the bulk initialiser loads without hashing.
    static func many(ordered: Bool = false)
        -> (organisations: [Organisation], persons: [Person], participations: [Participation])
    {
        let organisations = (0..<20).map {
            Organisation(id: .init("o\($0)"), name: "Org \($0)", legalForm: .zadruga)
        }
        let persons = (0..<200).map { i in
            Person(id: .init("p\(i)"), organisation: i % 3 == 0 ? .init("o\(i % 20)") : nil)
        }
        let participations = (0..<1000).map { i in
            Participation(
                id: .init(ordered ? "x" + String(10_000 + i) : "x\(i)"), activity: "a1",
                person: .init("p\(i % 200)"),
                organisation: i % 7 == 0 ? .init("o\(i % 20)") : nil)
        }
        return (organisations, persons, participations)
    }

    @Test(arguments: [false, true])
    func bulkBuildEqualsOneByOne(ordered: Bool) throws {
        let (organisations, persons, participations) = Self.many(ordered: ordered)
        #expect(EntityTable.isInIdentifierOrder(participations.map { $0 }) == ordered)
        let activity = F.activity
        let details = [PersonalDetails(person: "p1", givenName: "Ana", familyName: "Novak")]
        let bulk = Dataset(
            operation: .socioLabPodravje, organisations: organisations, persons: persons,
            personalDetails: details,
            activities: [activity], participations: participations)
        var single = Dataset(operation: .socioLabPodravje)
        for r in organisations.map(\.record) + persons.map(\.record) + details.map(\.record) + [
            activity.record
        ]
            + participations.map(\.record)
        {
            single.upsert(r)
        }
        #expect(bulk == single)
        #expect(bulk.participations(in: "a1").count == 1000)
        #expect(bulk.participations(of: "p5").map(\.id) == single.participations(of: "p5").map(\.id))
        #expect(Set(bulk.members(of: "o3").map(\.id)) == Set(single.members(of: "o3").map(\.id)))
        #expect(bulk.persons(withNormalizedName: "ana novak") == ["p1"])
        #expect(
            Set(bulk.dependents(of: EntityReference(.organisation, "o0")))
                == Set(single.dependents(of: EntityReference(.organisation, "o0"))))
        // Changes after the load keep both in step.
        var changed = bulk
        let first = participations[0]
        var moved = participations[1]
        moved.person = "p7"
        for change in [Change.delete(first.reference), .update(moved.record)] {
            _ = try changed.apply(change)
            _ = try single.apply(change)
        }
        #expect(changed == single)
        #expect(changed.participations[first.id] == nil)
        #expect(
            changed.participations(of: "p7").map(\.id).sorted()
                == single.participations(of: "p7").map(\.id).sorted())
        _ = try changed.apply(.insert(first.record))
        // A loaded run in order gives an identifier that comes back its old slot.
        if ordered { #expect(changed.participations.slot(of: first.id) == 0) }
        #expect(changed.participations[first.id] == first)
    }

    @Test func bulkBuildWithRepeatedIdentifiersKeepsTheLater() {
        let first = Participation(id: "x", activity: "a1", person: "p1", hours: 1)
        let later = Participation(id: "x", activity: "a1", person: "p2", hours: 2)
        let d = Dataset(operation: .socioLabPodravje, participations: [first, later])
        #expect(d.participations.count == 1)
        #expect(d.participations["x"]?.hours == 2)
        #expect(d.participations(of: "p1").isEmpty)
        #expect(d.participations(of: "p2").count == 1)
    }

    @Test func replayingARedactedRecordRemovesTheDetails() {
        var d = F.dataset
        let erased = CommittedChangeSet(
            revision: 1, author: "a", timestamp: Timestamp(milliseconds: 0), reason: "r",
            records: [ChangeRecord(reference: F.details.reference, before: nil, after: nil, redacted: true)])
        d.replay(erased)
        #expect(d.personalDetails.count == 0)
        let insertedThenRedacted = CommittedChangeSet(
            revision: 1, author: "a", timestamp: Timestamp(milliseconds: 0), reason: "r",
            records: [ChangeRecord(reference: F.details.reference, before: nil, after: nil, redacted: true)])
        var e = Dataset(operation: .socioLabPodravje)
        e.replay(insertedThenRedacted)
        #expect(e.personalDetails.count == 0)
    }

    @Test(arguments: [
        ("Ana Novak", "ana novak"), ("  ANA   NOVAK ", "ana novak"),
        ("Čelik-Šuštar Žiga", "celik sustar ziga"),
        ("Đorđe Ćirić", "dorde ciric"), ("Zoë Müller", "zoe muller"),
    ])
    func namesFoldForDuplicateDetection(_ name: String, _ folded: String) {
        #expect(PersonalDetails.fold(name) == folded)
    }

    @Test func tableSlotsStayStableAcrossDeletes() {
        var t = EntityTable<Person>()
        t.upsert(Person(id: "a"))
        t.upsert(Person(id: "b"))
        t.upsert(Person(id: "c"))
        t.remove("b")
        #expect(t.slot(of: "c") == 2)
        #expect(t.count == 2)
        #expect(t.slotCount == 3)
        t.remove("c")
        t.upsert(Person(id: "d"))
        #expect(t.slot(of: "d") == 2)
        #expect(t.all.map(\.id) == ["a", "d"])
    }
}

/// The bulk loader (what a store's open uses) builds the same tables and indexes as inserting one by one.
struct BulkLoadTests {
    @Test(arguments: [0, 1, 7, 1001])
    func indexesMatchInsertingOneByOne(_ participationCount: Int) {
        let activities = (0..<13).map {
            Activity(id: .init("a\($0)"), kind: "training", title: "t", startDate: CoreFixtures.day)
        }
        let persons = (0..<29).map { Person(id: .init(String(format: "p%03d", $0))) }
        let organisations = (0..<5).map { Organisation(id: .init("o\($0)"), name: "o", legalForm: .zadruga) }
        // Participations in identifier order (as a snapshot holds them), a person's together, in
        // activities scattered across the halves.
        let participations: [Participation?] = (0..<participationCount).map { i in
            Participation(
                id: .init(String(format: "x%05d", i)), activity: activities[(i * 7) % 13].id,
                person: persons[i / 37 % 29].id, organisation: i % 3 == 0 ? organisations[i % 5].id : nil,
                status: .attended)
        }
        let loaded = Dataset(
            loading: .socioLabPodravje, organisations: organisations, persons: persons,
            personalDetails: [], infoPoints: [], activities: activities, participations: participations,
            jobs: [], products: [], developmentPlans: [], supportProgrammes: [], milestones: [])
        var inserted = Dataset(operation: .socioLabPodravje)
        for record in organisations.map(\.record) + persons.map(\.record) + activities.map(\.record)
            + participations.compactMap({ $0?.record })
        {
            _ = inserted.upsert(record)
        }
        #expect(loaded == inserted)
        func ids(_ slots: [Int32], in dataset: Dataset) -> [String] {
            slots.map { dataset.participations.slots[Int($0)]!.id.rawValue }
        }
        for activity in activities {
            #expect(
                ids(loaded.participationSlots(in: activity.id), in: loaded)
                    == ids(inserted.participationSlots(in: activity.id), in: inserted))
        }
        for person in persons {
            #expect(
                ids(loaded.participationSlots(of: person.id), in: loaded)
                    == ids(inserted.participationSlots(of: person.id), in: inserted))
        }
        for organisation in organisations {
            #expect(
                ids(loaded.participationSlots(ofOrganisation: organisation.id), in: loaded)
                    == ids(inserted.participationSlots(ofOrganisation: organisation.id), in: inserted))
        }
    }
}
