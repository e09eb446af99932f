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
/// The columns are public so that a plugin's indicator can count as fast as the built-in ones:
/// - per activity slot: ``activityHeld``, ``activityStart``, ``activityQualifications``;
/// - per attended participation in a held activity (the only ones that ever count): ``attendedActivity``,
///   ``attendedPerson``, ``attendedOrganisation``, ``attendedRole``;
/// - per person slot: ``personEntryDay``, ``personOrganisation``;
/// - per organisation slot: ``organisationIsSocialEconomy``.
///
/// A slot with no entity (deleted) reads as not held, no person, and so on. `-1` means "none" in every
/// `Int32` column.
public final class IndicatorContext: Sendable {
    /// The dataset the report is built from, personal details included (an indicator must not read them).
    public let dataset: Dataset
    /// The plugins that say what activities qualify as.
    public let plugins: PluginRegistry
    /// The day the report is made for: events after it do not count.
    public let asOf: Day

    /// Per activity slot: whether it is held.
    public let activityHeld: [Bool]
    /// Per activity slot: its first day.
    public let activityStart: [Day]
    /// Per activity slot: what the registered plugin says the held activity qualifies as (empty when not held).
    public let activityQualifications: [Set<Qualification>]
    /// Per activity slot: its rank in identifier order, used to break ties between events on the same day.
    public let activityRank: [Int32]
    /// Per activity slot: its partners, as indexes into ``partnerIDs``.
    public let activityPartners: [[Int32]]
    /// Per activity slot: its info point slot, or -1.
    public let activityInfoPoint: [Int32]
    /// Per activity slot: its municipality number, or -1.
    public let activityMunicipality: [Int32]
    /// Per activity slot: its pillar, or -1.
    public let activityPillar: [Int32]
    /// Per activity slot: its kind, as an index into ``activityKinds``.
    public let activityKind: [Int32]
    /// The activity kinds found, sorted.
    public let activityKinds: [ActivityKind]

    /// Per attended participation in a held activity: the activity slot.
    public let attendedActivity: [Int32]
    /// Per attended participation in a held activity: the person slot, or -1.
    public let attendedPerson: [Int32]
    /// Per attended participation in a held activity: the organisation slot, or -1.
    public let attendedOrganisation: [Int32]
    /// Per attended participation in a held activity: its role class.
    public let attendedRole: [RoleClass]
    /// Per attended participation in a held activity: the participation's own slot, to read its hours,
    /// completion or evidence.
    public let attendedParticipation: [Int32]

    /// Per person slot: the entry day (``Dataset/entryDate(of:)``), or `nil`.
    public let personEntryDay: [Day?]
    /// Per person slot: their organisation's slot, or -1.
    public let personOrganisation: [Int32]
    /// Per person slot: gender at entry.
    let personGender: [UInt8]
    /// Per person slot: age group at entry (0 unknown, 1 below 25, 2 25–54, 3 55 or older).
    let personAgeGroup: [UInt8]
    /// Per person slot: employment status at entry (0 unknown, else 1 + the status's index).
    let personEmployment: [UInt8]
    /// Per person slot: target groups, as a bit mask over ``ESFOperation/targetGroups`` (bit 63: other).
    let personTargetGroups: [UInt64]

    /// Per organisation slot: whether it belongs to the social economy.
    public let organisationIsSocialEconomy: [Bool]
    /// Per organisation slot: its municipality number, or -1.
    public let organisationMunicipality: [Int32]

    /// The partners: the operation's, in its order, then any other partner identifier found in the records.
    public let partnerIDs: [Partner.ID]
    let partnerIndex: [Partner.ID: Int32]
    /// The details of held activities, decoded once per plugin (``details(of:)``).
    private let detailsCache: DecodedDetailsCache

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
        let organisationSlots = dataset.organisations.slots
        ParallelJobs.run(
            ParticipationLinks.jobs(dataset, into: links) + decodings.flatMap(\.jobs) + people.jobs + [
                {
                    var rank = [Int32](repeating: 0, count: activityCount)
                    let ordered = (0..<activityCount).filter { activitySlots[$0] != nil }
                        .sorted { activitySlots[$0]!.id < activitySlots[$1]!.id }
                    for (r, slot) in ordered.enumerated() { rank[slot] = Int32(r) }
                    ranks.set(0, rank)
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
        for decoding in decodings { decoding.finish(&quals, cache) }
        detailsCache = cache

        // Attended participations in held activities, resolved in parallel chunks.
        let columns = AttendedColumns.build(
            dataset: dataset, held: held,
            links: ParticipationLinks(activity: links[0]!, person: links[1]!, organisation: links[2]!))

        // Persons: the entry day of those with none recorded is their first attendance.
        var firstAttended = [Int32](repeating: .max, count: dataset.persons.slotCount)
        for i in columns.activity.indices {
            let p = Int(columns.person[i])
            guard p >= 0 else { continue }
            let day = start[Int(columns.activity[i])].daysSinceEpoch
            if day < firstAttended[p] { firstAttended[p] = day }
        }
        let persons = people.joined(firstAttended: firstAttended)
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
    public func partnerIndex(of id: Partner.ID) -> Int? { partnerIndex[id].map(Int.init) }

    /// Per activity slot: the typed details of each *held* activity of the plugin's kind, `nil` for every
    /// other slot and where the details do not decode.
    ///
    /// Decoded once per context (in parallel), however many of the plugin's indicators ask: decoding
    /// payloads costs far more than counting. The registered plugins' details are decoded while the
    /// context is built, together with the qualifications; another plugin value's on its first request.
    /// - Parameter plugin: The plugin.
    /// - Returns: One entry per activity slot.
    /// - Complexity: O(1) for a registered plugin; O(*a*) in activity slots the first time otherwise.
    public func details<P: ActivityPlugin>(of plugin: P) -> [P.Details?] {
        let key = DecodedDetailsCache.key(plugin)
        if let cached = detailsCache.value(for: key) as? [P.Details?] { return cached }
        // A plugin value the registry does not hold (the registered ones were decoded with the context).
        let activities = dataset.activities.slots
        let slots = activities.indices.filter { activityHeld[$0] && activities[$0]?.kind == plugin.kind }
        let decoding = DetailsDecoding(plugin, slots: slots, activities: activities)
        ParallelJobs.run(decoding.jobs)
        var qualifications = activityQualifications  // what this plugin would say is not kept
        decoding.finish(&qualifications, detailsCache)
        return detailsCache.value(for: key) as? [P.Details?] ?? []
    }
}

/// Runs unrelated pieces of work on every core, in the order given as far as cores allow.
enum ParallelJobs {
    /// Runs every job once and returns when all have ended.
    static func run(_ jobs: [@Sendable () -> Void]) {
        DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
    }
}

/// The decoding of one plugin's held activities' details: chunks that run beside other work, then
/// `finish`, which keeps the details for ``IndicatorContext/details(of:)`` and sets the qualifications.
struct DetailsDecoding {
    /// The chunks of the decoding.
    let jobs: [@Sendable () -> Void]
    /// Sets the plugin's activities' qualifications (nothing for details that do not decode) and keeps
    /// the details in the cache, one entry per activity slot.
    let finish: (inout [Set<Qualification>], DecodedDetailsCache) -> Void

    /// Prepares the decoding.
    /// - Parameters:
    ///   - plugin: The registered plugin of the activities' kind.
    ///   - slots: The slots of its held activities.
    ///   - activities: Every activity slot.
    init<P: ActivityPlugin>(_ plugin: P, slots: [Int], activities: [Activity?]) {
        let chunkSize = 1024
        let chunkCount = (slots.count + chunkSize - 1) / chunkSize
        let chunks = ParallelResults<[(P.Details, Set<Qualification>)?]>(count: chunkCount)
        jobs = (0..<chunkCount).map { chunk in
            {
                let range = (chunk * chunkSize)..<min(slots.count, (chunk + 1) * chunkSize)
                chunks.set(
                    chunk,
                    range.map { i in
                        guard let activity = activities[slots[i]],
                            let details = plugin.detailsIfValid(of: activity)
                        else { return nil }
                        return (details, plugin.qualifications(of: activity, details: details))
                    })
            }
        }
        finish = { qualifications, cache in
            var details = [P.Details?](repeating: nil, count: activities.count)
            for (i, decoded) in chunks.values.joined().enumerated() {
                guard let (value, qualified) = decoded else { continue }
                details[slots[i]] = value
                qualifications[slots[i]] = qualified
            }
            cache.store(details, for: DecodedDetailsCache.key(plugin))
        }
    }
}

/// The details a context has decoded, by plugin type and kind.
///
/// Why `@unchecked Sendable` is safe: `values` is the only mutable property, and it is read and written
/// only inside `lock.withLock`; what it holds is `any Sendable`, so a value read on one thread may be used
/// on another.
final class DecodedDetailsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: any Sendable] = [:]

    /// The key of a plugin's details.
    static func key<P: ActivityPlugin>(_ plugin: P) -> String { "\(P.self)/\(plugin.kind.rawValue)" }

    func value(for key: String) -> (any Sendable)? { lock.withLock { values[key] } }
    func store(_ value: any Sendable, for key: String) { lock.withLock { values[key] = value } }
}

/// The attended participations in held activities, as flat columns.
struct AttendedColumns: Sendable {
    var activity: [Int32] = []
    var person: [Int32] = []
    var organisation: [Int32] = []
    var role: [IndicatorContext.RoleClass] = []
    var participation: [Int32] = []

    /// Resolves the participations chunk by chunk, in parallel, and joins the chunks in slot order.
    ///
    /// The activity, person and organisation slot of every participation come from the dataset's
    /// slot-valued indexes (one lookup per activity, person and organisation, not per participation), so no
    /// participation's identifiers are hashed.
    static func build(dataset: Dataset, held: [Bool], links: ParticipationLinks) -> AttendedColumns {
        let slots = dataset.participations.slots
        let chunkSize = 65_536
        let chunkCount = (slots.count + chunkSize - 1) / chunkSize
        let results = ParallelResults<AttendedColumns>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var out = AttendedColumns()
            let range = (chunk * chunkSize)..<min(slots.count, (chunk + 1) * chunkSize)
            out.activity.reserveCapacity(range.count)
            out.person.reserveCapacity(range.count)
            out.organisation.reserveCapacity(range.count)
            out.role.reserveCapacity(range.count)
            out.participation.reserveCapacity(range.count)
            for i in range {
                let a = links.activity[i]
                // Fields read in place: no copy of the participation.
                guard a >= 0, held[Int(a)], slots[i]?.status == .attended, let role = slots[i]?.role
                else { continue }
                out.activity.append(a)
                out.person.append(links.person[i])
                out.organisation.append(links.organisation[i])
                out.role.append(roleClass(role))
                out.participation.append(Int32(i))
            }
            results.set(chunk, out)
        }
        var joined = AttendedColumns()
        let parts = results.values
        let total = parts.reduce(0) { $0 + $1.activity.count }
        joined.activity.reserveCapacity(total)
        joined.person.reserveCapacity(total)
        joined.organisation.reserveCapacity(total)
        joined.role.reserveCapacity(total)
        joined.participation.reserveCapacity(total)
        for part in parts {
            joined.activity += part.activity
            joined.person += part.person
            joined.organisation += part.organisation
            joined.role += part.role
            joined.participation += part.participation
        }
        return joined
    }
}

extension AttendedColumns {
    static func roleClass(_ role: ParticipationRole) -> IndicatorContext.RoleClass {
        if role == .participant { return .participant }
        if role == .mentee { return .mentee }
        return IndicatorContext.staffRoles.contains(role) ? .staff : .participant
    }
}

/// The per-person columns of a context, for a range of person slots.
struct PersonColumns: Sendable {
    var entry: [Day?] = []
    var organisation: [Int32] = []
    var gender: [UInt8] = []
    var ageGroup: [UInt8] = []
    var employment: [UInt8] = []
    var targetGroups: [UInt64] = []
    /// The slots of persons with no entry day recorded.
    var withoutEntry: [Int32] = []

    /// The columns of every person slot, filled chunk by chunk (``jobs``) beside other work, then joined.
    final class Parts: Sendable {
        /// The chunks.
        let jobs: [@Sendable () -> Void]
        private let results: ParallelResults<PersonColumns>
        private let persons: [Person?]

        /// Prepares the chunks.
        init(dataset: Dataset) {
            let persons = dataset.persons.slots
            let organisations = dataset.organisations
            let groupBit = Dictionary(
                uniqueKeysWithValues: dataset.operation.targetGroups.prefix(63).enumerated().map {
                    ($1.id, UInt64(1) << $0)
                })
            let chunkSize = 65_536
            let chunkCount = (persons.count + chunkSize - 1) / chunkSize
            let results = ParallelResults<PersonColumns>(count: chunkCount)
            self.results = results
            self.persons = persons
            jobs = (0..<chunkCount).map { chunk in
                {
                    let range = (chunk * chunkSize)..<min(persons.count, (chunk + 1) * chunkSize)
                    results.set(
                        chunk,
                        PersonColumns(
                            range: range, persons: persons, organisations: organisations, groupBit: groupBit))
                }
            }
        }

        /// The columns of every person slot in slot order.
        /// - Parameter firstAttended: Per person slot, the day of their first attended participation
        ///   (`Int32.max` for none): the entry day of a person without one recorded.
        func joined(firstAttended: [Int32]) -> PersonColumns {
            var joined = PersonColumns()
            for part in results.values {
                joined.entry += part.entry
                joined.organisation += part.organisation
                joined.gender += part.gender
                joined.ageGroup += part.ageGroup
                joined.employment += part.employment
                joined.targetGroups += part.targetGroups
                joined.withoutEntry += part.withoutEntry
            }
            for slot in joined.withoutEntry.map(Int.init) where firstAttended[slot] != .max {
                let day = Day(daysSinceEpoch: firstAttended[slot])
                joined.entry[slot] = day
                if let birth = persons[slot]?.birthDate { joined.ageGroup[slot] = Self.ageGroup(birth, day) }
            }
            return joined
        }

        /// 1 below 25, 2 for 25–54, 3 for 55 or older, at `day`.
        static func ageGroup(_ birth: Day, _ day: Day) -> UInt8 {
            let age = day.years(since: birth)
            return age < 25 ? 1 : (age <= 54 ? 2 : 3)
        }
    }

    init() {}

    /// The columns of a range of person slots, the entry day as recorded.
    private init(
        range: Range<Int>, persons: [Person?], organisations: EntityTable<Organisation>,
        groupBit: [TargetGroup.ID: UInt64]
    ) {
        let statuses = EmploymentStatus.allCases
        let genders = Gender.allCases
        entry = [Day?](repeating: nil, count: range.count)
        organisation = [Int32](repeating: -1, count: range.count)
        gender = [UInt8](repeating: 0, count: range.count)
        ageGroup = [UInt8](repeating: 0, count: range.count)
        employment = [UInt8](repeating: 0, count: range.count)
        targetGroups = [UInt64](repeating: 0, count: range.count)
        for slot in range {
            guard let person = persons[slot] else { continue }
            let i = slot - range.lowerBound
            entry[i] = person.entryDate
            if person.entryDate == nil { withoutEntry.append(Int32(slot)) }
            if let id = person.organisation, let o = organisations.slot(of: id) { organisation[i] = Int32(o) }
            if let g = person.gender { gender[i] = UInt8(genders.firstIndex(of: g)! + 1) }
            if let birth = person.birthDate, let day = person.entryDate {
                ageGroup[i] = Parts.ageGroup(birth, day)
            }
            if let s = person.employmentStatus { employment[i] = UInt8(statuses.firstIndex(of: s)! + 1) }
            var mask: UInt64 = 0
            for group in person.targetGroups { mask |= groupBit[group] ?? (1 << 63) }
            targetGroups[i] = mask
        }
    }
}

/// Per participation slot: the slots of its activity, person and organisation (-1 for none or missing).
struct ParticipationLinks: Sendable {
    var activity: [Int32]
    var person: [Int32]
    var organisation: [Int32]

    /// Three jobs that fill the activity, person and organisation columns into `results` (0, 1, 2) from
    /// the dataset's indexes.
    /// - Complexity: O(*p* + *a* + *n* + *o*), with one hash lookup per activity, person and organisation.
    static func jobs(_ dataset: Dataset, into results: ParallelResults<[Int32]>) -> [@Sendable () -> Void] {
        let count = dataset.participations.slotCount
        @Sendable func fill<E: Entity>(_ job: Int, _ table: EntityTable<E>, _ slotsOf: (E.ID) -> [Int32]) {
            var column = [Int32](repeating: -1, count: count)
            let entities = table.slots
            for slot in entities.indices {
                // Only the identifier, read in place: copying each entity would retain all it holds.
                guard let id = entities[slot]?.id else { continue }
                for p in slotsOf(id) { column[Int(p)] = Int32(slot) }
            }
            results.set(job, column)
        }
        // The persons' first: theirs is the longest.
        return [
            { fill(1, dataset.persons) { dataset.participationSlots(of: $0) } },
            { fill(0, dataset.activities) { dataset.participationSlots(in: $0) } },
            { fill(2, dataset.organisations) { dataset.participationSlots(ofOrganisation: $0) } },
        ]
    }
}
