import SocioLabTesting
import Testing

/// Counts the demo's outputs by the counting rules of the indicator issue, independently of the
/// indicator engine, and checks them against ``SampleData/demoOutputs``.
struct DemoOutputsTests {
    static let demo = SampleData.demo()

    static func held(_ kind: String, in d: Dataset) -> [Activity] {
        d.activities.all.filter {
            $0.kind.rawValue == kind && $0.status == .held && $0.startDate <= SampleData.demoAsOf
        }
    }

    static func counted(in d: Dataset) -> [OutputID: Int] {
        let trainings = held("training", in: d)
        let mentoring = held("mentoring", in: d)
        var trained = Set<Person.ID>()
        var organisations = Set<Organisation.ID>()
        for activity in trainings + mentoring {
            for p in d.participations(in: activity.id) where p.status == .attended {
                if let organisation = p.organisation { organisations.insert(organisation) }
                if activity.kind == "training", let person = p.person {
                    trained.insert(person)
                    if let member = d.persons[person]?.organisation { organisations.insert(member) }
                }
            }
            if let mentee = activity.details["mentee_organisation"]?.stringValue {
                organisations.insert(.init(mentee))
            }
        }
        let socialEconomy = organisations.filter { d.organisations[$0]?.isSocialEconomy == true }
        func category(_ name: String) -> Int {
            held("competition", in: d).filter { $0.details["category"]?.stringValue == name }.count
        }
        return [
            "OUT-01": d.milestones.all.filter { $0.output == "OUT-01" && $0.achievedOn != nil }.count,
            "OUT-02": d.infoPoints.all.filter { $0.openedOn.map { $0 <= SampleData.demoAsOf } ?? false }
                .count,
            "OUT-03": d.developmentPlans.all.filter { $0.planAdoptedOn != nil }.count,
            "OUT-04": socialEconomy.count,
            "OUT-05": trained.count,
            "OUT-06": d.jobs.all.filter { d.organisations[$0.organisation]?.isSocialEconomy == true }.count,
            "OUT-07": d.supportProgrammes.all.filter { $0.approvedOn != nil }.count,
            "OUT-08": d.products.all.filter { $0.supportedOn != nil }.count,
            "OUT-09": category("social_innovation"),
            "OUT-10": category("ethical_investor"),
            "OUT-11": held("campaign", in: d).count,
            "OUT-12": held("fair", in: d).filter {
                $0.details["open_day_hosts"]?.arrayValue?.isEmpty == false
            }.count,
            "OUT-13": held("conference", in: d).filter {
                let countries = $0.details["countries"]?.arrayValue?.compactMap(\.stringValue) ?? []
                return Set(countries).count >= 2 && countries.contains { $0 != "SI" }
            }.count,
        ]
    }

    @Test(arguments: [SampleData.demoSeed, 3, 2021])
    func outputsAreTheDocumentedOnesWhateverTheSeed(seed: UInt64) {
        #expect(Self.counted(in: SampleData.demo(seed: seed)) == SampleData.demoOutputs)
    }

    @Test func theOutputsShowEveryStatusAgainstAStraightLine() {
        let operation = ESFOperation.socioLabPodravje
        let period = operation.period
        let elapsed = Double(period.start.distance(to: SampleData.demoAsOf) + 1)
        let total = Double(period.start.distance(to: period.end) + 1)
        var statuses = Set<String>()
        for output in operation.outputs {
            guard let target = output.target, let value = SampleData.demoOutputs[output.id] else { continue }
            let expected = Double(target) * elapsed / total
            let status =
                value >= target
                ? "achieved"
                : Double(value) >= expected
                    ? "on track" : Double(value) >= 0.8 * expected ? "at risk" : "behind"
            statuses.insert(status)
        }
        #expect(statuses == ["achieved", "on track", "at risk", "behind"])
    }

    @Test func aPersonWhoOnlyRegisteredIsNotCounted() {
        let d = Self.demo
        let trainings = Set(Self.held("training", in: d).map(\.id))
        let registeredOnly = d.persons.all.filter { person in
            let ps = d.participations(of: person.id).filter { trainings.contains($0.activity) }
            return !ps.isEmpty && ps.allSatisfy { $0.status != .attended }
        }
        #expect(!registeredOnly.isEmpty)
    }
}
