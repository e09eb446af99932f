import SocioLabKit

/// The mentoring / coaching plugin: support given to one organisation by a mentor.
///
/// A held mentoring qualifies as ``SocioLabKit/Qualification/mentoring``: its mentee organisation counts for
/// OUT-04 (when it belongs to the social economy) on the mentoring's first day, whether or not a
/// participation records it (``organisationsSupported(by:details:)``). Stored details
/// (`mentee_organisation` required):
///
/// | field | type | meaning |
/// |---|---|---|
/// | `mentee_organisation` | organisation id | the organisation mentored; must exist |
/// | `mentor` | string | who mentors |
/// | `hours` | number (two decimals) | hours of mentoring, more than 0 |
/// | `topic` | string | what it was about |
/// | `stage` | `idea`, `startup`, `growth`, `mature` | the mentee's stage at the time |
///
/// Rules: `mentoring.mentee`, `mentoring.hours`.
public struct MentoringPlugin: ActivityPlugin {
    /// A mentoring's details.
    public struct Details: Codable, Hashable, Sendable {
        /// The organisation mentored; required.
        public var menteeOrganisation: Organisation.ID?
        /// Who mentors.
        public var mentor: String?
        /// Hours of mentoring.
        public var hours: Quantity?
        /// What it was about.
        public var topic: String?
        /// The mentee's stage at the time.
        public var stage: OrganisationStage?

        /// Creates mentoring details.
        public init(
            menteeOrganisation: Organisation.ID? = nil, mentor: String? = nil, hours: Quantity? = nil,
            topic: String? = nil, stage: OrganisationStage? = nil
        ) {
            self.menteeOrganisation = menteeOrganisation
            self.mentor = mentor
            self.hours = hours
            self.topic = topic
            self.stage = stage
        }

        private enum CodingKeys: String, CodingKey {
            case mentor, hours, topic, stage
            case menteeOrganisation = "mentee_organisation"
        }
    }

    /// Creates the plugin.
    public init() {}

    /// `mentoring`.
    public var kind: ActivityKind { .mentoring }
    /// "Mentorstvo" / "Mentoring".
    public var displayName: LocalizedText { LocalizedText(sl: "Mentorstvo", en: "Mentoring") }

    /// The detail fields `activities.csv` carries as columns.
    public var detailFields: [Activity.DetailField] {
        [
            .init(
                "mentee_organisation", .reference, required: true,
                LocalizedText(
                    sl: "mentorirana organizacija; mora obstajati",
                    en: "the organisation mentored; must exist")),
            .init("mentor", .text, LocalizedText(sl: "kdo mentorira", en: "who mentors")),
            .init(
                "hours", .quantity,
                LocalizedText(sl: "ure mentorstva, več kot 0", en: "hours of mentoring, more than 0")),
            .init("topic", .text, LocalizedText(sl: "vsebina mentorstva", en: "what it was about")),
            .init(
                "stage", .choice(OrganisationStage.allCases.map(\.rawValue)),
                LocalizedText(
                    sl: "faza mentorirane organizacije v tistem času", en: "the mentee's stage at the time")),
        ]
    }

    /// The mentoring rules.
    public var validationRules: [any ValidationRule] {
        [MentoringMenteeRule(plugin: self), MentoringHoursRule(plugin: self)]
    }

    /// ``Qualification/mentoring`` when the details decode and name a mentee.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }

    /// ``Qualification/mentoring`` when the details name a mentee.
    public func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        details.menteeOrganisation == nil ? [] : [.mentoring]
    }

    /// The mentee organisation: it counts for OUT-04 on the mentoring's first day.
    public func organisationsSupported(by activity: Activity, details: Details) -> [Organisation.ID] {
        details.menteeOrganisation.map { [$0] } ?? []
    }
}
