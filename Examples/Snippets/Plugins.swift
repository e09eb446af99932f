// swift-format-ignore-file
// The snippets of Documentation/Plugins.md, verbatim (SnippetDriftTests keeps them so); not formatted.
// Together they make the guide's study-visit plugin.
import SocioLabKit
import SocioLabPlugins

/// Plugins.md, registering plugins.
func pluginsRegistering(store: any Store) async throws {
let plugins = PluginRegistry.standard                     // the six standard plugins, one call
    .registering(StudyVisitPlugin())                      // and one of your own
let workspace = try await Workspace(store: store, plugins: plugins)
_ = workspace
}

/// Plugins.md, the protocol as the guide shows it (an excerpt of ``SocioLabKit/ActivityPlugin``, compiled
/// here in a namespace of its own).
enum PluginsGuideExcerpt {
public protocol ActivityPlugin: Sendable {
    associatedtype Details: Codable & Hashable & Sendable = JSONValue
    var kind: ActivityKind { get }                         // "training"
    var displayName: LocalizedText { get }                 // sl / en
    var validationRules: [any ValidationRule] { get }      // default: none
    func qualifications(of activity: Activity) -> Set<Qualification>   // default: none
    func qualifications(of activity: Activity, details: Details) -> Set<Qualification>
                                                           // default: asks qualifications(of:)
    func organisationsSupported(by activity: Activity, details: Details) -> [Organisation.ID]
                                                           // default: none
    var indicators: [any Indicator] { get }                // default: none
    var detailFields: [Activity.DetailField] { get }        // default: none (columns of activities.csv)
    var participationRoles: [ParticipationRole] { get }    // default: none (roles beside the core ones)
}
}

extension ActivityKind { static let studyVisit: ActivityKind = "study_visit" }
extension Qualification { static let studyVisitAbroad = Qualification(rawValue: "study_visit_abroad") }

extension StudyVisitPlugin {
struct Details: Codable, Hashable, Sendable {
    var hostOrganisation: Organisation.ID?
    var country: String?
    var participants: Int?          // a headcount: never counted as persons
    enum CodingKeys: String, CodingKey {
        case country, participants
        case hostOrganisation = "host_organisation"
    }
}
}

struct StudyVisitPlugin: ActivityPlugin {
    var kind: ActivityKind { .studyVisit }
    var displayName: LocalizedText { LocalizedText(sl: "Študijski obisk", en: "Study visit") }
    var validationRules: [any ValidationRule] { [StudyVisitHostRule(plugin: self)] }
    var indicators: [any Indicator] { [StudyVisitParticipantsIndicator(plugin: self)] }
    func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        guard let country = details.country, country != "SI" else { return [] }
        return [.studyVisitAbroad]
    }
    func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }
}

extension StudyVisitPlugin {
var detailFields: [Activity.DetailField] {
    [
        .init("host_organisation", .reference, required: true,
              LocalizedText(sl: "organizacija gostiteljica", en: "the host organisation")),
        .init("country", .text, LocalizedText(sl: "država obiska", en: "the country visited")),
        .init("participants", .wholeNumber, LocalizedText(sl: "število udeležencev", en: "headcount")),
    ]
}
var participationRoles: [ParticipationRole] { [ParticipationRole(rawValue: "guide")] }
}

struct StudyVisitHostRule: ActivityDetailsRule {
    let id: RuleID = "study_visit.host"
    let severity = Severity.error
    let plugin: StudyVisitPlugin
    func check(_ activity: Activity, details: StudyVisitPlugin.Details, in dataset: Dataset) -> [ValidationIssue] {
        guard details.hostOrganisation.flatMap({ dataset.organisations[$0] }) == nil else { return [] }
        return [issue(activity.reference, field: "details.host_organisation",
                      LocalizedText(sl: "gostitelj ni vpisana organizacija", en: "the host is not a recorded organisation"),
                      fix: LocalizedText(sl: "Najprej vpišite organizacijo.", en: "Record the host organisation first."))]
    }
}

/// The guide's indicator: people on study visits abroad, by headcount.
struct StudyVisitParticipantsIndicator: Indicator {
    let plugin: StudyVisitPlugin
    let id = "X-STUDY-VISIT"
    let title = LocalizedText(sl: "Udeleženci študijskih obiskov v tujini", en: "Participants of study visits abroad")
    let unit = LocalizedText(sl: "udeleženci", en: "participants")
    let countingRule = LocalizedText(sl: "Število udeležencev izvedenih obiskov v tujini.", en: "The headcount of held visits abroad.")

func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
    let abroad = context.activities(qualifying: .studyVisitAbroad)
    for (slot, details) in context.details(of: plugin).enumerated() where abroad[slot] {
        let participants = Int64(details?.participants ?? 0)
        sink.add(unit: slot, activity: slot, weight: Quantity(hundredths: participants * 100))
    }
}
}
