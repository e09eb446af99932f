/// The seed's outputs by name, so that an embedder writes `report[.trainedPersons]` rather than
/// `"OUT-05"`.
///
/// The names are those of ``OutputIndicators``' members (OUT-01, a milestone, is ``networkLab``). A
/// plugin's own indicator keeps its string id: `report.indicator(id: "X-WORKSHOP")`, or
/// `OutputID(rawValue: "X-WORKSHOP")`.
extension OutputID {
    /// `OUT-01`: the regional network lab (ecosystem) established; a milestone. ``OutputIndicators/milestone`` counts it.
    public static let networkLab: OutputID = "OUT-01"
    /// `OUT-02`: area information points established (``OutputIndicators/infoPoints``).
    public static let infoPoints: OutputID = "OUT-02"
    /// `OUT-03`: diagnostics carried out, development plans prepared (``OutputIndicators/developmentPlans``).
    public static let developmentPlans: OutputID = "OUT-03"
    /// `OUT-04`: organisations of the social economy trained or mentored (``OutputIndicators/organisations``).
    public static let organisations: OutputID = "OUT-04"
    /// `OUT-05`: persons included in training programmes (``OutputIndicators/trainedPersons``).
    public static let trainedPersons: OutputID = "OUT-05"
    /// `OUT-06`: jobs created or retained in social enterprises and cooperatives (``OutputIndicators/jobs``).
    public static let jobs: OutputID = "OUT-06"
    /// `OUT-07`: support programmes with materials developed (``OutputIndicators/supportProgrammes``).
    public static let supportProgrammes: OutputID = "OUT-07"
    /// `OUT-08`: socially innovative products supported (``OutputIndicators/products``).
    public static let products: OutputID = "OUT-08"
    /// `OUT-09`: award competitions for the most socially innovative venture (``OutputIndicators/socialInnovationAwards``).
    public static let socialInnovationAwards: OutputID = "OUT-09"
    /// `OUT-10`: award competitions for the most ethical investor (``OutputIndicators/ethicalInvestorAwards``).
    public static let ethicalInvestorAwards: OutputID = "OUT-10"
    /// `OUT-11`: the promotional campaign (``OutputIndicators/campaigns``).
    public static let campaigns: OutputID = "OUT-11"
    /// `OUT-12`: presentation fairs with open days (``OutputIndicators/fairs``).
    public static let fairs: OutputID = "OUT-12"
    /// `OUT-13`: the international expert conference (``OutputIndicators/conferences``).
    public static let conferences: OutputID = "OUT-13"

    /// The thirteen outputs of the seed, OUT-01 … OUT-13, in order.
    public static let seedOutputs: [OutputID] = [
        .networkLab, .infoPoints, .developmentPlans, .organisations, .trainedPersons, .jobs,
        .supportProgrammes,
        .products, .socialInnovationAwards, .ethicalInvestorAwards, .campaigns, .fairs, .conferences,
    ]
}
