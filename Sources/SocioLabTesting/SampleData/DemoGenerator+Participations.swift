import SocioLabKit

/// Who takes part in which activity, and the consent that each person's first participation needs.
extension DemoGenerator {
    private mutating func participate(
        _ activity: Activity, person: Person.ID? = nil, organisation: Organisation.ID? = nil,
        role: ParticipationRole = .participant, status: ParticipationStatus = .attended, hours: Int? = nil,
        completed: Bool? = nil
    ) {
        let key = "\(activity.id.rawValue)|\(person?.rawValue ?? "")|\(organisation?.rawValue ?? "")"
        guard taken.insert(key).inserted else { return }
        let id = Participation.ID(SampleID.make("pa", participations.count + 1, width: 4))
        let evidence =
            status == .attended && activity.kind == "training"
            ? [
                Evidence(
                    documentID: "LP-\(activity.id.rawValue)", kind: .attendanceSheet, date: activity.startDate
                )
            ]
            : []
        participations.append(
            Participation(
                id: id, activity: activity.id, person: person, organisation: organisation, role: role,
                status: status, hours: hours.map { Quantity(integerLiteral: Int64($0)) },
                completed: completed,
                evidence: evidence))
    }

    private func has(_ activity: Activity, _ person: Person.ID) -> Bool {
        taken.contains("\(activity.id.rawValue)|\(person.rawValue)|")
    }

    private mutating func attendTraining(_ training: Activity, _ person: Person.ID) {
        let planned = training.details["hours"]?.intValue ?? 8
        let full = rng.chance(0.85)
        let hours = full ? planned : max(1, planned / 2)
        participate(training, person: person, hours: hours, completed: Double(hours) >= 0.8 * Double(planned))
    }

    mutating func makeParticipations() {
        let trainings = activities.filter { $0.kind == "training" && $0.status == .held }
        let cancelledTrainings = activities.filter { $0.kind == "training" && $0.status == .cancelled }
        let plannedTrainings = activities.filter { $0.kind == "training" && $0.status == .planned }
        let mentoring = activities.filter { $0.kind == "mentoring" }
        let fairs = activities.filter { $0.kind == "fair" }
        let conferences = activities.filter { $0.kind == "conference" }
        let heldEvents = (fairs + conferences).filter { $0.status == .held }

        for (index, category) in categories.enumerated() {
            let person = persons[index].id
            switch category {
            case .trainee:
                let count = rng.weighted([(1, 30), (2, 25), (3, 20), (4, 15), (5, 10)])
                for training in rng.sample(count, from: trainings) { attendTraining(training, person) }
                if rng.chance(0.12) {
                    let training = rng.pick(trainings)
                    if !has(training, person) { participate(training, person: person, status: .noShow) }
                }
                if rng.chance(0.08) {
                    participate(rng.pick(plannedTrainings), person: person, status: .registered)
                }
                if rng.chance(0.15) { participate(rng.pick(heldEvents), person: person) }
            case .dropout:
                let status: ParticipationStatus = rng.weighted([
                    (.noShow, 2), (.registered, 1), (.cancelled, 1),
                ])
                participate(rng.pick(trainings), person: person, status: status)
                if rng.chance(0.4) {
                    participate(rng.pick(cancelledTrainings), person: person, status: .cancelled)
                }
                if rng.chance(0.3) {
                    participate(rng.pick(plannedTrainings), person: person, status: .registered)
                }
            case .visitor:
                for event in rng.sample(rng.uniform(in: 1...2), from: heldEvents) {
                    participate(event, person: person)
                }
            case .mentee, .speaker:
                break
            }
        }
        // Every held training has at least four trainees attending.
        let trainees = categories.indices.filter { categories[$0] == .trainee }.map { persons[$0].id }
        for training in trainings {
            var attending = participations.filter { $0.activity == training.id && $0.status == .attended }
                .count
            while attending < 4 {
                let person = rng.pick(trainees)
                if !has(training, person) {
                    attendTraining(training, person)
                    attending += 1
                }
            }
        }
        // Supported organisations that sent a delegation as an organisation.
        for organisation in rng.sample(12, from: supported) {
            participate(rng.pick(trainings), organisation: organisation.id)
        }
        // Mentoring: the mentee organisation, and the members who came.
        for session in mentoring {
            guard let menteeID = session.details["mentee_organisation"]?.stringValue else { continue }
            let hours = session.details["hours"]?.intValue
            let status: ParticipationStatus =
                session.status == .held ? .attended : session.status == .cancelled ? .cancelled : .registered
            participate(
                session, organisation: .init(menteeID), role: .mentee, status: status,
                hours: status == .attended ? hours : nil)
            guard session.status == .held else { continue }
            let members = persons.indices.filter {
                persons[$0].organisation?.rawValue == menteeID && categories[$0] != .dropout
            }
            for member in rng.sample(min(members.count, 2), from: members) {
                participate(session, person: persons[member].id, role: .mentee, hours: hours)
            }
        }
        for index in categories.indices where categories[index] == .mentee {
            let person = persons[index]
            let own = mentoring.filter {
                $0.status == .held
                    && $0.details["mentee_organisation"]?.stringValue == person.organisation?.rawValue
            }
            if !own.contains(where: { has($0, person.id) }), let session = own.first {
                participate(
                    session, person: person.id, role: .mentee, hours: session.details["hours"]?.intValue)
            }
        }
        // Fairs: open-day hosts and exhibitors.
        for fair in fairs {
            let status: ParticipationStatus = fair.status == .held ? .attended : .cancelled
            let hosts = Set(fair.details["open_day_hosts"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            for exhibitor in fair.details["exhibitors"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                participate(
                    fair, organisation: .init(exhibitor),
                    role: hosts.contains(exhibitor) ? .host : .exhibitor,
                    status: status)
            }
        }
        // Conferences: speakers.
        let speakers = categories.indices.filter { categories[$0] == .speaker }.map { persons[$0].id }
        if let national = conferences.first(where: { $0.details["international"]?.boolValue == false }),
            let international = conferences.first(where: { $0.details["international"]?.boolValue == true })
        {
            for (offset, speaker) in speakers.enumerated() {
                participate(offset < 10 ? international : national, person: speaker, role: .speaker)
            }
        }
        // Competitions: the entries.
        for competition in activities where competition.kind == "competition" && competition.status == .held {
            for entry in competition.details["entries"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
                participate(competition, organisation: .init(entry))
            }
        }
    }

    /// Consent on or before each person's first participation; one person withdraws it later.
    mutating func setConsent() {
        var first: [Person.ID: Day] = [:]
        var lastAttended: [Person.ID: Day] = [:]
        let starts = Dictionary(uniqueKeysWithValues: activities.map { ($0.id, $0.startDate) })
        for participation in participations {
            guard let person = participation.person, let start = starts[participation.activity] else {
                continue
            }
            first[person] = min(first[person] ?? start, start)
            if participation.status == .attended {
                lastAttended[person] = max(lastAttended[person] ?? start, start)
            }
        }
        for index in persons.indices {
            let start = first[persons[index].id] ?? Self.dataStart.adding(days: 60)
            let given = max(Self.dataStart, start.adding(days: -rng.uniform(in: 0...14)))
            persons[index].consent = Consent(givenOn: min(given, start))
        }
        let candidates = persons.indices.filter {
            categories[$0] == .trainee && (lastAttended[persons[$0].id] ?? Self.dataEnd) < G.day(2019, 6, 1)
        }
        if let index = candidates.first, let last = lastAttended[persons[index].id] {
            persons[index].consent.withdrawnOn = last.adding(days: 200)
        }
    }
}
