import SocioLabKit
import SocioLabPlugins
import SocioLabStorage

/// Registers the study-visit plugin beside the standard set, records a few activities in an in-memory
/// workspace, and prints a small report with the plugin's own indicator.
@main
struct CustomPlugin {
    static func main() async throws {
        let plugins = PluginRegistry.standard.registering(StudyVisitPlugin())
        let workspace = try await Workspace(
            store: InMemoryStore(operation: .socioLabPodravje), plugins: plugins,
            clock: .fixed(Timestamp(milliseconds: 1_570_000_000_000)))

        let hosts = [
            Organisation(id: "graz-coop", name: "Sozialgenossenschaft Graz", legalForm: .other),
            Organisation(id: "zagreb-lab", name: "Zagreb Social Lab", legalForm: .other),
        ]
        func visit(_ id: Activity.ID, _ date: Day, host: Organisation.ID, country: String, participants: Int)
            throws -> Activity
        {
            try StudyVisitPlugin().activity(
                id: id, title: "Study visit \(id)", startDate: date,
                details: .init(hostOrganisation: host, country: country, participants: participants)
            ) {
                $0.partners = ["prizma"]
                $0.pillar = 1
            }
        }
        let visits = [
            try visit(
                "sv-1", Day(year: 2019, month: 5, day: 14)!, host: "graz-coop", country: "AT",
                participants: 14),
            try visit(
                "sv-2", Day(year: 2019, month: 9, day: 26)!, host: "zagreb-lab", country: "HR",
                participants: 11),
            try visit(
                "sv-3", Day(year: 2020, month: 2, day: 6)!, host: "graz-coop", country: "AT", participants: 9),
        ]
        let result = try await workspace.apply(
            hosts.map { .insert($0.record) } + visits.map { .insert($0.record) }, author: "ana",
            reason: "study visits 2019–2020")
        print("Recorded \(visits.count) study visits at revision \(result.revision).")

        // The plugin's rule at work: a visit to an organisation that is not recorded is rejected whole.
        let stray = try visit(
            "sv-4", Day(year: 2020, month: 3, day: 2)!, host: "nowhere", country: "HU", participants: 5)
        do {
            try await workspace.apply([.insert(stray.record)], author: "ana", reason: "one more")
        } catch let rejected as ChangeRejected {
            for issue in rejected.errors { print("Rejected: \(issue)") }
        }

        // A small report: the plugin's indicator for the whole operation and its quarters.
        let asOf = Day(year: 2021, month: 12, day: 31)!
        let context = IndicatorContext(dataset: await workspace.dataset, plugins: plugins, asOf: asOf)
        print("")
        print("SocioLab Podravje — \(plugins.displayName(of: .studyVisit).en), as of \(asOf)")
        for indicator in plugins.plugin(for: .studyVisit)?.indicators ?? [] {
            let value = IndicatorEngine.evaluate(
                indicator, scope: .wholeOperation, context: context, dimensions: [])
            let measure = value.measure.map { " · \($0) \(indicator.measure?.en ?? "")" } ?? ""
            print("\(indicator.id)  \(indicator.title.en): \(value.value) \(indicator.unit.en)\(measure)")
            for point in value.series {
                guard let count = point.value, count > 0 else { continue }
                print("  \(point.period)  \(count)  (cumulative \(point.cumulative ?? 0))")
            }
            let year2019 = IndicatorEngine.evaluate(
                indicator, scope: Scope(period: .year(2019)), context: context, dimensions: [])
            print(
                "  in 2019: \(year2019.value) \(indicator.unit.en) · \(year2019.measure ?? .zero) participants"
            )
        }
    }
}
