import SocioLabKit

/// The competition plugin: an award competition, for the most socially innovative venture or the most
/// ethical investor.
///
/// A held competition qualifies by its category as ``Qualification/socialInnovationAward`` (OUT-09) or
/// ``Qualification/ethicalInvestorAward`` (OUT-10). Stored details (`category` required):
///
/// | field | type | meaning |
/// |---|---|---|
/// | `category` | `social_innovation` or `ethical_investor` | the award |
/// | `edition` | whole number | the edition's year, such as 2019 |
/// | `entries` | organisation ids | organisations that entered |
/// | `jury` | strings | the jury members |
/// | `winners` | organisation ids | the winners, all among the entries |
///
/// Rules: `competition.category`, `competition.organisations`, `competition.winners`.
public struct CompetitionPlugin: ActivityPlugin {
    /// The award a competition is for.
    public enum Category: String, Codable, Hashable, Sendable, CaseIterable {
        /// The most socially innovative venture (OUT-09).
        case socialInnovation = "social_innovation"
        /// The most ethical investor (OUT-10).
        case ethicalInvestor = "ethical_investor"

        /// The output qualification of the category.
        public var qualification: Qualification {
            switch self {
            case .socialInnovation: .socialInnovationAward
            case .ethicalInvestor: .ethicalInvestorAward
            }
        }
    }

    /// A competition's details.
    public struct Details: Codable, Hashable, Sendable {
        /// The award; required.
        public var category: Category?
        /// The edition's year.
        public var edition: Int?
        /// The organisations that entered.
        public var entries: [Organisation.ID]?
        /// The jury members.
        public var jury: [String]?
        /// The winners, among the entries.
        public var winners: [Organisation.ID]?

        /// Creates competition details.
        public init(
            category: Category? = nil, edition: Int? = nil, entries: [Organisation.ID]? = nil,
            jury: [String]? = nil, winners: [Organisation.ID]? = nil
        ) {
            self.category = category
            self.edition = edition
            self.entries = entries
            self.jury = jury
            self.winners = winners
        }
    }

    /// Creates the plugin.
    public init() {}

    /// `competition`.
    public var kind: ActivityKind { .competition }
    /// "Natečaj" / "Award competition".
    public var displayName: LocalizedText { LocalizedText(sl: "Natečaj", en: "Award competition") }

    /// The competition rules.
    public var validationRules: [any ValidationRule] {
        [
            CompetitionCategoryRule(plugin: self), CompetitionOrganisationsRule(plugin: self),
            CompetitionWinnersRule(plugin: self),
        ]
    }

    /// The category's qualification.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        guard let category = detailsIfValid(of: activity)?.category else { return [] }
        return [category.qualification]
    }
}

/// `competition.category` (error): a competition states its category.
public struct CompetitionCategoryRule: ActivityDetailsRule {
    /// `competition.category`.
    public let id: RuleID = "competition.category"
    /// Error.
    public let severity = Severity.error
    /// The competition plugin.
    public let plugin: CompetitionPlugin
    /// Creates the rule.
    public init(plugin: CompetitionPlugin) { self.plugin = plugin }

    /// Reports a missing category.
    public func check(_ activity: Activity, details: CompetitionPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        guard details.category == nil else { return [] }
        return [
            issue(
                activity.reference, field: "details.category",
                .t("natečaj nima kategorije", "the competition states no category"),
                fix: .t(
                    "Vpišite category: social_innovation ali ethical_investor.",
                    "Enter category: social_innovation or ethical_investor."))
        ]
    }
}

/// `competition.organisations` (error): the entries and winners are recorded organisations.
public struct CompetitionOrganisationsRule: ActivityDetailsRule {
    /// `competition.organisations`.
    public let id: RuleID = "competition.organisations"
    /// Error.
    public let severity = Severity.error
    /// The competition plugin.
    public let plugin: CompetitionPlugin
    /// Creates the rule.
    public init(plugin: CompetitionPlugin) { self.plugin = plugin }

    /// Reports each unknown entry or winner.
    /// - Complexity: O(k) in the organisations named.
    public func check(_ activity: Activity, details: CompetitionPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        missingOrganisationIssues(details.entries ?? [], field: "entries", of: activity, in: dataset)
            + missingOrganisationIssues(details.winners ?? [], field: "winners", of: activity, in: dataset)
    }
}

/// `competition.winners` (error): every winner is among the entries.
public struct CompetitionWinnersRule: ActivityDetailsRule {
    /// `competition.winners`.
    public let id: RuleID = "competition.winners"
    /// Error.
    public let severity = Severity.error
    /// The competition plugin.
    public let plugin: CompetitionPlugin
    /// Creates the rule.
    public init(plugin: CompetitionPlugin) { self.plugin = plugin }

    /// Reports each winner that did not enter.
    public func check(_ activity: Activity, details: CompetitionPlugin.Details, in dataset: Dataset)
        -> [ValidationIssue]
    {
        let entries = Set(details.entries ?? [])
        var seen = Set<Organisation.ID>()
        return (details.winners ?? []).filter { !entries.contains($0) && seen.insert($0).inserted }.map {
            winner in
            issue(
                activity.reference, field: "details.winners",
                .t("zmagovalec \(winner) ni med prijavljenimi", "winner \(winner) is not among the entries"),
                fix: .t(
                    "Dodajte \(winner) med prijave (entries) ali popravite zmagovalce.",
                    "Add \(winner) to the entries, or correct the winners."))
        }
    }
}
