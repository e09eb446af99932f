import SocioLabKit

/// The persons, their personal details and their participations.
extension LargeSample {
    /// How many participations a person has: 1 to 9, 5 on average.
    static func participationCount(using rng: inout SplitMix64) -> Int { 1 + rng.uniform(9) }

    /// The activities a person takes part in (distinct) and the earliest of their start days.
    func activityPicks(ofPerson index: Int, into picks: inout [Int32]) -> Day {
        var rng = SplitMix64(seed: seed, stream: Stream.participations + UInt64(index))
        let count = min(LargeSample.participationCount(using: &rng), activityCount)
        picks.removeAll(keepingCapacity: true)
        var first = Day(daysSinceEpoch: .max)
        while picks.count < count {
            let pick = Int32(rng.uniform(activityCount))
            if picks.contains(pick) { continue }
            picks.append(pick)
            first = min(first, activities[Int(pick)].start)
        }
        return first
    }

    /// The first draws of a person's stream, which ``personalDetails(_:serials:)`` repeats to match the
    /// person: whether the person is a woman, their gender as recorded, and their birth day as days after
    /// ``firstBirth``.
    static func genderAndBirth(using rng: inout SplitMix64) -> (
        female: Bool, gender: Gender, birthOffset: Int
    ) {
        let female = rng.chance(0.56)
        let gender: Gender = rng.chance(0.02) ? .undisclosed : female ? .female : .male
        return (female, gender, rng.uniform(LargeSample.birthSpan))
    }

    func person(_ index: Int) -> Person {
        var rng = SplitMix64(seed: seed, stream: Stream.person + UInt64(index))
        let (_, gender, offset) = LargeSample.genderAndBirth(using: &rng)
        let birth = LargeSample.firstBirth.adding(days: offset)
        let employment: EmploymentStatus = rng.weighted([
            (.employed, 35), (.selfEmployed, 10), (.unemployed, 22), (.longTermUnemployed, 13),
            (.inactive, 8),
            (.inactiveInEducation, 12),
        ])
        let municipality = SampleGeography.municipality(using: &rng)
        let organisation = rng.chance(0.3) ? organisationID(rng.uniform(organisationCount)) : nil
        var picks: [Int32] = []
        picks.reserveCapacity(9)
        let first = activityPicks(ofPerson: index, into: &picks)
        let consent = max(LargeSample.dataStart, first.adding(days: -rng.uniform(15)))
        return Person(
            id: personID(index), gender: gender, birthDate: birth, employmentStatus: employment,
            isced: rng.uniform(in: 1...8),
            migrantOrMinority: rng.chance(0.06) ? .yes : rng.chance(0.03) ? .refused : .no,
            disability: rng.chance(0.07) ? .yes : .no, otherDisadvantaged: rng.chance(0.1) ? .yes : .no,
            homeless: false, rural: !municipality.isUrban,
            targetGroups: LargeSample.groupSets[rng.uniform(LargeSample.groupSets.count)],
            municipality: municipality.code, organisation: organisation,
            consent: Consent(givenOn: min(consent, first)))
    }

    func personalDetails(_ index: Int, serials: inout [UInt16]) -> PersonalDetails {
        var rng = SplitMix64(seed: seed, stream: Stream.person + UInt64(index))
        let (female, _, offset) = LargeSample.genderAndBirth(using: &rng)
        let birth = LargeSample.firstBirth.adding(days: offset)
        var names = SplitMix64(seed: seed, stream: Stream.details + UInt64(index))
        let given = names.pick(female ? SampleVocabulary.femaleGivenNames : SampleVocabulary.maleGivenNames)
        let family = names.pick(SampleVocabulary.familyNames)
        let slot = offset * 2 + (female ? 1 : 0)
        var emso: EMSO?
        while emso == nil && serials[slot] < 500 {
            let serial = Int(serials[slot]) + (female ? 500 : 0)
            serials[slot] += 1
            emso = EMSO.make(birthDate: birth, registerCode: 50, serial: serial)
        }
        return PersonalDetails(person: personID(index), givenName: given, familyName: family, emso: emso)
    }

    func participations(ofPerson index: Int, numberedFrom number: Int, into out: inout [Participation]) {
        var picks: [Int32] = []
        picks.reserveCapacity(9)
        _ = activityPicks(ofPerson: index, into: &picks)
        var rng = SplitMix64(seed: seed, stream: Stream.participations + UInt64(index) + (1 << 55))
        let person = personID(index)
        let width = max(8, personWidth + 1)
        // Pending records are taken from the end: store them in reverse so ids come out in order.
        for (offset, pick) in picks.enumerated().reversed() {
            let facts = activities[Int(pick)]
            let status: ParticipationStatus
            switch facts.status {
            case .held:
                let roll = rng.uniform(100)
                status = roll < 88 ? .attended : roll < 94 ? .noShow : roll < 97 ? .registered : .cancelled
            case .cancelled: status = .cancelled
            case .planned: status = .registered
            }
            let hours =
                status == .attended && facts.hours > 0 ? Quantity(integerLiteral: Int64(facts.hours)) : nil
            out.append(
                Participation(
                    id: .init(SampleID.make("pa", number + offset + 1, width: width)),
                    activity: activityID(Int(pick)),
                    person: person, role: facts.kind == "mentoring" ? .mentee : .participant, status: status,
                    hours: hours, completed: hours == nil ? nil : true))
        }
    }
}
