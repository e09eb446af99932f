import SocioLabKit

/// The competition plugin: an award competition, for the most socially innovative venture or the most
/// ethical investor.
///
/// A held competition qualifies by its category as ``SocioLabKit/Qualification/socialInnovationAward``
/// (OUT-09) or ``SocioLabKit/Qualification/ethicalInvestorAward`` (OUT-10). Stored details (`category`
/// required):
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

    /// The detail fields `activities.csv` carries as columns.
    public var detailFields: [Activity.DetailField] {
        [
            .init(
                "category", .choice(Category.allCases.map(\.rawValue)), required: true,
                LocalizedText(sl: "nagrada, za katero gre", en: "the award")),
            .init(
                "edition", .wholeNumber,
                LocalizedText(sl: "leto izvedbe, npr. 2019", en: "the edition's year, such as 2019")),
            .init(
                "entries", .references,
                LocalizedText(sl: "prijavljene organizacije", en: "organisations that entered")),
            .init("jury", .texts, LocalizedText(sl: "člani žirije", en: "the jury members")),
            .init(
                "winners", .references,
                LocalizedText(
                    sl: "nagrajenci, vsi med prijavljenimi", en: "the winners, all among the entries")),
        ]
    }

    /// The competition rules.
    public var validationRules: [any ValidationRule] {
        [
            CompetitionCategoryRule(plugin: self), CompetitionOrganisationsRule(plugin: self),
            CompetitionWinnersRule(plugin: self),
        ]
    }

    /// The category's qualification, when the details decode.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }

    /// The category's qualification.
    public func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        details.category.map { [$0.qualification] } ?? []
    }
}
