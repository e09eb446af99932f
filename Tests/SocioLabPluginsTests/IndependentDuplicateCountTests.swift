import SocioLabKit
import SocioLabPlugins
import Testing

/// Checks the report's figures on random datasets full of records entered twice and of mentees without a
/// participation, against a computation written here from the documented rules (Indicators.md, "Records
/// entered twice" and OUT-04) that shares no code with the indicators: plain loops over the records.
struct IndependentDuplicateCountTests {
    static let asOf = Day(year: 2021, month: 12, day: 31)!

    /// Valid identifiers to share between organisations.
    static let taxNumbers = (10_000_000..<10_000_100).compactMap { try? TaxNumber(String($0)) }.prefix(3)
    static let registrations = (5_000_000..<5_000_100).compactMap { try? RegistrationNumber(String($0)) }
        .prefix(2)

    static func dataset(seed: UInt64) -> Dataset {
        var rng = SplitMix64(seed: seed)
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &rng)] }
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        var records: [EntityRecord] = []
        let forms: [LegalForm] = [.zadruga, .doo, .initiative, .zavod, .obcina]
        let organisations = (0..<12).map { Organisation.ID("org\($0 < 10 ? "0" : "")\($0)") }
        for id in organisations {
            records.append(
                Organisation(
                    id: id, name: "Organizacija \(id)", legalForm: pick(forms), socialEnterprise: chance(0.5),
                    registrationNumber: chance(0.3) ? pick(Array(registrations)) : nil,
                    taxNumber: chance(0.4) ? pick(Array(taxNumbers)) : nil
                ).record)
        }
        let persons = (0..<15).map { Person.ID("p\($0 < 10 ? "0" : "")\($0)") }
        for id in persons {
            records.append(Person(id: id, organisation: chance(0.6) ? pick(organisations) : nil).record)
        }
        var activities: [Activity.ID] = []
        for i in 0..<10 {
            let id = Activity.ID("a\(i)")
            activities.append(id)
            let mentoring = i >= 6
            let mentee = chance(0.8) ? "\"\(pick(organisations))\"" : "null"
            records.append(
                Activity(
                    id: id, kind: mentoring ? .mentoring : .training, title: "Aktivnost \(i)", pillar: 3,
                    partners: ["prizma"],
                    startDate: Day(year: 2019, month: 1 + i, day: 1 + i)!,
                    status: chance(0.8) ? .held : .planned,
                    details: try! JSONValue(
                        parsing: mentoring ? #"{"mentee_organisation":\#(mentee)}"# : #"{"hours":10}"#)
                ).record)
        }
        let roles: [ParticipationRole] = [.participant, .participant, .mentee, .trainer, .exhibitor]
        let statuses: [ParticipationStatus] = [.attended, .attended, .attended, .noShow]
        for i in 0..<70 {
            records.append(
                Participation(
                    id: .init("x\(100 + i)"), activity: pick(activities),
                    person: chance(0.85) ? pick(persons) : nil,
                    organisation: chance(0.3) ? pick(organisations) : nil, role: pick(roles),
                    status: pick(statuses), completed: pick([true, false, nil])
                ).record)
        }
        for i in 0..<16 {
            records.append(
                Job(
                    id: .init("j\(10 + i)"), organisation: pick(Array(organisations.prefix(4))),
                    person: chance(0.8) ? pick(Array(persons.prefix(3))) : nil, kind: .created,
                    startDate: pick([Day(year: 2019, month: 3, day: 1)!, Day(year: 2020, month: 3, day: 1)!]),
                    fte: pick([1, Quantity(hundredths: 50)])
                ).record)
        }
        // Records that fail plain references (a participation naming nothing) stay in: the report must
        // count what it is given.
        return Dataset(operation: .socioLabPodravje, records: records)
    }

    /// The figures, by the documented rules.
    struct Expected: Equatable {
        var out04 = 0
        var out05 = 0
        var out06 = 0
        var out06FTE = Quantity.zero
        var completion = 0
        var completed = 0
        var mentored = 0
        var co23 = 0
    }

    static func expected(_ d: Dataset) -> Expected {
        // Organisations entered twice: one group per shared number (labelled by its lowest id), standing as
        // one of the social economy if any is, then the lowest id.
        let organisations = d.organisations.all
        var stand = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id, $0.id) })
        var changed = true
        while changed {
            changed = false
            for a in organisations {
                for b in organisations where a.id != b.id {
                    let shared =
                        (a.taxNumber != nil && a.taxNumber == b.taxNumber)
                        || (a.registrationNumber != nil
                            && a.registrationNumber?.base == b.registrationNumber?.base)
                    guard shared, stand[a.id]! != stand[b.id]! else { continue }
                    let low = min(stand[a.id]!, stand[b.id]!)
                    stand[a.id] = low
                    stand[b.id] = low
                    changed = true
                }
            }
        }
        var best: [Organisation.ID: Organisation] = [:]
        for o in organisations.sorted(by: { $0.id < $1.id }) {
            let label = stand[o.id]!
            if best[label] == nil || (o.isSocialEconomy && !best[label]!.isSocialEconomy) { best[label] = o }
        }
        for o in organisations { stand[o.id] = best[stand[o.id]!]!.id }
        func socialEconomy(_ id: Organisation.ID) -> Bool { d.organisations[stand[id]!]!.isSocialEconomy }
        let staff: Set<ParticipationRole> = [.trainer, .mentor, .speaker, .organiser]
        let held = d.activities.all.filter { $0.status == .held && $0.startDate <= asOf }
        let heldIDs = Dictionary(uniqueKeysWithValues: held.map { ($0.id, $0) })
        func mentee(_ a: Activity) -> Organisation.ID? {
            a.kind == .mentoring ? a.details["mentee_organisation"]?.stringValue.map { .init($0) } : nil
        }

        // Attended participations in held activities; of a person's repeated attendance of one activity
        // (neither in a staff role) only the preferred record counts, and the other counts nowhere:
        // completed (yes, then no answer, then no), then more hours (none recorded here), then the lowest id.
        func rank(_ x: Participation) -> Int { x.completed == true ? 2 : x.completed == nil ? 1 : 0 }
        var counted: [Participation] = []
        var preferred: [String: Participation] = [:]
        for p in d.participations.all where p.status == .attended && heldIDs[p.activity] != nil {
            guard let person = p.person, !staff.contains(p.role) else {
                counted.append(p)
                continue
            }
            let key = "\(p.activity)|\(person)"
            if let kept = preferred[key], rank(kept) > rank(p) || (rank(kept) == rank(p) && kept.id < p.id) {
                continue
            }
            preferred[key] = p
        }
        counted += preferred.values

        var e = Expected()
        var out04 = Set<Organisation.ID>()
        var trained = Set<Person.ID>()
        var co23 = Set<Organisation.ID>()
        for p in counted where !staff.contains(p.role) {
            let a = heldIDs[p.activity]!
            let training = a.kind == .training
            let mentoring = mentee(a) != nil
            var organisation = p.organisation
            if organisation == nil, let person = p.person, training || p.role == .mentee {
                organisation = d.persons[person]?.organisation
            }
            if training || mentoring, let organisation, socialEconomy(organisation) {
                out04.insert(stand[organisation]!)
            }
            var supported = p.organisation
            if supported == nil, p.role == .mentee, let person = p.person {
                supported = d.persons[person]?.organisation
            }
            let nonEnterprise: Set<LegalForm> = [.obcina, .javniZavod, .initiative]
            if let supported, !nonEnterprise.contains(d.organisations[stand[supported]!]!.legalForm) {
                co23.insert(stand[supported]!)
            }
            guard training, let person = p.person else { continue }
            trained.insert(person)
            e.completion += 1
            if p.completed == true { e.completed += 1 }
        }
        for a in held {
            if let m = mentee(a), d.organisations[m] != nil, socialEconomy(m) { out04.insert(stand[m]!) }
        }
        e.out04 = out04.count
        e.out05 = trained.count
        e.mentored =
            Set(held.compactMap { a in mentee(a).flatMap { d.organisations[$0] != nil ? stand[$0] : nil } })
            .count
        e.co23 = co23.count

        var jobs: [String: Job] = [:]
        for (i, job) in d.jobs.all.enumerated() where socialEconomy(job.organisation) {
            let key = job.person.map { "\(job.organisation)|\($0)|\(job.startDate)" } ?? "alone \(i)"
            if let kept = jobs[key], kept.id < job.id { continue }
            jobs[key] = job
        }
        e.out06 = jobs.count
        e.out06FTE = jobs.values.reduce(Quantity.zero) { $0 + $1.fte }
        return e
    }

    static func computed(_ d: Dataset) -> Expected {
        let context = IndicatorContext(dataset: d, plugins: .standard, asOf: asOf)
        func value(_ indicator: any Indicator) -> IndicatorValue {
            IndicatorEngine.evaluate(indicator, scope: .wholeOperation, context: context, dimensions: [])
        }
        let completion = value(TrainingCompletionIndicator())
        let jobs = value(OutputIndicators.jobs)
        let esf = ESFIndicators.compute(context: context, scope: .wholeOperation)
        return Expected(
            out04: value(OutputIndicators.organisations).value,
            out05: value(OutputIndicators.trainedPersons).value,
            out06: jobs.value, out06FTE: jobs.measure ?? .zero, completion: completion.value,
            completed: Int((completion.measure ?? .zero).hundredths / 100),
            mentored: value(MentoredOrganisationsIndicator()).value,
            co23: esf.esf2014.first { $0.definition.code == "CO23" }?.value ?? -1)
    }

    @Test(arguments: 1...40)
    func reportMatchesTheRulesWrittenDown(seed: UInt64) {
        let d = Self.dataset(seed: seed)
        #expect(Self.computed(d) == Self.expected(d), "seed \(seed)")
    }

    @Test func theRandomDataHoldsEveryKindOfDuplicate() {
        let rules: Set<RuleID> = [
            "core.duplicate-participation", "core.duplicate-job", "core.duplicate-tax-number",
        ]
        let found = (UInt64(1)...40).reduce(into: Set<RuleID>()) { found, seed in
            for issue in Validator(rules: CoreRules.all).validate(Self.dataset(seed: seed))
            where rules.contains(issue.rule) {
                found.insert(issue.rule)
            }
        }
        #expect(found == rules)
    }
}
