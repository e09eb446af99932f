import SocioLabKit

extension ActivityKind {
    /// `training`, owned by ``SocioLabPlugins/TrainingPlugin``.
    public static let training: ActivityKind = "training"
    /// `mentoring` (mentoring or coaching), owned by ``SocioLabPlugins/MentoringPlugin``.
    public static let mentoring: ActivityKind = "mentoring"
    /// `fair` (presentation fair with open days), owned by ``SocioLabPlugins/FairPlugin``.
    public static let fair: ActivityKind = "fair"
    /// `conference`, owned by ``SocioLabPlugins/ConferencePlugin``.
    public static let conference: ActivityKind = "conference"
    /// `competition` (award competition), owned by ``SocioLabPlugins/CompetitionPlugin``.
    public static let competition: ActivityKind = "competition"
    /// `campaign` (promotional campaign), owned by ``SocioLabPlugins/CampaignPlugin``.
    public static let campaign: ActivityKind = "campaign"
}

extension PluginRegistry {
    /// The six standard plugins: training, mentoring, fair, conference, competition, campaign.
    ///
    /// ```swift
    /// let workspace = try await Workspace(store: store, plugins: .standard)
    /// ```
    public static var standard: PluginRegistry { PluginRegistry(standardPlugins) }

    /// The standard plugins, in a stable order.
    public static var standardPlugins: [any ActivityPlugin] {
        [
            TrainingPlugin(), MentoringPlugin(), FairPlugin(), ConferencePlugin(), CompetitionPlugin(),
            CampaignPlugin(),
        ]
    }
}
