extension Dataset {
    /// The positions of the indexes the lookups read, found once by name.
    private enum Index {
        static let participationsByActivity = Participation.indexPosition("activity_id")
        static let participationsByPerson = Participation.indexPosition("person_id")
        static let participationsByOrganisation = Participation.indexPosition("organisation_id")
        static let personsByOrganisation = Person.indexPosition("organisation_id")
        static let jobsByOrganisation = Job.indexPosition("organisation_id")
        static let activitiesByInfoPoint = Activity.indexPosition("info_point")
        static let detailsByEMSO = PersonalDetails.indexPosition("emso")
        static let detailsByName = PersonalDetails.indexPosition("normalized_name")
        static let organisationsByRegistration = Organisation.indexPosition("registration_number")
    }

    /// The entities of kind `E` filed under `key` in its index at `position`, in filing order (also the
    /// finance lookups' way in, `Dataset+FinanceQueries.swift`).
    func entities<E: RegisteredEntity>(_ type: E.Type, _ position: Int, under key: String) -> [E] {
        let storage = registry[E.self]
        let slots = storage.table.slots
        return storage.slots(position, under: key).compactMap { slots[Int($0)] }
    }

    /// The participations in an activity.
    /// - Complexity: O(p) in the activity's participations.
    public func participations(in activity: Activity.ID) -> [Participation] {
        entities(Participation.self, Index.participationsByActivity, under: activity.rawValue)
    }
    /// The participations of a person.
    /// - Complexity: O(p) in the person's participations.
    public func participations(of person: Person.ID) -> [Participation] {
        entities(Participation.self, Index.participationsByPerson, under: person.rawValue)
    }
    /// The participations of an organisation as such.
    /// - Complexity: O(p) in the organisation's participations.
    public func participations(ofOrganisation organisation: Organisation.ID) -> [Participation] {
        entities(Participation.self, Index.participationsByOrganisation, under: organisation.rawValue)
    }
    /// The slots (in ``participations``) of the participations in an activity, for counting without hashing.
    package func participationSlots(in activity: Activity.ID) -> [Int32] {
        registry[Participation.self].slots(Index.participationsByActivity, under: activity.rawValue)
    }
    /// The slots of a person's participations.
    package func participationSlots(of person: Person.ID) -> [Int32] {
        registry[Participation.self].slots(Index.participationsByPerson, under: person.rawValue)
    }
    /// The slots of an organisation's own participations.
    package func participationSlots(ofOrganisation organisation: Organisation.ID) -> [Int32] {
        registry[Participation.self].slots(Index.participationsByOrganisation, under: organisation.rawValue)
    }
    /// The three participation indexes (slots under an activity's, a person's and an organisation's id),
    /// taken out of the registry once, for loops that look up every activity, person or organisation.
    func participationSlotIndexes() -> (
        activity: MultiIndex<String, Int32>, person: MultiIndex<String, Int32>,
        organisation: MultiIndex<String, Int32>
    ) {
        let storage = registry[Participation.self]
        return (
            storage.indexes[Index.participationsByActivity], storage.indexes[Index.participationsByPerson],
            storage.indexes[Index.participationsByOrganisation]
        )
    }
    /// The persons recorded as members or employees of an organisation.
    public func members(of organisation: Organisation.ID) -> [Person] {
        entities(Person.self, Index.personsByOrganisation, under: organisation.rawValue)
    }
    /// The jobs in an organisation.
    public func jobs(in organisation: Organisation.ID) -> [Job] {
        entities(Job.self, Index.jobsByOrganisation, under: organisation.rawValue)
    }
    /// The activities run from an info point.
    public func activities(at infoPoint: InfoPoint.ID) -> [Activity] {
        entities(Activity.self, Index.activitiesByInfoPoint, under: infoPoint.rawValue)
    }
    /// The persons whose details carry an EMŠO.
    public func persons(withEMSO emso: EMSO) -> [Person.ID] {
        entities(PersonalDetails.self, Index.detailsByEMSO, under: emso.digits).map(\.person)
    }
    /// The persons whose details carry a name that normalises to `normalizedName`.
    public func persons(withNormalizedName normalizedName: String) -> [Person.ID] {
        entities(PersonalDetails.self, Index.detailsByName, under: normalizedName).map(\.person)
    }
    /// The organisations with a registration number (compared by its 7-digit base).
    public func organisations(withRegistration number: RegistrationNumber) -> [Organisation.ID] {
        entities(Organisation.self, Index.organisationsByRegistration, under: number.base).map(\.id)
    }

    /// The day a person entered: their entry date, or else the start of their first attended participation
    /// in a held activity.
    /// - Complexity: O(p) in the person's participations.
    public func entryDate(of person: Person) -> Day? {
        if let entryDate = person.entryDate { return entryDate }
        // Fields read in place: validation asks this for every person, and copying each participation and
        // activity (details and all) cost more than the rule itself.
        let participationRows = participations.slots
        let activityTable = activities
        let activityRows = activityTable.slots
        var first: Day?
        for slot in participationSlots(of: person.id).map(Int.init) {
            guard participationRows[slot]?.status == .attended, let id = participationRows[slot]?.activity,
                let a = activityTable.slot(of: id), activityRows[a]?.status == .held,
                let start = activityRows[a]?.startDate
            else { continue }
            if first.map({ start < $0 }) ?? true { first = start }
        }
        return first
    }

    /// The entities whose validity may depend on `reference`: for personal details the person they belong
    /// to (and the reverse), then those that point to it, kind by kind in ``EntityKind`` order, each kind's
    /// in the order its reference index files them.
    /// - Complexity: O(d) in the number of dependents.
    public func dependents(of reference: EntityReference) -> [EntityReference] {
        var dependents: [EntityReference] = []
        switch reference.kind {
        case .person: dependents.append(EntityReference(.personalDetails, reference.id))
        case .personalDetails: return [EntityReference(.person, reference.id)]
        default: break
        }
        var collect = Dependents(registry: registry, reference: reference, found: dependents)
        for kind in EntityKind.allCases { kind.accept(&collect) }
        return collect.found
    }

    /// Collects the entities of each kind filed under a reference in the kind's indexes of references to
    /// the reference's kind.
    private struct Dependents: EntityTypeVisitor {
        let registry: TableRegistry
        let reference: EntityReference
        var found: [EntityReference]

        mutating func visit<E: RegisteredEntity>(_ type: E.Type) {
            let declarations = E.indexes
            guard declarations.contains(where: { $0.target == reference.kind }) else { return }
            let storage = registry[E.self]
            let slots = storage.table.slots
            for position in declarations.indices where declarations[position].target == reference.kind {
                for slot in storage.slots(position, under: reference.id) {
                    if let entity = slots[Int(slot)] { found.append(entity.reference) }
                }
            }
        }
    }
}
