extension CostCategory {
    /// The standard cost categories of an ESF operation (2014–2020 rules): direct staff costs, the two
    /// flat-rate categories (remaining costs, CPR Art. 68b(1); indirect costs, Art. 68(1)(b)), the usual
    /// real-cost categories, and unit costs (a national standard scale, configured per operation).
    public static let standard: [CostCategory] = [
        CostCategory(
            id: "staff", title: .init(sl: "Neposredni stroški osebja", en: "Direct staff costs"), kind: .staff
        ),
        CostCategory(
            id: "remaining",
            title: .init(sl: "Preostali stroški (pavšal)", en: "Remaining costs (flat rate)"),
            kind: .flatRate),
        CostCategory(
            id: "indirect", title: .init(sl: "Posredni stroški (pavšal)", en: "Indirect costs (flat rate)"),
            kind: .flatRate),
        CostCategory(
            id: "external-services", title: .init(sl: "Stroški zunanjih storitev", en: "External services"),
            kind: .real),
        CostCategory(id: "travel", title: .init(sl: "Potni stroški", en: "Travel"), kind: .real),
        CostCategory(id: "equipment", title: .init(sl: "Oprema", en: "Equipment"), kind: .real),
        CostCategory(
            id: "participants", title: .init(sl: "Stroški udeležencev", en: "Participants' costs"),
            kind: .real),
        CostCategory(
            id: "communication",
            title: .init(sl: "Informiranje in komuniciranje", en: "Information and communication"),
            kind: .real),
        CostCategory(
            id: "unit-costs", title: .init(sl: "Standardni stroški na enoto", en: "Standard unit costs"),
            kind: .unitCost),
    ]

    /// The categories that the remaining-costs flat rate pays for: every standard category but staff costs
    /// and unit costs.
    static let coveredByRemaining: [CostCategory.ID] = [
        "indirect", "external-services", "travel", "equipment", "participants", "communication",
    ]
}

extension ESFOperation {
    /// The SocioLab Podravje flat rates: the lead partner and five partners declare staff costs and
    /// remaining costs at 40 % of them (Art. 68b(1)); the other five declare staff costs, real costs and
    /// indirect costs at 15 % of staff costs (Art. 68(1)(b)). Which partner uses which option is set by
    /// its grant agreement; this split is the kit's example (UNVERIFIED against the agreements).
    static let socioLabFlatRates: [FlatRate] =
        ["prizma", "citilab", "prj-halo", "ra-slovenske-gorice", "ric-slovenska-bistrica", "stajerska-gz"].map
    {
        FlatRate(
            category: "remaining", base: ["staff"], percent: 40, ceilingPercent: 40, partner: $0,
            covers: CostCategory.coveredByRemaining)
    }
        + ["tkalka", "zavod-pip", "caap", "zses", "bistra-ptuj"].map {
            FlatRate(category: "indirect", base: ["staff"], percent: 15, ceilingPercent: 15, partner: $0)
        }
}
