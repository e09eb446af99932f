/// The participants of a range of person slots, tallied by ESF indicator and gender.
struct ESFParticipantTally {
    /// Participants, complete or not.
    var participants = 0
    /// Participants by gender (female, male, non-binary).
    var byGender = [0, 0, 0]
    /// Participants whose record is incomplete.
    var incomplete = 0
    /// Per 2014–2020 indicator *i* and gender *g*: the count at `i * 3 + g`.
    var esf2014 = [Int](repeating: 0, count: ESFIndicators.esf2014.count * 3)
    /// Per ESF+ indicator *i* and gender *g*: the count at `i * 3 + g`.
    var esfPlus = [Int](repeating: 0, count: ESFIndicators.esfPlus.count * 3)

    init() {}

    /// Tallies the participants among `persons`: those with a first counting event (`firstKey`) whose
    /// entry day falls in `period` (any entry day when `nil`).
    init(persons: Range<Int>, firstKey: [Int64], context: IndicatorContext, period: DateRange?) {
        let entryDays = context.personEntryDay
        context.dataset.persons.slots.withUnsafeBufferPointer { records in
            for p in persons where firstKey[p] != .max && p < records.count && records[p].isPresent {
                let firstDay = Day(daysSinceEpoch: Int32(truncatingIfNeeded: firstKey[p] >> 32))
                let entry = entryDays[p] ?? firstDay
                if let period, !period.contains(entry) { continue }
                participants += 1
                // Fields read in place: no copy of the person.
                let g: Int? =
                    switch records[p]?.gender {
                    case .female: 0
                    case .male: 1
                    case .nonBinary: 2
                    case .undisclosed, nil: nil
                    }
                if let g { byGender[g] += 1 }
                guard let g, let birth = records[p]?.birthDate, let status = records[p]?.employmentStatus,
                    let isced = records[p]?.isced
                else {
                    incomplete += 1
                    continue
                }
                let age = entry.years(since: birth)
                let unemployed = status == .unemployed || status == .longTermUnemployed
                let inactive = status == .inactive || status == .inactiveInEducation
                let employed = status == .employed || status == .selfEmployed
                let migrant = records[p]?.migrantOrMinority == .yes
                let disability = records[p]?.disability == .yes
                let otherDisadvantaged = records[p]?.otherDisadvantaged == .yes
                let homeless = records[p]?.homeless == true
                let rural = records[p]?.rural == true
                // One condition per definition, in the order of `esf2014` (CO01 … CO19, CO23) and `esfPlus`.
                var co = IndicatorFlags()
                co.append(unemployed)
                co.append(status == .longTermUnemployed)
                co.append(inactive)
                co.append(status == .inactive)
                co.append(employed)
                co.append(age < 25)
                co.append(age >= 55)
                co.append(age >= 55 && (unemployed || status == .inactive))
                co.append((1...2).contains(isced))
                co.append((3...4).contains(isced))
                co.append((5...8).contains(isced))
                co.append(migrant)
                co.append(disability)
                co.append(otherDisadvantaged)
                co.append(homeless)
                co.append(rural)
                co.append(false)  // CO23 counts organisations
                Self.count(co.bits, g, into: &esf2014)
                var eeco = IndicatorFlags()
                eeco.append(true)
                eeco.append(unemployed)
                eeco.append(status == .longTermUnemployed)
                eeco.append(inactive)
                eeco.append(employed)
                eeco.append(age < 18)
                eeco.append((18...29).contains(age))
                eeco.append(age >= 55)
                eeco.append((0...2).contains(isced))
                eeco.append((3...4).contains(isced))
                eeco.append((5...8).contains(isced))
                eeco.append(disability)
                eeco.append(homeless)
                eeco.append(rural)
                eeco.append(false)  // EECO19 counts organisations
                Self.count(eeco.bits, g, into: &esfPlus)
            }
        }
    }

    /// Adds one participant of gender `g` to every indicator whose bit is set in `flags`.
    private static func count(_ flags: UInt32, _ g: Int, into tally: inout [Int]) {
        var rest = flags
        while rest != 0 {
            tally[rest.trailingZeroBitCount * 3 + g] += 1
            rest &= rest - 1
        }
    }

    /// Adds another range's tally.
    mutating func add(_ other: ESFParticipantTally) {
        participants += other.participants
        incomplete += other.incomplete
        for g in byGender.indices { byGender[g] += other.byGender[g] }
        for i in esf2014.indices { esf2014[i] += other.esf2014[i] }
        for i in esfPlus.indices { esfPlus[i] += other.esfPlus[i] }
    }
}

/// Which indicators a participant counts in, one bit per definition, filled in definition order.
struct IndicatorFlags {
    private(set) var bits: UInt32 = 0
    private var next: UInt32 = 0

    mutating func append(_ condition: Bool) {
        if condition { bits |= 1 << next }
        next += 1
    }
}
