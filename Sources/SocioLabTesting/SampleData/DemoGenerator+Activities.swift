import SocioLabKit

/// The demo's trainings and mentoring sessions, and the helpers every activity is drawn with.
extension DemoGenerator {
    /// A weekday in `range` (weekends move back to Friday), avoiding `avoiding`.
    mutating func weekday(in range: ClosedRange<Day>, avoiding: ClosedRange<Day>? = nil) -> Day {
        while true {
            var day = range.lowerBound.adding(
                days: rng.uniform(range.lowerBound.distance(to: range.upperBound) + 1))
            let weekday = (Int(day.daysSinceEpoch) % 7 + 7 + 3) % 7  // 0 = Monday
            if weekday >= 5 { day = day.adding(days: 4 - weekday) }
            if range.contains(day), !(avoiding?.contains(day) ?? false) { return day }
        }
    }

    private static let lockdown = G.day(2020, 3, 16)...G.day(2020, 5, 31)

    func infoPoint(for code: Municipality.Code?, on day: Day) -> InfoPoint.ID? {
        guard let code, let municipality = Municipality.find(code: code) else { return nil }
        let index = G.infoPointIndex(for: municipality)
        let point = G.infoPoints[index]
        return point.opened <= day ? .init(point.id) : nil
    }

    func activity(
        _ kind: ActivityKind, _ title: String, pillar: Int, partners: [String], municipality: Municipality,
        start: Day, end: Day? = nil, status: ActivityStatus = .held, details: [String: JSONValue]
    ) -> Activity {
        Activity(
            id: "", kind: kind, title: title, pillar: pillar, partners: partners.map { .init($0) },
            infoPoint: infoPoint(for: municipality.code, on: start), municipality: municipality.code,
            startDate: start, endDate: end, status: status, details: .object(details))
    }

    mutating func makeTrainings() -> [Activity] {
        var out: [Activity] = []
        let plan: [(ActivityStatus, Int, ClosedRange<Day>)] = [
            (.held, 78, G.day(2018, 5, 2)...G.day(2020, 12, 18)),
            (.cancelled, 3, Self.lockdown),
            (.planned, 4, G.day(2021, 1, 12)...G.day(2021, 3, 26)),
        ]
        for (status, count, range) in plan {
            for _ in 0..<count {
                let start = weekday(in: range, avoiding: status == .held ? Self.lockdown : nil)
                let module = rng.pick(SampleVocabulary.trainingModules)
                let hours = rng.pick([4, 6, 8, 8, 12, 16])
                let municipality = G.municipality(using: &rng)
                let host = G.infoPoints[G.infoPointIndex(for: municipality)].host
                var partners = [host]
                if rng.chance(0.4) {
                    let second = rng.pick(["zses", "tkalka", "prizma", "caap", "stajerska-gz", "zavod-pip"])
                    if second != host { partners.append(second) }
                }
                var details: [String: JSONValue] = [
                    "module": .string(module), "hours": .number(String(hours)),
                    "trainer": .string(rng.pick(SampleVocabulary.trainers)),
                    "completion_threshold": .number("0.8"),
                    "certificate": .bool(hours >= 8),
                ]
                if start >= Self.supportProgrammeApproved {
                    details["programme"] = .string(Self.supportProgrammeID)
                }
                out.append(
                    activity(
                        "training", "Usposabljanje: \(module)", pillar: rng.chance(0.7) ? 3 : 2,
                        partners: partners,
                        municipality: municipality, start: start,
                        end: hours > 8 ? start.adding(days: 1) : nil,
                        status: status, details: details))
            }
        }
        return out
    }

    mutating func makeMentoring() -> [Activity] {
        var out: [Activity] = []
        var mentees = supported
        rng.shuffle(&mentees)
        let unsupported = unsupportedSocialEconomy
        let plan: [(ActivityStatus, Int, ClosedRange<Day>)] = [
            (.held, 52, G.day(2018, 9, 3)...G.day(2020, 12, 22)),
            (.cancelled, 2, Self.lockdown),
            (.planned, 1, G.day(2021, 2, 1)...G.day(2021, 2, 26)),
        ]
        var held = 0
        for (status, count, range) in plan {
            for _ in 0..<count {
                let mentee: Organisation
                if status == .held {
                    mentee = mentees[held % mentees.count]
                    held += 1
                } else {
                    mentee = rng.pick(unsupported)
                }
                let topic = rng.pick(SampleVocabulary.mentoringTopics)
                let municipality =
                    mentee.municipality.flatMap { Municipality.find(code: $0) } ?? G.lookup("Maribor")
                var details: [String: JSONValue] = [
                    "mentee_organisation": .string(mentee.id.rawValue),
                    "mentor": .string(rng.pick(SampleVocabulary.trainers)),
                    "hours": .number(String(rng.uniform(in: 2...6))), "topic": .string(topic),
                ]
                if let stage = mentee.stage { details["stage"] = .string(stage.rawValue) }
                out.append(
                    activity(
                        "mentoring", "Mentorstvo: \(topic)", pillar: 3,
                        partners: [rng.pick(["tkalka", "citilab", "zses", "caap", "prizma", "zavod-pip"])],
                        municipality: municipality, start: weekday(in: range), status: status,
                        details: details))
            }
        }
        return out
    }
}
