import Foundation

/// A dataset prepared for counting: flat arrays over the dense slots of its tables.
///
/// Built once per report, it resolves every string identifier to a slot exactly once, so indicators count
/// with integer indexes and flat arrays instead of hashing identifiers. Its columns are built from the
/// statistical records alone (activities, participations, persons' statistical records, organisations);
/// none holds a name, contact or EMŠO.
///
/// ``dataset`` is the whole dataset the report is built from, so that an indicator can read a record the
/// columns do not cover (a milestone, a product, a participation's hours). It includes
/// ``Dataset/personalDetails``: an indicator must not read them, because what it computes is published
/// as aggregates, and none of the built-in indicators does.
///
/// What a plugin's indicator reads, besides ``dataset``:
/// - ``activities(qualifying:)``: per activity slot, whether the held activity qualifies as something;
/// - ``details(of:)``: per activity slot, a plugin's typed details of each held activity, decoded once;
/// - ``attendances``: every attended participation in a held activity, with its activity, person and
///   organisation slots;
/// - ``activitySlotCount``, ``isHeld(activity:)`` and ``startDay(ofActivity:)``.
///
/// Slots are the dense positions of a table's entities (``EntityTable``), the natural unit keys for a
/// ``QualifyingEventSink``. A slot with no entity (deleted) reads as not held.
///
/// ```swift
/// func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
///     let workshop = context.activities(qualifying: Qualification(rawValue: "workshop"))
///     for attendance in context.attendances where workshop[attendance.activity] {
///         guard let person = attendance.person, attendance.role != .staff else { continue }
///         sink.add(unit: person, activity: attendance.activity, person: person)
///     }
/// }
/// ```
///
/// The flat columns behind these (`Int32` slots with `-1` for none) are internal to the package.
public final class IndicatorContext: Sendable {
    /// The dataset the report is built from, personal details included (an indicator must not read them).
    public let dataset: Dataset
    /// The plugins that say what activities qualify as.
    public let plugins: PluginRegistry
    /// The day the report is made for: events after it do not count.
    public let asOf: Day

    /// Per activity slot: whether it is held.
    package let activityHeld: [Bool]
    /// Per activity slot: its first day.
    package let activityStart: [Day]
    /// Per activity slot: what the registered plugin says the held activity qualifies as (empty when not held).
    package let activityQualifications: [Set<Qualification>]
    /// Per activity slot: its rank in identifier order, used to break ties between events on the same day.
    package let activityRank: [Int32]
    /// Per activity slot: its partners, as indexes into ``partnerIDs``.
    package let activityPartners: [[Int32]]
    /// Per activity slot: its info point slot, or -1.
    package let activityInfoPoint: [Int32]
    /// Per activity slot: its municipality number, or -1.
    package let activityMunicipality: [Int32]
    /// Per activity slot: its pillar, or -1.
    package let activityPillar: [Int32]
    /// Per activity slot: its kind, as an index into ``activityKinds``.
    package let activityKind: [Int32]
    /// The activity kinds found, sorted.
    package let activityKinds: [ActivityKind]

    /// Per attended participation in a held activity: the activity slot.
    package let attendedActivity: [Int32]
    /// Per attended participation in a held activity: the person slot, or -1.
    package let attendedPerson: [Int32]
    /// Per attended participation in a held activity: the organisation slot, or -1.
    package let attendedOrganisation: [Int32]
    /// Per attended participation in a held activity: its role class.
    package let attendedRole: [RoleClass]
    /// Per attended participation in a held activity: the participation's own slot, to read its hours,
    /// completion or evidence.
    package let attendedParticipation: [Int32]

    /// Per person slot: the entry day (``Dataset/entryDate(of:)``), or `nil`.
    package let personEntryDay: [Day?]
    /// Per person slot: their organisation's slot, or -1.
    package let personOrganisation: [Int32]
    /// Per person slot: gender at entry.
    let personGender: [UInt8]
    /// Per person slot: age group at entry (0 unknown, 1 below 25, 2 25–54, 3 55 or older).
    let personAgeGroup: [UInt8]
    /// Per person slot: employment status at entry (0 unknown, else 1 + the status's index).
    let personEmployment: [UInt8]
    /// Per person slot: target groups, as a bit mask over ``ESFOperation/targetGroups`` (bit 63: other).
    let personTargetGroups: [UInt64]

    /// Per activity slot: the slots of the organisations the held activity supports as such, as its plugin
    /// names them (``ActivityPlugin/organisationsSupported(by:details:)``); only slots with some.
    package let activitySupportedOrganisations: [Int: [Int32]]

    /// Per organisation slot: the slot of the organisation that stands for it, itself unless it shares a
    /// registration or tax number with one of lower identifier (``DuplicateRecords``), -1 for an empty slot.
    /// Every organisation slot in the other columns is already one that stands for itself.
    package let organisationRepresentative: [Int32]
    /// Per job slot: whether the job counts (not a duplicate that ``DuplicateRecords`` leaves out).
    package let jobCounts: [Bool]
    /// Per organisation slot: whether it belongs to the social economy.
    package let organisationIsSocialEconomy: [Bool]
    /// Per organisation slot: its municipality number, or -1.
    package let organisationMunicipality: [Int32]

    /// The partners: the operation's, in its order, then any other partner identifier found in the records.
    package let partnerIDs: [Partner.ID]
    let partnerIndex: [Partner.ID: Int32]
    /// The details of held activities, decoded once per plugin (``details(of:)``).
    let detailsCache: DecodedDetailsCache

    /// How a participation's role counts.
    public enum RoleClass: UInt8, Sendable {
        /// Takes part (a participant, an exhibitor, a visitor, any role that is not staff or mentee).
        case participant
        /// Receives mentoring or coaching.
        case mentee
        /// Delivers the activity (trainer, mentor, speaker, organiser): never counted as reached.
        case staff
    }

    /// Roles that deliver an activity rather than take part in it.
    public static let staffRoles: Set<ParticipationRole> = [.trainer, .mentor, .speaker, .organiser]

    /// Prepares a dataset for counting.
    /// - Parameters:
    ///   - dataset: The records.
    ///   - plugins: The plugins asked what each held activity qualifies as.
    ///   - asOf: The report day.
    /// - Complexity: O(*a* + *p* + *n*) in activities, participations and persons; the participations are
    ///   read in parallel chunks.
    public init(dataset: Dataset, plugins: PluginRegistry, asOf: Day) {
        self.dataset = dataset
        self.plugins = plugins
        self.asOf = asOf
        let operation = dataset.operation

        var partnerIDs = operation.partners.map(\.id)
        var partnerIndex: [Partner.ID: Int32] = [:]
        for (i, id) in partnerIDs.enumerated() { partnerIndex[id] = Int32(i) }
        func partnerSlot(_ id: Partner.ID) -> Int32 {
            if let i = partnerIndex[id] { return i }
            partnerIndex[id] = Int32(partnerIDs.count)
            partnerIDs.append(id)
            return Int32(partnerIDs.count - 1)
        }

        // Activities.
        let activitySlots = dataset.activities.slots
        let activityCount = activitySlots.count
        var held = [Bool](repeating: false, count: activityCount)
        var start = [Day](repeating: Day(daysSinceEpoch: 0), count: activityCount)
        var partners = [[Int32]](repeating: [], count: activityCount)
        var infoPoint = [Int32](repeating: -1, count: activityCount)
        var municipality = [Int32](repeating: -1, count: activityCount)
        var pillar = [Int32](repeating: -1, count: activityCount)
        var kind = [Int32](repeating: -1, count: activityCount)
        let kinds = Set(activitySlots.compactMap { $0?.kind }).sorted()
        let kindIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, Int32($0)) })
        for (slot, activity) in activitySlots.enumerated() {
            guard let activity else { continue }
            held[slot] = activity.status == .held
            start[slot] = activity.startDate
            partners[slot] = activity.partners.map(partnerSlot)
            infoPoint[slot] =
                activity.infoPoint.flatMap { dataset.infoPoints.slot(of: $0) }.map(Int32.init) ?? -1
            municipality[slot] = activity.municipality.map { Int32($0.number) } ?? -1
            pillar[slot] = activity.pillar.map(Int32.init) ?? -1
            kind[slot] = kindIndex[activity.kind] ?? -1
        }
        // What plugins say of each held activity: its details are decoded here once, for the
        // qualifications and for every plugin indicator that reads them (`details(of:)`).
        var heldByKind = [[Int]](repeating: [], count: kinds.count)
        for slot in 0..<activityCount where held[slot] && kind[slot] >= 0 {
            heldByKind[Int(kind[slot])].append(slot)
        }
        let decodings = heldByKind.indices.compactMap { k -> DetailsDecoding? in
            guard !heldByKind[k].isEmpty, let plugin = plugins.plugin(for: kinds[k]) else { return nil }
            return DetailsDecoding(plugin, slots: heldByKind[k], activities: activitySlots)
        }

        // Independent work on every core, the longest first: the participations' links, the details,
        // the persons' columns (all but what needs their first attendance), the activities' ranks and
        // the organisations' columns.
        let links = ParallelResults<[Int32]>(count: 3)
        let people = PersonColumns.Parts(dataset: dataset)
        let ranks = ParallelResults<[Int32]>(count: 1)
        let organisationColumns = ParallelResults<([Bool], [Int32])>(count: 1)
        let duplicates = ParallelResults<([Int32], [Bool])>(count: 1)
        let organisationSlots = dataset.organisations.slots
        ParallelJobs.run(
            ParticipationLinks.jobs(dataset, into: links) + decodings.flatMap(\.jobs) + people.jobs + [
                {
                    var rank = [Int32](repeating: 0, count: activityCount)
                    let ordered = (0..<activityCount).filter { activitySlots[$0].isPresent }
                        .sorted { activitySlots[$0]!.id < activitySlots[$1]!.id }
                    for (r, slot) in ordered.enumerated() { rank[slot] = Int32(r) }
                    ranks.set(0, rank)
                },
                {
                    duplicates.set(
                        0,
                        (
                            DuplicateRecords.organisationRepresentatives(organisationSlots),
                            DuplicateRecords.countingJobs(dataset.jobs.slots)
                        ))
                },
                {
                    organisationColumns.set(
                        0,
                        (
                            organisationSlots.map { $0?.isSocialEconomy ?? false },
                            organisationSlots.map { o in o?.municipality.map { Int32($0.number) } ?? -1 }
                        ))
                },
            ])
        var quals = [Set<Qualification>](repeating: [], count: activityCount)
        let cache = DecodedDetailsCache()
        var supportedIDs: [Int: [Organisation.ID]] = [:]
        for decoding in decodings { decoding.finish(&quals, &supportedIDs, cache) }
        detailsCache = cache
        let (representative, countingJobs) = duplicates[0]!
        func standIn(_ o: Int32) -> Int32 { o < 0 ? o : representative[Int(o)] }
        activitySupportedOrganisations = supportedIDs.mapValues { ids in
            ids.compactMap { dataset.organisations.slot(of: $0).map { standIn(Int32($0)) } }
        }
        organisationRepresentative = representative
        jobCounts = countingJobs

        // Attended participations in held activities, resolved in parallel chunks; a person's repeated
        // attendance of one activity kept once, and every organisation replaced by the one standing for it.
        var columns = AttendedColumns.build(
            dataset: dataset, held: held,
            links: ParticipationLinks(activity: links[0]!, person: links[1]!, organisation: links[2]!)
        ).removingDuplicateAttendances(
            participations: dataset.participations.slots, personCount: dataset.persons.slotCount)
        let organisationsRepeat = representative.indices.contains {
            representative[$0] >= 0 && representative[$0] != $0
        }
        if organisationsRepeat { columns.organisation = columns.organisation.map(standIn) }

        // Persons: the entry day of those with none recorded is their first attendance.
        var firstAttended = [Int32](repeating: .max, count: dataset.persons.slotCount)
        for i in columns.activity.indices {
            let p = Int(columns.person[i])
            guard p >= 0 else { continue }
            let day = start[Int(columns.activity[i])].daysSinceEpoch
            if day < firstAttended[p] { firstAttended[p] = day }
        }
        var persons = people.joined(firstAttended: firstAttended)
        if organisationsRepeat { persons.organisation = persons.organisation.map(standIn) }
        let (socialEconomy, organisationMunicipalities) = organisationColumns[0]!
        organisationIsSocialEconomy = socialEconomy
        organisationMunicipality = organisationMunicipalities

        // Partners named by info points and plans, so that every partner has an index.
        for point in dataset.infoPoints.slots { if let point { _ = partnerSlot(point.hostPartner) } }
        for plan in dataset.developmentPlans.slots { if let plan { _ = partnerSlot(plan.partner) } }

        activityHeld = held
        activityStart = start
        activityQualifications = quals
        activityRank = ranks[0]!
        activityPartners = partners
        activityInfoPoint = infoPoint
        activityMunicipality = municipality
        activityPillar = pillar
        activityKind = kind
        activityKinds = kinds
        attendedActivity = columns.activity
        attendedPerson = columns.person
        attendedOrganisation = columns.organisation
        attendedRole = columns.role
        attendedParticipation = columns.participation
        personEntryDay = persons.entry
        personOrganisation = persons.organisation
        personGender = persons.gender
        personAgeGroup = persons.ageGroup
        personEmployment = persons.employment
        personTargetGroups = persons.targetGroups
        self.partnerIDs = partnerIDs
        self.partnerIndex = partnerIndex
    }

    /// Per activity slot: whether the held activity qualifies as `qualification`.
    /// - Complexity: O(*a*) in activity slots.
    public func activities(qualifying qualification: Qualification) -> [Bool] {
        activityQualifications.map { $0.contains(qualification) }
    }

    /// The index of a partner in ``partnerIDs``, or `nil` when no record names it.
    package func partnerIndex(of id: Partner.ID) -> Int? { partnerIndex[id].map(Int.init) }
}
