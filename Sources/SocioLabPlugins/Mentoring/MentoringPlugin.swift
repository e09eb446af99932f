import SocioLabKit

/// The mentoring / coaching plugin: support given to one organisation by a mentor.
///
/// A held mentoring qualifies as ``Qualification/mentoring``: its mentee organisation counts for OUT-04.
/// Stored details (`mentee_organisation` required):
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

    /// The mentoring rules.
    public var validationRules: [any ValidationRule] {
        [MentoringMenteeRule(plugin: self), MentoringHoursRule(plugin: self)]
    }

    /// ``Qualification/mentoring`` when the details decode and name a mentee.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity)?.menteeOrganisation == nil ? [] : [.mentoring]
    }
}

/// `mentoring.mentee` (error): a mentoring names its mentee organisation, and it exists.
public struct MentoringMenteeRule: ActivityDetailsRule {
    /// `mentoring.mentee`.
    public let id: RuleID = "mentoring.mentee"
    /// Error.
    public let severity = Severity.error
    /// The mentoring plugin.
    public let plugin: MentoringPlugin
    /// Creates the rule.
    public init(plugin: MentoringPlugin) { self.plugin = plugin }

    /// Reports a missing or unknown mentee organisation.
    public func check(_ activity: Activity, details: MentoringPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard let mentee = details.menteeOrganisation else {
            return [
                issue(
                    activity.reference, field: "details.mentee_organisation",
                    .t(
                        "mentorstvo nima organizacije mentoriranca",
                        "the mentoring names no mentee organisation"),
                    fix: .t(
                        "Vpišite oznako organizacije (mentee_organisation).",
                        "Enter the organisation's identifier (mentee_organisation)."))
            ]
        }
        return missingOrganisationIssues([mentee], field: "mentee_organisation", of: activity, in: dataset)
    }
}

/// `mentoring.hours` (error): a mentoring's hours, when given, are more than 0.
public struct MentoringHoursRule: ActivityDetailsRule {
    /// `mentoring.hours`.
    public let id: RuleID = "mentoring.hours"
    /// Error.
    public let severity = Severity.error
    /// The mentoring plugin.
    public let plugin: MentoringPlugin
    /// Creates the rule.
    public init(plugin: MentoringPlugin) { self.plugin = plugin }

    /// Reports zero or negative hours.
    public func check(_ activity: Activity, details: MentoringPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard let hours = details.hours, hours <= .zero else { return [] }
        return [
            issue(
                activity.reference, field: "details.hours",
                .t("ure mentorstva morajo biti več kot 0", "mentoring hours must be more than 0"),
                fix: .t(
                    "Vpišite ure mentorstva ali polje izpustite.", "Enter the hours, or leave the field out.")
            )
        ]
    }
}
