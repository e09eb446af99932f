/// What a held activity qualifies as, for the operation's outputs: the vocabulary between plugins and
/// indicators.
///
/// SocioLabKit's output indicators ask "which held activities are trainings?", "which fairs had open
/// days?" in these terms, and the plugin that owns an activity's kind answers through
/// ``ActivityPlugin/qualifications(of:)``; the kit never names a plugin. A third-party plugin may
/// answer with these, or define its own values for its own indicators.
public struct Qualification: StringCode {
    /// The qualification's code.
    public var rawValue: String
    /// Creates a qualification.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A training programme: its attending persons count for OUT-05, their organisations for OUT-04.
    public static let training = Self(rawValue: "training")
    /// Mentoring or coaching of an organisation: counts for OUT-04.
    public static let mentoring = Self(rawValue: "mentoring")
    /// A presentation fair with at least one open-day host: counts for OUT-12.
    public static let fairWithOpenDays = Self(rawValue: "fair_with_open_days")
    /// An international conference (two or more countries, one not Slovenia): counts for OUT-13.
    public static let internationalConference = Self(rawValue: "international_conference")
    /// A competition for the most socially innovative venture: counts for OUT-09.
    public static let socialInnovationAward = Self(rawValue: "social_innovation_award")
    /// A competition for the most ethical investor: counts for OUT-10.
    public static let ethicalInvestorAward = Self(rawValue: "ethical_investor_award")
    /// A promotional campaign: counts for OUT-11.
    public static let campaign = Self(rawValue: "campaign")

}
