import Foundation

/// The ESF common indicators computed from the person and organisation records.
///
/// Participants are the distinct persons with an attended participation (not in a staff role) in a held
/// activity that passes the scope's filters; a participant is counted once, with the characteristics at
/// entry (``Dataset/entryDate(of:)``), in the period of their entry into the operation (re-entry does not
/// count again). The **completeness rule** applies: a record without gender (women, men or non-binary;
/// "undisclosed" counts as missing), employment status, birth date or education counts only in the grand
/// total of participants and in ``ESFResult/incompleteRecords``, and in no other indicator. The sensitive
/// categories (CO15–CO17, EECO12) count only the answer "yes"; "no", "refused" and no answer do not count.
/// Every participant figure is broken down by gender.
///
/// Codes whose number the reference could not confirm carry ``ESFIndicatorDefinition/verification``
/// `unverified` (or `weak`); print them with that mark.
public enum ESFIndicators {
    /// The 2014–2020 output indicators computed (CO01–CO11, CO15–CO19, CO23), in order.
    public static let esf2014: [ESFIndicatorDefinition] = [
        .init(
            "CO01", "Brezposelni, vključno z dolgotrajno brezposelnimi",
            "Unemployed, including long-term unemployed",
            .verified, "Status at entry unemployed or long-term unemployed."),
        .init(
            "CO02", "Dolgotrajno brezposelni", "Long-term unemployed", .verified,
            "Status at entry long-term unemployed (a subset of CO01)."),
        .init(
            "CO03", "Neaktivni", "Inactive", .verified,
            "Status at entry inactive, in education or training or not (includes CO04)."),
        .init(
            "CO04", "Neaktivni, ki niso vključeni v izobraževanje ali usposabljanje",
            "Inactive, not in education or training", .verified,
            "Status at entry inactive and not in education or training."),
        .init(
            "CO05", "Zaposleni, vključno s samozaposlenimi", "Employed, including self-employed", .verified,
            "Status at entry employed or self-employed."),
        .init(
            "CO06", "Mlajši od 25 let", "Below 25 years of age", .verified,
            "Age at entry below 25 (a person whose 25th birthday is the entry day is 25)."),
        .init("CO07", "Starejši od 54 let", "Above 54 years of age", .verified, "Age at entry 55 or older."),
        .init(
            "CO08",
            "Starejši od 54 let, ki so brezposelni, vključno z dolgotrajno brezposelnimi, ali neaktivni in niso "
                + "vključeni v izobraževanje ali usposabljanje",
            "Above 54 years of age who are unemployed, including long-term unemployed, or inactive not in "
                + "education or training", .verified,
            "Age at entry 55 or older and (CO01 or CO04)."),
        .init(
            "CO09", "Z osnovnošolsko (ISCED 1) ali nižjo srednješolsko izobrazbo (ISCED 2)",
            "With primary (ISCED 1) or lower secondary education (ISCED 2)", .verified,
            "ISCED 1 or 2 at entry, as worded; ISCED 0 counts in none of CO09–CO11."),
        .init(
            "CO10", "Z višjo srednješolsko (ISCED 3) ali posrednješolsko izobrazbo (ISCED 4)",
            "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)", .verified,
            "ISCED 3 or 4 at entry."),
        .init(
            "CO11", "S terciarno izobrazbo (ISCED 5 do 8)", "With tertiary education (ISCED 5 to 8)",
            .verified,
            "ISCED 5 to 8 at entry."),
        .init(
            "CO15",
            "Migranti, udeleženci tujega porekla, manjšine (vključno z marginaliziranimi skupnostmi, kot so Romi)",
            "Migrants, participants with a foreign background, minorities (including marginalised communities "
                + "such as the Roma)", .verified, "Sensitive: counts only the answer yes."),
        .init(
            "CO16", "Udeleženci invalidi", "Participants with disabilities", .unverified,
            "Sensitive: counts only the answer yes."),
        .init(
            "CO17", "Drugi prikrajšani", "Other disadvantaged", .verified,
            "Sensitive: counts only the answer yes."),
        .init(
            "CO18", "Brezdomci ali osebe, izključene s trga stanovanj",
            "Homeless or affected by housing exclusion",
            .verified, "Recorded as homeless (collected from a sample)."),
        .init(
            "CO19", "Udeleženci s podeželja", "From rural areas", .unverified,
            "Recorded as living in a rural area (collected from a sample)."),
        .init(
            "CO23",
            "Število podprtih mikro, malih in srednjih podjetij (vključno z zadružnimi podjetji in podjetji "
                + "socialne ekonomije)",
            "Number of supported micro, small and medium-sized enterprises (including cooperative enterprises "
                + "and enterprises of the social economy)", .unverified,
            "Distinct organisations supported directly (see ESFIndicators.supportedEnterpriseRule).",
            entity: true),
    ]

    /// The ESF+ 2021–2027 output indicators computed from the same records, in order.
    ///
    /// EECO13–EECO15 (third-country nationals, foreign background, minorities) and EECO18 are not computed:
    /// the person record holds one combined answer (CO15's wording), so they cannot be told apart.
    public static let esfPlus: [ESFIndicatorDefinition] = [
        .init(
            "EECO01", "Skupno število udeležencev", "Total number of participants", .weak,
            "All participants with a complete record."),
        .init(
            "EECO02", "Brezposelni, vključno z dolgotrajno brezposelnimi",
            "Unemployed, including long-term unemployed",
            .verified, "Status at entry unemployed or long-term unemployed."),
        .init(
            "EECO03", "Dolgotrajno brezposelni", "Long-term unemployed", .unverified,
            "Status at entry long-term unemployed."),
        .init(
            "EECO04", "Neaktivni", "Inactive", .unverified, "Status at entry inactive (in education or not)."),
        .init(
            "EECO05", "Zaposleni, vključno s samozaposlenimi", "Employed, including self-employed", .verified,
            "Status at entry employed or self-employed."),
        .init(
            "EECO06", "Otroci, mlajši od 18 let", "Number of children below 18 years of age", .weak,
            "Age at entry below 18."),
        .init(
            "EECO07", "Mladi, stari od 18 do 29 let", "Young people between 18 and 29 years of age", .weak,
            "Age at entry 18 to 29."),
        .init(
            "EECO08", "Udeleženci, stari 55 let ali več",
            "Number of participants of 55 years of age and above",
            .unverified, "Age at entry 55 or older."),
        .init(
            "EECO09", "Z nižjo srednješolsko izobrazbo ali manj (ISCED 0–2)",
            "With lower secondary education or less (ISCED 0-2)", .unverified, "ISCED 0, 1 or 2 at entry."),
        .init(
            "EECO10", "Z višjo srednješolsko (ISCED 3) ali posrednješolsko izobrazbo (ISCED 4)",
            "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)", .unverified,
            "ISCED 3 or 4 at entry."),
        .init(
            "EECO11", "S terciarno izobrazbo (ISCED 5 do 8)", "With tertiary education (ISCED 5 to 8)",
            .unverified,
            "ISCED 5 to 8 at entry."),
        .init(
            "EECO12", "Udeleženci invalidi", "Participants with disabilities", .verified,
            "Sensitive: counts only the answer yes."),
        .init(
            "EECO16", "Brezdomci ali osebe, izključene s trga stanovanj",
            "Homeless or affected by housing exclusion",
            .weak, "Recorded as homeless."),
        .init(
            "EECO17", "Udeleženci s podeželja", "Participants from rural areas", .unverified,
            "Recorded as living in a rural area."),
        .init(
            "EECO19",
            "Število podprtih mikro, malih in srednjih podjetij (vključno z zadrugami in socialnimi podjetji)",
            "Number of micro, small and medium-sized enterprises (including cooperative enterprises and social "
                + "enterprises) supported", .verified,
            "Distinct organisations supported directly, as CO23.", entity: true),
    ]

    /// Who counts in CO23 and EECO19.
    public static let supportedEnterpriseRule = LocalizedText(
        sl:
            "Različne organizacije, ki so bile neposredno podprte: udeležba organizacije (ne v vlogi izvajalca) ali "
            + "organizacija mentoriranca na izvedeni aktivnosti v obsegu, razen občin, javnih zavodov in neformalnih "
            + "iniciativ. Velikost podjetja se ne beleži; vse štejejo kot MSP.",
        en:
            "Distinct organisations supported directly: an organisation's attended participation (not in a staff "
            + "role) or a mentee's organisation in a held activity in scope, except municipalities, public "
            + "institutes and informal initiatives. Enterprise size is not recorded; all count as SMEs.")

    /// Legal forms that are not enterprises for CO23 and EECO19.
    public static let nonEnterpriseForms: Set<LegalForm> = [.obcina, .javniZavod, .initiative]

    /// Computes both sets for a scope.
    /// - Parameters:
    ///   - context: The prepared dataset.
    ///   - scope: The period and filters.
    /// - Returns: The participants, the incomplete records and every indicator with its gender breakdown.
    /// - Complexity: O(*p* + *n*) in attended participations and persons.
    public static func compute(context: IndicatorContext, scope: Scope) -> ESFResult {
        var participantsSink = QualifyingEventSink(context: context, scope: scope)
        var organisationSink = QualifyingEventSink(context: context, scope: scope)
        participantsSink.reserve(units: context.personEntryDay.count)
        let organisations = context.dataset.organisations.slots
        let enterprise = organisations.map { o in
            o.map { !nonEnterpriseForms.contains($0.legalForm) } ?? false
        }
        for i in context.attendedActivity.indices {
            let role = context.attendedRole[i]
            guard role != .staff else { continue }
            let a = Int(context.attendedActivity[i])
            let p = Int(context.attendedPerson[i])
            if p >= 0 { participantsSink.add(unit: p, activity: a, person: p) }
            var o = Int(context.attendedOrganisation[i])
            if o < 0, role == .mentee, p >= 0 { o = Int(context.personOrganisation[p]) }
            if o >= 0, enterprise[o] { organisationSink.add(unit: o, activity: a) }
        }

        // The participants' characteristics, read in place, in parallel chunks of persons.
        let range = scope.range(in: context.dataset.operation)
        let firstKey = participantsSink.firstKey
        let chunkSize = 65_536
        let chunkCount = (firstKey.count + chunkSize - 1) / chunkSize
        let chunks = ParallelResults<ParticipantTally>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let persons = (chunk * chunkSize)..<min(firstKey.count, (chunk + 1) * chunkSize)
            chunks.set(
                chunk,
                ParticipantTally(
                    persons: persons, firstKey: firstKey, context: context,
                    period: scope.period == nil ? nil : range))
        }
        var tally = ParticipantTally()
        for part in chunks.values { tally.add(part) }
        let participants = tally.participants
        let participantsByGender = tally.byGender
        let incomplete = tally.incomplete
        let tally2014 = tally.esf2014
        let tallyPlus = tally.esfPlus

        var enterprises = 0
        for o in organisationSink.firstKey.indices where organisationSink.firstKey[o] != .max {
            let day = Day(daysSinceEpoch: Int32(truncatingIfNeeded: organisationSink.firstKey[o] >> 32))
            if range.contains(day) { enterprises += 1 }
        }

        func figures(_ definitions: [ESFIndicatorDefinition], _ tally: [Int]) -> [ESFFigure] {
            definitions.enumerated().map { i, definition in
                if definition.isEntity {
                    return ESFFigure(definition: definition, value: enterprises, byGender: nil)
                }
                let cells = Array(tally[(i * 3)..<(i * 3 + 3)])
                return ESFFigure(
                    definition: definition, value: cells.reduce(0, +), byGender: ESFGenderSplit(cells))
            }
        }
        return ESFResult(
            participants: participants, participantsByGender: ESFGenderSplit(participantsByGender),
            incompleteRecords: incomplete, esf2014: figures(esf2014, tally2014),
            esfPlus: figures(esfPlus, tallyPlus))
    }
}

/// How well the reference confirms an indicator's code.
public enum CodeVerification: String, Hashable, Sendable, Codable {
    /// A source shows this code next to the indicator's name.
    case verified
    /// Only third-party code or a code without its name supports it.
    case weak
    /// No source puts this code next to the name; print it marked UNVERIFIED.
    case unverified
}

/// An ESF common indicator: its code, wording and how it is counted here.
public struct ESFIndicatorDefinition: Hashable, Sendable, Codable {
    /// The code, such as `"CO01"`.
    public var code: String
    /// The wording.
    public var title: LocalizedText
    /// How well the code is confirmed.
    public var verification: CodeVerification
    /// How it is counted (English).
    public var rule: String
    /// Whether it counts organisations rather than participants.
    public var isEntity: Bool

    init(
        _ code: String, _ sl: String, _ en: String, _ verification: CodeVerification, _ rule: String,
        entity: Bool = false
    ) {
        self.code = code
        self.title = LocalizedText(sl: sl, en: en)
        self.verification = verification
        self.rule = rule
        self.isEntity = entity
    }
}

/// Counts of women, men and non-binary participants.
public struct ESFGenderSplit: Hashable, Sendable, Codable {
    /// Women.
    public var female: Int
    /// Men.
    public var male: Int
    /// Non-binary persons.
    public var nonBinary: Int

    /// Creates a split.
    public init(female: Int, male: Int, nonBinary: Int) {
        self.female = female
        self.male = male
        self.nonBinary = nonBinary
    }

    init(_ cells: [Int]) { self.init(female: cells[0], male: cells[1], nonBinary: cells[2]) }

    /// The counts in the order women, men, non-binary.
    public var values: [Int] { [female, male, nonBinary] }
}

/// One ESF indicator's figure.
public struct ESFFigure: Hashable, Sendable, Codable {
    /// The indicator.
    public var definition: ESFIndicatorDefinition
    /// The count.
    public var value: Int
    /// The count by gender (participant indicators only).
    public var byGender: ESFGenderSplit?

    /// Creates a figure.
    public init(definition: ESFIndicatorDefinition, value: Int, byGender: ESFGenderSplit?) {
        self.definition = definition
        self.value = value
        self.byGender = byGender
    }
}

/// The ESF common indicators for one scope.
public struct ESFResult: Hashable, Sendable, Codable {
    /// The grand total of participants, complete or not.
    public var participants: Int
    /// The grand total by gender (participants with no gender recorded are in no cell).
    public var participantsByGender: ESFGenderSplit
    /// Participants whose record is incomplete and so count only in the grand total.
    public var incompleteRecords: Int
    /// The 2014–2020 indicators.
    public var esf2014: [ESFFigure]
    /// The ESF+ 2021–2027 indicators.
    public var esfPlus: [ESFFigure]

    /// Creates a result.
    public init(
        participants: Int, participantsByGender: ESFGenderSplit, incompleteRecords: Int, esf2014: [ESFFigure],
        esfPlus: [ESFFigure]
    ) {
        self.participants = participants
        self.participantsByGender = participantsByGender
        self.incompleteRecords = incompleteRecords
        self.esf2014 = esf2014
        self.esfPlus = esfPlus
    }
}

/// Which indicators a participant counts in, one bit per definition, filled in definition order.
/// The participants of a range of person slots, tallied by ESF indicator and gender.
private struct ParticipantTally {
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
            for p in persons where firstKey[p] != .max && p < records.count && records[p] != nil {
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
    mutating func add(_ other: ParticipantTally) {
        participants += other.participants
        incomplete += other.incomplete
        for g in byGender.indices { byGender[g] += other.byGender[g] }
        for i in esf2014.indices { esf2014[i] += other.esf2014[i] }
        for i in esfPlus.indices { esfPlus[i] += other.esfPlus[i] }
    }
}

private struct IndicatorFlags {
    private(set) var bits: UInt32 = 0
    private var next: UInt32 = 0

    mutating func append(_ condition: Bool) {
        if condition { bits |= 1 << next }
        next += 1
    }
}
