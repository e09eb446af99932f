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
