import SocioLabKit
import SocioLabPlugins

extension ActivityKind {
    /// `study_visit`: a visit to learn from an organisation, usually abroad.
    static let studyVisit: ActivityKind = "study_visit"
}

extension Qualification {
    /// A held study visit abroad: the plugin's own qualification, used by its own indicator.
    static let studyVisitAbroad = Qualification(rawValue: "study_visit_abroad")
}

/// A third-party plugin: study visits, with a host organisation, a country and a participant count.
///
/// Nothing in SocioLabKit or SocioLabPlugins knows about it; it is registered beside the standard set.
struct StudyVisitPlugin: ActivityPlugin {
    /// The details stored in the activity's `details` object.
    struct Details: Codable, Hashable, Sendable {
        /// The organisation visited (an organisation id).
        var hostOrganisation: Organisation.ID?
        /// Where it is (ISO 3166-1 alpha-2).
        var country: String?
        /// How many took part (a headcount: never counted as persons).
        var participants: Int?

        enum CodingKeys: String, CodingKey {
            case country, participants
            case hostOrganisation = "host_organisation"
        }
    }

    var kind: ActivityKind { .studyVisit }
    var displayName: LocalizedText { LocalizedText(sl: "Študijski obisk", en: "Study visit") }
    var validationRules: [any ValidationRule] { [StudyVisitHostRule(plugin: self)] }
    var indicators: [any Indicator] { [StudyVisitParticipantsIndicator(plugin: self)] }

    /// A visit abroad qualifies as `study_visit_abroad` (the kit asks this with the details it decoded).
    func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        guard let country = details.country, country != "SI" else { return [] }
        return [.studyVisitAbroad]
    }

    /// The same answer for a direct question: nothing when the details do not decode.
    func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }
}

/// `study_visit.host` (error): a study visit names a recorded host organisation and a valid country.
struct StudyVisitHostRule: ActivityDetailsRule {
    let id: RuleID = "study_visit.host"
    let severity = Severity.error
    let plugin: StudyVisitPlugin

    func check(_ activity: Activity, details: StudyVisitPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        var issues: [ValidationIssue] = []
        if details.hostOrganisation.flatMap({ dataset.organisations[$0] }) == nil {
            issues.append(
                issue(
                    activity.reference, field: "details.host_organisation",
                    LocalizedText(
                        sl: "gostitelj ni vpisana organizacija", en: "the host is not a recorded organisation"
                    ),
                    fix: LocalizedText(
                        sl: "Najprej vpišite organizacijo gostiteljico.",
                        en: "Record the host organisation first.")))
        }
        if let country = details.country, CountryCode(rawValue: country) == nil {
            issues.append(
                issue(
                    activity.reference, field: "details.country",
                    LocalizedText(
                        sl: "'\(country)' ni koda države", en: "'\(country)' is not a country code"),
                    fix: LocalizedText(sl: "Uporabite npr. AT ali HR.", en: "Use a code such as AT or HR.")))
        }
        return issues
    }
}

/// `study_visit.participants`: held study visits abroad, with their participants (a headcount) as the measure.
struct StudyVisitParticipantsIndicator: Indicator {
    let plugin: StudyVisitPlugin
    var id: String { "study_visit.participants" }
    var title: LocalizedText { LocalizedText(sl: "Študijski obiski v tujini", en: "Study visits abroad") }
    var unit: LocalizedText { LocalizedText(sl: "obiski", en: "visits") }
    var measure: LocalizedText? { LocalizedText(sl: "udeleženci", en: "participants") }
    var countingRule: LocalizedText {
        LocalizedText(
            sl: "Izvedeni študijski obiski v tujini na prvi dan; mera sešteje število udeležencev.",
            en: "Held study visits abroad, on their first day; the measure sums their participants.")
    }

    func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        let abroad = context.activities(qualifying: .studyVisitAbroad)
        // The details the context decoded once, per activity slot.
        for (slot, details) in context.details(of: plugin).enumerated() where abroad[slot] {
            let participants = Int64(details?.participants ?? 0)
            sink.add(unit: slot, activity: slot, weight: Quantity(hundredths: participants * 100))
        }
    }
}
