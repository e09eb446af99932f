extension ESFOperation {
    /// SocioLab Podravje: "Aktivno in povezano za nova delovna mesta in vključujočo družbo – SocioLab".
    ///
    /// Every fact of the operation's own description: ESF, 1 April 2018 – 31 December 2021,
    /// EUR 1,599,869.80 = 1,279,895.84 EU ESF (80 %) + 319,973.96 national (20 %), the lead partner and ten
    /// partners, three pillars, the target groups and the outputs OUT-01 … OUT-13 with their targets.
    public static let socioLabPodravje = ESFOperation(
        id: "sociolab-podravje",
        name: .init(
            sl: "Aktivno in povezano za nova delovna mesta in vključujočo družbo – SocioLab",
            en: "Active and connected for new jobs and an inclusive society – SocioLab"),
        programme: .init(
            sl:
                "Operativni program za izvajanje evropske kohezijske politike v obdobju 2014–2020, Evropski socialni sklad",
            en:
                "Operational Programme for the Implementation of the EU Cohesion Policy 2014–2020, European Social Fund"
        ),
        period: DateRange(Day(year: 2018, month: 4, day: 1)!, Day(year: 2021, month: 12, day: 31)!),
        budget: Money(cents: 159_986_980),
        funding: [
            FundingSource(
                id: "esf",
                name: .init(
                    sl: "Evropska unija, Evropski socialni sklad", en: "European Union, European Social Fund"),
                amount: Money(cents: 127_989_584), sharePercent: 80),
            FundingSource(
                id: "national",
                name: .init(
                    sl: "Republika Slovenija, državni proračun", en: "Republic of Slovenia, state budget"),
                amount: Money(cents: 31_997_396), sharePercent: 20),
        ],
        partners: socioLabPartners,
        pillars: [
            Pillar(
                id: 1,
                title: .init(
                    sl: "Opolnomočenje skupnosti za razvoj socialne ekonomije in družbenega inoviranja",
                    en: "Empowering communities for the social economy and social innovation")),
            Pillar(
                id: 2,
                title: .init(
                    sl:
                        "Aktiviranje in motiviranje prebivalstva, generiranje družbeno inovativnih, socialno podjetniških in zadružnih idej in podjemov",
                    en:
                        "Activating and motivating people; generating socially innovative, social-enterprise and cooperative ideas and ventures"
                )),
            Pillar(
                id: 3,
                title: .init(
                    sl:
                        "Program podpore ciljnim skupinam in socialnim podjetjem ter zadrugam pri zagonu in rasti",
                    en:
                        "Support for target groups, social enterprises and cooperatives at start-up and growth"
                )),
        ],
        targetGroups: socioLabTargetGroups,
        outputs: socioLabOutputs, costCategories: CostCategory.standard,
        flatRates: socioLabFlatRates)

    private static let socioLabPartners: [Partner] = [
        Partner(
            id: "prizma", name: "Fundacija za izboljšanje zaposlitvenih možnosti PRIZMA, ustanova",
            shortName: "PRIZMA",
            role: .lead, legalForm: .ustanova, socialEnterprise: false),
        Partner(
            id: "citilab", name: "CITILAB, Zavod za razvoj kreativnih tehnologij Maribor, socialno podjetje",
            shortName: "CITILAB", role: .partner, legalForm: .zavod, socialEnterprise: true),
        Partner(
            id: "prj-halo", name: "PRJ HALO Podeželsko razvojno jedro", shortName: "PRJ HALO", role: .partner,
            legalForm: .zavod, socialEnterprise: false),
        Partner(
            id: "ra-slovenske-gorice", name: "Razvojna agencija Slovenske gorice, d.o.o.",
            shortName: "RA Slovenske gorice", role: .partner, legalForm: .doo, socialEnterprise: false),
        Partner(
            id: "ric-slovenska-bistrica", name: "Razvojno informacijski center Slovenska Bistrica",
            shortName: "RIC Slovenska Bistrica", role: .partner, legalForm: .zavod, socialEnterprise: false),
        Partner(
            id: "stajerska-gz", name: "Štajerska gospodarska zbornica", shortName: "Štajerska GZ",
            role: .partner,
            legalForm: .other, socialEnterprise: false),
        Partner(
            id: "tkalka",
            name: "TKALKA, Zadruga za razvoj družbenih in tehnoloških inovacij z.b.o., socialno podjetje",
            shortName: "TKALKA", role: .partner, legalForm: .zadruga, socialEnterprise: true),
        Partner(
            id: "zavod-pip", name: "Zavod PIP, Pravni in informacijski center Maribor",
            shortName: "Zavod PIP",
            role: .partner, legalForm: .zavod, socialEnterprise: false),
        Partner(
            id: "caap", name: "Združenje Center alternativne in avtonomne produkcije, socialno podjetje",
            shortName: "CAAP", role: .partner, legalForm: .drustvo, socialEnterprise: true),
        Partner(
            id: "zses", name: "Združenje socialna ekonomija Slovenije, socialno podjetje", shortName: "ZSES",
            role: .partner, legalForm: .drustvo, socialEnterprise: true),
        Partner(
            id: "bistra-ptuj", name: "Znanstveno-raziskovalno središče Bistra Ptuj", shortName: "Bistra Ptuj",
            role: .partner, legalForm: .zavod, socialEnterprise: false),
    ]

    private static let socioLabTargetGroups: [TargetGroup] = [
        TargetGroup(
            id: "social-economy-stakeholders",
            title: .init(
                sl:
                    "Deležniki socialnega podjetništva (potencialni podjetniki, socialni podjetniki, zadružniki, iniciative)",
                en:
                    "Social-economy stakeholders (potential and active social entrepreneurs, cooperative members, initiatives)"
            )),
        TargetGroup(
            id: "support-environment-staff",
            title: .init(
                sl: "Osebe, zaposlene v podpornem okolju za socialno ekonomijo",
                en: "Staff of the support environment for the social economy")),
        TargetGroup(
            id: "local-stakeholders",
            title: .init(
                sl: "Deležniki lokalnega okolja (občine, javni zavodi, razvojne organizacije, širša javnost)",
                en:
                    "Local stakeholders (municipalities, public institutes, development organisations, the public)"
            )),
        TargetGroup(
            id: "unemployed",
            title: .init(sl: "Brezposelni in iskalci zaposlitve", en: "Unemployed and job seekers"),
            indirect: true),
        TargetGroup(id: "students", title: .init(sl: "Študenti", en: "Students"), indirect: true),
        TargetGroup(id: "young", title: .init(sl: "Mladi", en: "Young people"), indirect: true),
        TargetGroup(id: "older", title: .init(sl: "Starejši", en: "Older people"), indirect: true),
        TargetGroup(
            id: "vulnerable",
            title: .init(sl: "Pripadniki ranljivih družbenih skupin", en: "Vulnerable groups"),
            indirect: true),
    ]

    private static func output(
        _ id: String, _ sl: String, _ en: String, unit: LocalizedText, target: Int?, milestone: Bool = false
    ) -> OutputTarget {
        OutputTarget(
            id: OutputID(rawValue: id), title: .init(sl: sl, en: en), unit: unit, target: target,
            isMilestone: milestone)
    }

    private static let socioLabOutputs: [OutputTarget] = [
        output(
            "OUT-01", "Vzpostavljen ekosistem (regijski mrežni laboratorij) za socialno ekonomijo",
            "Regional network lab (ecosystem) for the social economy established",
            unit: .init(sl: "mejnik", en: "milestone"), target: 1, milestone: true),
        output(
            "OUT-02", "Vzpostavljene območne informacijske točke", "Area information points established",
            unit: .init(sl: "točke", en: "info points"), target: 5),
        output(
            "OUT-03", "Izvedena diagnostika in pripravljeni razvojni načrti",
            "Diagnostics carried out and development plans prepared",
            unit: .init(sl: "načrti", en: "plans"), target: nil),
        output(
            "OUT-04", "Organizacije socialne ekonomije, vključene v usposabljanja in mentorstvo",
            "Social-economy organisations trained or mentored",
            unit: .init(sl: "organizacije", en: "organisations"), target: 30),
        output(
            "OUT-05", "Osebe, vključene v programe usposabljanja", "Persons included in training programmes",
            unit: .init(sl: "osebe", en: "persons"), target: 200),
        output(
            "OUT-06", "Ustvarjena ali ohranjena delovna mesta v socialnih podjetjih in zadrugah",
            "Jobs created or retained in social enterprises and cooperatives",
            unit: .init(sl: "delovna mesta", en: "jobs"), target: 40),
        output(
            "OUT-07", "Razvit program podpore z gradivi", "Support programme with materials developed",
            unit: .init(sl: "programi", en: "programmes"), target: 1),
        output(
            "OUT-08", "Podprti družbeno inovativni produkti", "Socially innovative products supported",
            unit: .init(sl: "produkti", en: "products"), target: 30),
        output(
            "OUT-09", "Nagradni natečaji za najbolj družbeno inovativen podjem",
            "Award competitions for the most socially innovative venture",
            unit: .init(sl: "natečaji", en: "competitions"), target: 4),
        output(
            "OUT-10", "Nagradni natečaji za naj etičnega investitorja",
            "Award competitions for the most ethical investor",
            unit: .init(sl: "natečaji", en: "competitions"), target: 2),
        output(
            "OUT-11", "Promocijska kampanja", "Promotional campaign",
            unit: .init(sl: "kampanje", en: "campaigns"),
            target: 1),
        output(
            "OUT-12", "Predstavitveni sejmi z dnevi odprtih vrat", "Presentation fairs with open days",
            unit: .init(sl: "sejmi", en: "fairs"), target: 4),
        output(
            "OUT-13", "Mednarodna strokovna konferenca", "International expert conference",
            unit: .init(sl: "konference", en: "conferences"), target: 1),
    ]
}
