import Foundation

/// Everything recorded for one operation: a `Sendable` value (copies never change one another), indexed
/// for the lookups that validation and indicators need.
///
/// An embedder's data changes through a ``Workspace``, which validates and stores every change set. A
/// `Dataset` value itself is built with one of its initialisers (a test fixture, say) and changed, outside
/// a workspace, only by setting ``operation``, by ``apply(_:)`` (one insert, update or delete, checked
/// that it finds or does not find its entity, but not validated) or by ``replay(_:)`` (a committed change
/// set, as a store replays its journal); each keeps the indexes current. Changing a value never changes a copy someone else holds:
/// it costs in proportion to the change when the dataset is not shared, and a shared one is copied once,
/// as Swift's copy-on-write collections are.
public struct Dataset: Sendable, Equatable {
    /// The operation the records belong to.
    public var operation: ESFOperation
    /// Organisations.
    public private(set) var organisations = EntityTable<Organisation>()
    /// Persons' statistical records.
    public private(set) var persons = EntityTable<Person>()
    /// Persons' personal details, kept apart.
    public private(set) var personalDetails = EntityTable<PersonalDetails>()
    /// Info points.
    public private(set) var infoPoints = EntityTable<InfoPoint>()
    /// Activities.
    public private(set) var activities = EntityTable<Activity>()
    /// Participations.
    public private(set) var participations = EntityTable<Participation>()
    /// Jobs.
    public private(set) var jobs = EntityTable<Job>()
    /// Products.
    public private(set) var products = EntityTable<Product>()
    /// Development plans.
    public private(set) var developmentPlans = EntityTable<DevelopmentPlan>()
    /// Support programmes.
    public private(set) var supportProgrammes = EntityTable<SupportProgramme>()
    /// Milestones.
    public private(set) var milestones = EntityTable<Milestone>()

    // Participations are filed by slot (not identifier): counting walks them without hashing.
    private var participationsByActivity = MultiIndex<Activity.ID, Int32>()
    private var participationsByPerson = MultiIndex<Person.ID, Int32>()
    private var participationsByOrganisation = MultiIndex<Organisation.ID, Int32>()
    private var membersByOrganisation = MultiIndex<Organisation.ID, Person.ID>()
    private var jobsByOrganisation = MultiIndex<Organisation.ID, Job.ID>()
    private var jobsByPerson = MultiIndex<Person.ID, Job.ID>()
    private var productsByOrganisation = MultiIndex<Organisation.ID, Product.ID>()
    private var plansByOrganisation = MultiIndex<Organisation.ID, DevelopmentPlan.ID>()
    private var activitiesByInfoPoint = MultiIndex<InfoPoint.ID, Activity.ID>()
    private var personsByEMSO = MultiIndex<EMSO, Person.ID>()
    private var personsByName = MultiIndex<String, Person.ID>()
    private var organisationsByRegistration = MultiIndex<String, Organisation.ID>()

    /// An empty dataset for an operation.
    public init(operation: ESFOperation) { self.operation = operation }

    /// A dataset holding `records` (a later record with the same identifier replaces an earlier one).
    public init<S: Sequence>(operation: ESFOperation, records: S) where S.Element == EntityRecord {
        self.operation = operation
        for record in records { upsert(record) }
    }

    /// A dataset built in bulk from arrays of entities.
    ///
    /// Tables and indexes are sized once and built in parallel, which is several times faster than
    /// inserting millions of records one by one. Identifiers must be unique per kind; where one repeats,
    /// the later entity replaces the earlier.
    /// - Complexity: O(n) in the entities.
    public init(
        operation: ESFOperation, organisations: [Organisation] = [], persons: [Person] = [],
        personalDetails: [PersonalDetails] = [], infoPoints: [InfoPoint] = [], activities: [Activity] = [],
        participations: [Participation] = [], jobs: [Job] = [], products: [Product] = [],
        developmentPlans: [DevelopmentPlan] = [], supportProgrammes: [SupportProgramme] = [],
        milestones: [Milestone] = []
    ) {
        self.init(
            loading: operation, organisations: organisations, persons: persons.map { $0 },
            personalDetails: personalDetails.map { $0 }, infoPoints: infoPoints, activities: activities,
            participations: participations.map { $0 }, jobs: jobs, products: products,
            developmentPlans: developmentPlans, supportProgrammes: supportProgrammes, milestones: milestones)
    }

    /// A dataset built from the rows a store has just read, as it does when it opens.
    ///
    /// The three large kinds come as arrays of optionals that become their tables' slots as they are,
    /// without copying a record; participations in identifier order (as a snapshot holds them) are then
    /// found by binary search instead of hashing millions of identifiers (see ``EntityTable``). Every row must be
    /// present (not `nil`). Tables and indexes are built in parallel.
    /// - Complexity: O(n) in the entities.
    package init(
        loading operation: ESFOperation, organisations: [Organisation], persons: [Person?],
        personalDetails: [PersonalDetails?], infoPoints: [InfoPoint], activities: [Activity],
        participations: [Participation?], jobs: [Job], products: [Product],
        developmentPlans: [DevelopmentPlan],
        supportProgrammes: [SupportProgramme], milestones: [Milestone]
    ) {
        self.operation = operation
        let built = BulkParts()
        DispatchQueue.concurrentPerform(iterations: 9) { job in
            switch job {
            case 0: built.participations.set(0, EntityTable(slots: participations, searchingInOrder: true))
            case 1:
                built.participationsByActivity.set(
                    0,
                    .build(count: participations.count, keys: activities.count) {
                        participations[$0]?.activity
                    })
            case 2:
                built.participationsByPerson.set(
                    0,
                    .build(runsOf: participations.count, keys: persons.count) { participations[$0]?.person }
                )
            case 3:
                built.participationsByOrganisation.set(
                    0,
                    .build(count: participations.count, keys: organisations.count) {
                        participations[$0]?.organisation
                    })
            case 4: built.persons.set(0, EntityTable(slots: persons, searchingInOrder: false))
            case 5: built.personalDetails.set(0, EntityTable(slots: personalDetails, searchingInOrder: false))
            case 6:
                var index = MultiIndex<Organisation.ID, Person.ID>()
                index.reserveCapacity(organisations.count)
                index.addAll(
                    count: persons.count, value: { persons[$0]?.id ?? "" }, key: { persons[$0]?.organisation }
                )
                built.members.set(0, index)
            case 7:
                var emso = MultiIndex<EMSO, Person.ID>()
                var name = MultiIndex<String, Person.ID>()
                emso.reserveCapacity(personalDetails.count)
                name.reserveCapacity(personalDetails.count)
                for case let d? in personalDetails {
                    emso.add(d.person, under: d.emso)
                    name.add(d.person, under: d.normalizedName)
                }
                built.personsByEMSO.set(0, emso)
                built.personsByName.set(0, name)
            default:
                built.organisations.set(0, EntityTable(organisations))
                built.activities.set(0, EntityTable(activities))
            }
        }
        let small: [EntityRecord] =
            infoPoints.map(\.record) + jobs.map(\.record) + products.map(\.record)
            + developmentPlans.map(\.record) + supportProgrammes.map(\.record) + milestones.map(\.record)
        guard let organisationTable = built.organisations[0], organisationTable.count == organisations.count,
            let personTable = built.persons[0], personTable.count == persons.count,
            let detailsTable = built.personalDetails[0], detailsTable.count == personalDetails.count,
            let activityTable = built.activities[0], activityTable.count == activities.count,
            let participationTable = built.participations[0], participationTable.count == participations.count
        else {
            // A repeated identifier (or a missing row): insert one by one, so the later entity replaces the
            // earlier everywhere and the indexes agree with the tables.
            let records: [EntityRecord] =
                organisations.map(\.record) + persons.compactMap { $0?.record }
                + personalDetails.compactMap { $0?.record } + activities.map(\.record)
                + participations.compactMap { $0?.record }
            for record in records + small { upsert(record) }
            return
        }
        self.organisations = organisationTable
        self.persons = personTable
        self.personalDetails = detailsTable
        self.activities = activityTable
        self.participations = participationTable
        participationsByActivity = built.participationsByActivity[0]!
        participationsByPerson = built.participationsByPerson[0]!
        participationsByOrganisation = built.participationsByOrganisation[0]!
        membersByOrganisation = built.members[0]!
        personsByEMSO = built.personsByEMSO[0]!
        personsByName = built.personsByName[0]!
        organisationsByRegistration.reserveCapacity(organisations.count)
        for o in organisations { organisationsByRegistration.add(o.id, under: o.registrationNumber?.base) }
        for a in activities { activitiesByInfoPoint.add(a.id, under: a.infoPoint) }
        for record in small { upsert(record) }
    }

    /// Every entity, kind by kind (in ``EntityKind`` order), each kind sorted by identifier.
    /// - Complexity: O(n log n).
    public var allRecords: [EntityRecord] {
        var out: [EntityRecord] = []
        out.reserveCapacity(totalCount)
        out += organisations.sortedByID.map(\.record)
        out += persons.sortedByID.map(\.record)
        out += personalDetails.sortedByID.map(\.record)
        out += infoPoints.sortedByID.map(\.record)
        out += activities.sortedByID.map(\.record)
        out += participations.sortedByID.map(\.record)
        out += jobs.sortedByID.map(\.record)
        out += products.sortedByID.map(\.record)
        out += developmentPlans.sortedByID.map(\.record)
        out += supportProgrammes.sortedByID.map(\.record)
        out += milestones.sortedByID.map(\.record)
        return out
    }

    /// The number of entities of every kind.
    public var totalCount: Int {
        organisations.count + persons.count + personalDetails.count + infoPoints.count + activities.count
            + participations.count + jobs.count + products.count + developmentPlans.count
            + supportProgrammes.count + milestones.count
    }

    /// The number of entities of one kind.
    public func count(of kind: EntityKind) -> Int {
        switch kind {
        case .organisation: organisations.count
        case .person: persons.count
        case .personalDetails: personalDetails.count
        case .infoPoint: infoPoints.count
        case .activity: activities.count
        case .participation: participations.count
        case .job: jobs.count
        case .product: products.count
        case .developmentPlan: developmentPlans.count
        case .supportProgramme: supportProgrammes.count
        case .milestone: milestones.count
        }
    }

    /// The entity a reference points to, if it exists.
    /// - Complexity: O(1) on average.
    public subscript(reference: EntityReference) -> EntityRecord? {
        let id = reference.id
        switch reference.kind {
        case .organisation: return organisations[.init(id)]?.record
        case .person: return persons[.init(id)]?.record
        case .personalDetails: return personalDetails[.init(id)]?.record
        case .infoPoint: return infoPoints[.init(id)]?.record
        case .activity: return activities[.init(id)]?.record
        case .participation: return participations[.init(id)]?.record
        case .job: return jobs[.init(id)]?.record
        case .product: return products[.init(id)]?.record
        case .developmentPlan: return developmentPlans[.init(id)]?.record
        case .supportProgramme: return supportProgrammes[.init(id)]?.record
        case .milestone: return milestones[.init(id)]?.record
        }
    }

    /// Whether the referenced entity exists.
    public func contains(_ reference: EntityReference) -> Bool { self[reference] != nil }

    // MARK: Lookups

    /// The participations in an activity.
    public func participations(in activity: Activity.ID) -> [Participation] {
        participationsByActivity[activity].compactMap { participations.slots[Int($0)] }
    }
    /// The participations of a person.
    public func participations(of person: Person.ID) -> [Participation] {
        participationsByPerson[person].compactMap { participations.slots[Int($0)] }
    }
    /// The participations of an organisation as such.
    public func participations(ofOrganisation organisation: Organisation.ID) -> [Participation] {
        participationsByOrganisation[organisation].compactMap { participations.slots[Int($0)] }
    }
    /// The slots (in ``participations``) of the participations in an activity, for counting without hashing.
    public func participationSlots(in activity: Activity.ID) -> [Int32] { participationsByActivity[activity] }
    /// The slots of a person's participations.
    public func participationSlots(of person: Person.ID) -> [Int32] { participationsByPerson[person] }
    /// The slots of an organisation's own participations.
    public func participationSlots(ofOrganisation organisation: Organisation.ID) -> [Int32] {
        participationsByOrganisation[organisation]
    }
    /// The persons recorded as members or employees of an organisation.
    public func members(of organisation: Organisation.ID) -> [Person] {
        membersByOrganisation[organisation].compactMap { persons[$0] }
    }
    /// The jobs in an organisation.
    public func jobs(in organisation: Organisation.ID) -> [Job] {
        jobsByOrganisation[organisation].compactMap { jobs[$0] }
    }
    /// The activities run from an info point.
    public func activities(at infoPoint: InfoPoint.ID) -> [Activity] {
        activitiesByInfoPoint[infoPoint].compactMap { activities[$0] }
    }
    /// The persons whose details carry an EMŠO.
    public func persons(withEMSO emso: EMSO) -> [Person.ID] { personsByEMSO[emso] }
    /// The persons whose details carry a name that normalises to `normalizedName`.
    public func persons(withNormalizedName normalizedName: String) -> [Person.ID] {
        personsByName[normalizedName]
    }
    /// The organisations with a registration number (compared by its 7-digit base).
    public func organisations(withRegistration number: RegistrationNumber) -> [Organisation.ID] {
        organisationsByRegistration[number.base]
    }

    /// The number of entities in all tables.
    var entityCount: Int {
        organisations.count + persons.count + personalDetails.count + infoPoints.count + activities.count
            + participations.count + jobs.count + products.count + developmentPlans.count
            + supportProgrammes.count + milestones.count
    }

    /// The day a person entered: their entry date, or else the start of their first attended participation
    /// in a held activity.
    /// - Complexity: O(p) in the person's participations.
    public func entryDate(of person: Person) -> Day? {
        if let entryDate = person.entryDate { return entryDate }
        // Fields read in place: validation asks this for every person, and copying each participation and
        // activity (details and all) cost more than the rule itself.
        let participationRows = participations.slots
        let activityRows = activities.slots
        var first: Day?
        for slot in participationsByPerson[person.id].map(Int.init) {
            guard participationRows[slot]?.status == .attended, let id = participationRows[slot]?.activity,
                let a = activities.slot(of: id), activityRows[a]?.status == .held,
                let start = activityRows[a]?.startDate
            else { continue }
            if first.map({ start < $0 }) ?? true { first = start }
        }
        return first
    }

    /// The entities whose validity may depend on `reference`: those that point to it, and for personal
    /// details the person they belong to (and the reverse).
    /// - Complexity: O(d) in the number of dependents.
    public func dependents(of reference: EntityReference) -> [EntityReference] {
        let id = reference.id
        switch reference.kind {
        case .organisation:
            let o = Organisation.ID(id)
            return participationReferences(participationsByOrganisation[o])
                + membersByOrganisation[o].map { EntityReference(.person, $0.rawValue) }
                + jobsByOrganisation[o].map { EntityReference(.job, $0.rawValue) }
                + productsByOrganisation[o].map { EntityReference(.product, $0.rawValue) }
                + plansByOrganisation[o].map { EntityReference(.developmentPlan, $0.rawValue) }
        case .person:
            let p = Person.ID(id)
            return [EntityReference(.personalDetails, id)]
                + participationReferences(participationsByPerson[p])
                + jobsByPerson[p].map { EntityReference(.job, $0.rawValue) }
        case .personalDetails:
            return [EntityReference(.person, id)]
        case .activity:
            return participationReferences(participationsByActivity[Activity.ID(id)])
        case .infoPoint:
            return activitiesByInfoPoint[InfoPoint.ID(id)].map { EntityReference(.activity, $0.rawValue) }
        case .participation, .job, .product, .developmentPlan, .supportProgramme, .milestone:
            return []
        }
    }

    private func participationReferences(_ slots: [Int32]) -> [EntityReference] {
        slots.compactMap {
            participations.slots[Int($0)].map { EntityReference(.participation, $0.id.rawValue) }
        }
    }

    // MARK: Changing

    /// Inserts or replaces an entity, keeping the indexes current, and returns the value it replaced.
    ///
    /// For the kit's own modules (stores reading their files, sample data, tests): an embedder changes a
    /// dataset with ``apply(_:)``, which says when an insert finds its entity already there.
    @discardableResult
    package mutating func upsert(_ record: EntityRecord) -> EntityRecord? {
        switch record {
        case .organisation(let e):
            let old = organisations.upsert(e)
            organisationsByRegistration.move(
                e.id, from: old?.registrationNumber?.base, to: e.registrationNumber?.base)
            return old?.record
        case .person(let e):
            let old = persons.upsert(e)
            membersByOrganisation.move(e.id, from: old?.organisation, to: e.organisation)
            return old?.record
        case .personalDetails(let e):
            let old = personalDetails.upsert(e)
            personsByEMSO.move(e.person, from: old?.emso, to: e.emso)
            personsByName.move(e.person, from: old?.normalizedName, to: e.normalizedName)
            return old?.record
        case .infoPoint(let e):
            return infoPoints.upsert(e)?.record
        case .activity(let e):
            let old = activities.upsert(e)
            activitiesByInfoPoint.move(e.id, from: old?.infoPoint, to: e.infoPoint)
            return old?.record
        case .participation(let e):
            let old = participations.upsert(e)
            let slot = Int32(participations.slot(of: e.id)!)
            participationsByActivity.move(slot, from: old?.activity, to: e.activity)
            participationsByPerson.move(slot, from: old?.person, to: e.person)
            participationsByOrganisation.move(slot, from: old?.organisation, to: e.organisation)
            return old?.record
        case .job(let e):
            let old = jobs.upsert(e)
            jobsByOrganisation.move(e.id, from: old?.organisation, to: e.organisation)
            jobsByPerson.move(e.id, from: old?.person, to: e.person)
            return old?.record
        case .product(let e):
            let old = products.upsert(e)
            productsByOrganisation.move(e.id, from: old?.organisation, to: e.organisation)
            return old?.record
        case .developmentPlan(let e):
            let old = developmentPlans.upsert(e)
            plansByOrganisation.move(e.id, from: old?.organisation, to: e.organisation)
            return old?.record
        case .supportProgramme(let e):
            return supportProgrammes.upsert(e)?.record
        case .milestone(let e):
            return milestones.upsert(e)?.record
        }
    }

    /// Removes an entity, keeping the indexes current, and returns it (`nil` when there was none).
    ///
    /// For the kit's own modules, as ``upsert(_:)`` is; an embedder deletes with ``apply(_:)``.
    @discardableResult
    package mutating func remove(_ reference: EntityReference) -> EntityRecord? {
        let id = reference.id
        switch reference.kind {
        case .organisation:
            guard let old = organisations.remove(.init(id)) else { return nil }
            organisationsByRegistration.remove(old.id, under: old.registrationNumber?.base)
            return old.record
        case .person:
            guard let old = persons.remove(.init(id)) else { return nil }
            membersByOrganisation.remove(old.id, under: old.organisation)
            return old.record
        case .personalDetails:
            guard let old = personalDetails.remove(.init(id)) else { return nil }
            personsByEMSO.remove(old.person, under: old.emso)
            personsByName.remove(old.person, under: old.normalizedName)
            return old.record
        case .infoPoint:
            return infoPoints.remove(.init(id))?.record
        case .activity:
            guard let old = activities.remove(.init(id)) else { return nil }
            activitiesByInfoPoint.remove(old.id, under: old.infoPoint)
            return old.record
        case .participation:
            guard let slot = participations.slot(of: .init(id)), let old = participations.remove(.init(id))
            else {
                return nil
            }
            participationsByActivity.remove(Int32(slot), under: old.activity)
            participationsByPerson.remove(Int32(slot), under: old.person)
            participationsByOrganisation.remove(Int32(slot), under: old.organisation)
            return old.record
        case .job:
            guard let old = jobs.remove(.init(id)) else { return nil }
            jobsByOrganisation.remove(old.id, under: old.organisation)
            jobsByPerson.remove(old.id, under: old.person)
            return old.record
        case .product:
            guard let old = products.remove(.init(id)) else { return nil }
            productsByOrganisation.remove(old.id, under: old.organisation)
            return old.record
        case .developmentPlan:
            guard let old = developmentPlans.remove(.init(id)) else { return nil }
            plansByOrganisation.remove(old.id, under: old.organisation)
            return old.record
        case .supportProgramme:
            return supportProgrammes.remove(.init(id))?.record
        case .milestone:
            return milestones.remove(.init(id))?.record
        }
    }

    /// Applies a change, checking only that inserts are new and updates and deletes find their entity.
    /// - Returns: The entity's value before and after.
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/changeConflict``) naming the entity; the dataset is
    ///   unchanged when it throws.
    public mutating func apply(_ change: Change) throws -> ChangeRecord {
        let reference = change.reference
        switch change {
        case .insert(let record):
            guard !contains(reference) else {
                throw SocioLabError(
                    .changeConflict, "\(reference) already exists; use an update to change it",
                    at: .init(entity: reference.description))
            }
            upsert(record)
            return ChangeRecord(reference: reference, before: nil, after: record)
        case .update(let record):
            guard contains(reference) else {
                throw SocioLabError(
                    .changeConflict, "\(reference) does not exist; insert it first",
                    at: .init(entity: reference.description))
            }
            return ChangeRecord(reference: reference, before: upsert(record), after: record)
        case .delete:
            guard let old = remove(reference) else {
                throw SocioLabError(
                    .changeConflict, "\(reference) does not exist, so it cannot be deleted",
                    at: .init(entity: reference.description))
            }
            return ChangeRecord(reference: reference, before: old, after: nil)
        }
    }

    /// Applies a committed change set as it was recorded (replaying a journal).
    ///
    /// A redacted record (personal details erased later) is replayed as a removal: whatever the details
    /// were, they must not come back.
    public mutating func replay(_ committed: CommittedChangeSet) {
        for record in committed.records {
            if !record.redacted, let after = record.after { upsert(after) } else { remove(record.reference) }
        }
    }

    /// Undoes a change record (restores its before value).
    mutating func revert(_ record: ChangeRecord) {
        if let before = record.before { upsert(before) } else { remove(record.reference) }
    }

    /// Two datasets are equal when they hold the same operation and the same entities.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        lhs.operation == rhs.operation && lhs.organisations == rhs.organisations && lhs.persons == rhs.persons
            && lhs.personalDetails == rhs.personalDetails && lhs.infoPoints == rhs.infoPoints
            && lhs.activities == rhs.activities && lhs.participations == rhs.participations
            && lhs.jobs == rhs.jobs && lhs.products == rhs.products
            && lhs.developmentPlans == rhs.developmentPlans && lhs.supportProgrammes == rhs.supportProgrammes
            && lhs.milestones == rhs.milestones
    }
}

/// The tables and indexes that `Dataset`'s loading initialiser builds in parallel, one box each.
private final class BulkParts: Sendable {
    let organisations = ParallelResults<EntityTable<Organisation>>(count: 1)
    let persons = ParallelResults<EntityTable<Person>>(count: 1)
    let personalDetails = ParallelResults<EntityTable<PersonalDetails>>(count: 1)
    let activities = ParallelResults<EntityTable<Activity>>(count: 1)
    let participations = ParallelResults<EntityTable<Participation>>(count: 1)
    let participationsByActivity = ParallelResults<MultiIndex<Activity.ID, Int32>>(count: 1)
    let participationsByPerson = ParallelResults<MultiIndex<Person.ID, Int32>>(count: 1)
    let participationsByOrganisation = ParallelResults<MultiIndex<Organisation.ID, Int32>>(count: 1)
    let members = ParallelResults<MultiIndex<Organisation.ID, Person.ID>>(count: 1)
    let personsByEMSO = ParallelResults<MultiIndex<EMSO, Person.ID>>(count: 1)
    let personsByName = ParallelResults<MultiIndex<String, Person.ID>>(count: 1)
}
