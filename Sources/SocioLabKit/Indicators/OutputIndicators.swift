/// The seed's outputs OUT-01 … OUT-13 as indicators.
///
/// Each counts by the rule in its ``Indicator/countingRule`` (and in `Documentation/Indicators.md`). Those
/// that depend on what an activity is ask the registered plugins through ``Qualification``; none names a
/// plugin.
public enum OutputIndicators {
    /// All thirteen, in order.
    public static let all: [any Indicator] = [
        milestone, infoPoints, developmentPlans, organisations, trainedPersons, jobs, supportProgrammes,
        products, socialInnovationAwards, ethicalInvestorAwards, campaigns, fairs, conferences,
    ]

    /// OUT-01: milestones of OUT-01 achieved.
    public static let milestone: any Indicator = MilestoneIndicator(output: "OUT-01")
    /// OUT-02: info points established.
    public static let infoPoints: any Indicator = InfoPointIndicator()
    /// OUT-03: development plans adopted.
    public static let developmentPlans: any Indicator = DevelopmentPlanIndicator()
    /// OUT-04: social-economy organisations trained or mentored.
    public static let organisations: any Indicator = SocialEconomyOrganisationIndicator()
    /// OUT-05: persons in training programmes.
    public static let trainedPersons: any Indicator = AttendanceIndicator(
        id: "OUT-05",
        title: .init(
            sl: "Osebe, vključene v programe usposabljanja", en: "Persons included in training programmes"),
        qualification: .training,
        countingRule: .init(
            sl:
                "Različne osebe z udeležbo (status: udeležen) na izvedeni aktivnosti, ki jo vtičnik označi kot "
                + "usposabljanje; vloge izvajalcev (predavatelj, mentor, govornik, organizator) ne štejejo. "
                + "Oseba šteje enkrat ne glede na število usposabljanj in partnerjev, v obdobju prvega "
                + "usposabljanja.",
            en: "Distinct persons with an attended participation in a held activity its plugin qualifies as "
                + "training; staff roles (trainer, mentor, speaker, organiser) do not count. A person counts "
                + "once however many trainings and partners, in the period of their first training."))
    /// OUT-06: jobs created or retained in social-economy organisations.
    public static let jobs: any Indicator = JobIndicator()
    /// OUT-07: support programmes approved.
    public static let supportProgrammes: any Indicator = SupportProgrammeIndicator()
    /// OUT-08: socially innovative products supported.
    public static let products: any Indicator = ProductIndicator()
    /// OUT-09: award competitions for the most socially innovative venture.
    public static let socialInnovationAwards: any Indicator = ActivityCountIndicator(
        id: "OUT-09",
        title: .init(
            sl: "Nagradni natečaji za najbolj družbeno inovativen podjem",
            en: "Award competitions for the most socially innovative venture"),
        unit: .init(sl: "natečaji", en: "competitions"), qualification: .socialInnovationAward)
    /// OUT-10: award competitions for the most ethical investor.
    public static let ethicalInvestorAwards: any Indicator = ActivityCountIndicator(
        id: "OUT-10",
        title: .init(
            sl: "Nagradni natečaji za najbolj etičnega investitorja",
            en: "Award competitions for the most ethical investor"),
        unit: .init(sl: "natečaji", en: "competitions"), qualification: .ethicalInvestorAward)
    /// OUT-11: promotional campaigns.
    public static let campaigns: any Indicator = ActivityCountIndicator(
        id: "OUT-11", title: .init(sl: "Promocijska kampanja", en: "Promotional campaign"),
        unit: .init(sl: "kampanje", en: "campaigns"), qualification: .campaign)
    /// OUT-12: presentation fairs with at least one open-day host.
    public static let fairs: any Indicator = ActivityCountIndicator(
        id: "OUT-12",
        title: .init(
            sl: "Predstavitveni sejmi z dnevi odprtih vrat", en: "Presentation fairs with open days"),
        unit: .init(sl: "sejmi", en: "fairs"), qualification: .fairWithOpenDays,
        countingRule: .init(
            sl: "Izvedeni sejmi, ki jih vtičnik označi kot sejem z vsaj enim gostiteljem dneva odprtih vrat, "
                + "na prvi dan sejma.",
            en:
                "Held fairs its plugin qualifies as having at least one open-day host, on the fair's first day."
        ))
    /// OUT-13: international expert conferences.
    public static let conferences: any Indicator = ActivityCountIndicator(
        id: "OUT-13",
        title: .init(sl: "Mednarodna strokovna konferenca", en: "International expert conference"),
        unit: .init(sl: "konference", en: "conferences"), qualification: .internationalConference,
        countingRule: .init(
            sl: "Izvedene konference, ki jih vtičnik označi kot mednarodne, na prvi dan konference.",
            en: "Held conferences its plugin qualifies as international, on the conference's first day."))
}

/// OUT-01 (or any milestone output): milestones recorded for the output, on the day they were achieved.
package struct MilestoneIndicator: Indicator {
    /// The output whose milestones count.
    package var output: OutputID
    /// Creates the indicator for an output.
    package init(output: OutputID) { self.output = output }
    /// The output's id.
    package var id: String { output.rawValue }
    /// The title.
    package var title: LocalizedText {
        .init(
            sl: "Vzpostavljen ekosistem (regijski mrežni laboratorij) za socialno ekonomijo",
            en: "Regional network lab (ecosystem) for the social economy established")
    }
    /// Milestones.
    package var unit: LocalizedText { .init(sl: "mejnik", en: "milestone") }
    /// The rule.
    package var countingRule: LocalizedText {
        .init(
            sl:
                "Mejniki za \(output) z datumom dosežka (achieved_on); štejejo na ta dan. Brez datuma ne štejejo.",
            en: "Milestones of \(output) with an achieved_on day, counted on that day; none without a day.")
    }
    /// Milestones have no breakdown.
    package var dimensions: [BreakdownDimension] { [] }
    /// One event per achieved milestone of the output.
    /// - Complexity: O(*m*) in milestones.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        for (slot, milestone) in context.dataset.milestones.slots.enumerated() {
            guard let milestone, milestone.output == output, let day = milestone.achievedOn else { continue }
            sink.add(QualifyingEvent(unit: slot, day: day))
        }
    }
}

/// OUT-02: info points established, on their opening day.
package struct InfoPointIndicator: Indicator {
    /// Creates the indicator.
    package init() {}
    /// `OUT-02`.
    package var id: String { "OUT-02" }
    /// The title.
    package var title: LocalizedText {
        .init(sl: "Vzpostavljene območne informacijske točke", en: "Area information points established")
    }
    /// Info points.
    package var unit: LocalizedText { .init(sl: "točke", en: "info points") }
    /// The rule.
    package var countingRule: LocalizedText {
        .init(
            sl:
                "Informacijske točke z datumom odprtja (opened_on); štejejo na ta dan. Poznejše zaprtje štetja "
                + "ne razveljavi; točka brez datuma odprtja ne šteje.",
            en: "Info points with an opened_on day, counted on that day. A later closing does not undo it; a "
                + "point with no opening day does not count.")
    }
    /// Partner (host), info point, municipality.
    package var dimensions: [BreakdownDimension] { [.partner, .infoPoint, .municipality] }
    /// One event per opened info point.
    /// - Complexity: O(*i*) in info points.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        for (slot, point) in context.dataset.infoPoints.slots.enumerated() {
            guard let point, let day = point.openedOn else { continue }
            sink.add(
                QualifyingEvent(
                    unit: slot, day: day, partner: point.hostPartner, infoPoint: slot,
                    municipality: point.municipality))
        }
    }
}

/// OUT-03: development plans adopted, on the adoption day.
package struct DevelopmentPlanIndicator: Indicator {
    /// Creates the indicator.
    package init() {}
    /// `OUT-03`.
    package var id: String { "OUT-03" }
    /// The title.
    package var title: LocalizedText {
        .init(
            sl: "Izvedena diagnostika in pripravljeni razvojni načrti",
            en: "Diagnostics carried out and development plans prepared")
    }
    /// Plans.
    package var unit: LocalizedText { .init(sl: "načrti", en: "plans") }
    /// The rule.
    package var countingRule: LocalizedText {
        .init(
            sl: "Razvojni načrti z datumom sprejetja (plan_adopted_on); vsak načrt šteje na ta dan. Diagnoza "
                + "brez sprejetega načrta ne šteje.",
            en: "Development plans with a plan_adopted_on day, each counted on that day. A diagnosis without "
                + "an adopted plan does not count.")
    }
    /// Partner, municipality (the organisation's).
    package var dimensions: [BreakdownDimension] { [.partner, .municipality] }
    /// One event per adopted plan.
    /// - Complexity: O(*d*) in plans.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        let organisations = context.dataset.organisations
        for (slot, plan) in context.dataset.developmentPlans.slots.enumerated() {
            guard let plan, let day = plan.planAdoptedOn else { continue }
            sink.add(
                QualifyingEvent(
                    unit: slot, day: day, partner: plan.partner,
                    municipality: organisations[plan.organisation]?.municipality))
        }
    }
}

/// OUT-04: distinct social-economy organisations trained or mentored.
package struct SocialEconomyOrganisationIndicator: Indicator {
    /// Creates the indicator.
    package init() {}
    /// `OUT-04`.
    package var id: String { "OUT-04" }
    /// The title.
    package var title: LocalizedText {
        .init(
            sl: "Organizacije socialne ekonomije, vključene v usposabljanja in mentorstvo",
            en: "Social-economy organisations trained or mentored")
    }
    /// Organisations.
    package var unit: LocalizedText { .init(sl: "organizacije", en: "organisations") }
    /// The rule.
    package var countingRule: LocalizedText {
        .init(
            sl: "Različne organizacije socialne ekonomije (socialno podjetje, zadruga ali iniciativa), ki so "
                + "(a) kot organizacija sodelovale (udeležba, ne v vlogi izvajalca) na izvedenem usposabljanju "
                + "ali mentorstvu, (b) bile mentoriranec (vloga mentee; organizacija udeležbe ali organizacija "
                + "osebe), (c) imele člana ali zaposlenega (Person.organisation), ki se je udeležil izvedenega "
                + "usposabljanja, ali (d) bile mentorirana organizacija izvedenega mentorstva "
                + "(mentee_organisation), na prvi dan mentorstva. Organizacija šteje enkrat, v obdobju prvega "
                + "takega dogodka; organizacije z isto matično ali davčno številko štejejo kot ena.",
            en: "Distinct organisations of the social economy (social enterprise, cooperative or initiative) "
                + "that (a) took part as an organisation (attended, not in a staff role) in a held training or "
                + "mentoring activity, (b) were a mentee (role mentee: the participation's organisation, else "
                + "the person's), (c) had a member or employee (Person.organisation) attend a held training, or "
                + "(d) were the mentee organisation (mentee_organisation) of a held mentoring, on its first day. "
                + "An organisation counts once, in the period of its first such event; organisations with one "
                + "registration or tax number count as one.")
    }
    /// Activity dimensions.
    package var dimensions: [BreakdownDimension] { [.partner, .infoPoint, .municipality, .pillar] }
    /// Events from attended participations and from the organisations held trainings and mentorings
    /// support as such.
    /// - Complexity: O(*p* + *a*) in attended participations and activities.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        let training = context.activities(qualifying: .training)
        let mentoring = context.activities(qualifying: .mentoring)
        let socialEconomy = context.organisationIsSocialEconomy
        let personOrganisation = context.personOrganisation
        sink.reserve(units: socialEconomy.count)
        for i in context.attendedActivity.indices {
            let a = Int(context.attendedActivity[i])
            let isTraining = training[a]
            let isMentoring = mentoring[a]
            guard isTraining || isMentoring else { continue }
            let role = context.attendedRole[i]
            guard role != .staff else { continue }
            let p = Int(context.attendedPerson[i])
            var o = Int(context.attendedOrganisation[i])
            if o < 0, p >= 0, isTraining || role == .mentee { o = Int(personOrganisation[p]) }
            guard o >= 0, socialEconomy[o] else { continue }
            sink.add(unit: o, activity: a)
        }
        // (d) The organisations a held training or mentoring supports as such (a mentoring's mentee).
        for (a, organisations) in context.activitySupportedOrganisations where training[a] || mentoring[a] {
            for o in organisations where socialEconomy[Int(o)] { sink.add(unit: Int(o), activity: a) }
        }
    }
}

/// OUT-06: jobs created or retained in social-economy organisations, by start date, with FTE.
package struct JobIndicator: Indicator {
    /// Creates the indicator.
    package init() {}
    /// `OUT-06`.
    package var id: String { "OUT-06" }
    /// The title.
    package var title: LocalizedText {
        .init(
            sl: "Ustvarjena ali ohranjena delovna mesta v socialnih podjetjih in zadrugah",
            en: "Jobs created or retained in social enterprises and cooperatives")
    }
    /// Jobs.
    package var unit: LocalizedText { .init(sl: "delovna mesta", en: "jobs") }
    /// FTE.
    package var measure: LocalizedText? { .init(sl: "EPZ", en: "FTE") }
    /// The rule.
    package var countingRule: LocalizedText {
        .init(
            sl: "Zapisi o delovnih mestih (ustvarjeno ali ohranjeno) v organizacijah socialne ekonomije, na "
                + "datum začetka; vsak zapis šteje enkrat, poročata se število in vsota EPZ (ekvivalent polnega "
                + "zaposlovanja). Zapis, ki ponovi delovno mesto iste osebe v isti organizaciji z istim datumom "
                + "začetka, ne šteje znova (šteje tisti z najnižjo oznako).",
            en: "Job records (created or retained) in organisations of the social economy, on their start "
                + "date; each record counts once, and both the count and the summed FTE are reported. A record "
                + "that repeats the job of the same person in the same organisation with the same start date "
                + "does not count again (the one with the lowest identifier counts).")
    }
    /// Municipality (the organisation's) and the person's dimensions where a person is recorded.
    package var dimensions: [BreakdownDimension] { [.municipality, .gender, .ageGroup, .employmentStatus] }
    /// One event per job in a social-economy organisation.
    /// - Complexity: O(*j*) in jobs.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        let dataset = context.dataset
        for (slot, job) in dataset.jobs.slots.enumerated() where context.jobCounts[slot] {
            // The organisation that stands for the job's (itself unless entered twice).
            guard let job, let recorded = dataset.organisations.slot(of: job.organisation) else { continue }
            let o = Int(context.organisationRepresentative[recorded])
            guard context.organisationIsSocialEconomy[o] else { continue }
            let person = job.person.flatMap { dataset.persons.slot(of: $0) } ?? -1
            sink.add(
                QualifyingEvent(
                    unit: slot, day: job.startDate, weight: job.fte, person: person,
                    municipality: dataset.organisations.slots[o]?.municipality))
        }
    }
}

/// OUT-07: support programmes with materials, on their approval day.
package struct SupportProgrammeIndicator: Indicator {
    /// Creates the indicator.
    package init() {}
    /// `OUT-07`.
    package var id: String { "OUT-07" }
    /// The title.
    package var title: LocalizedText {
        .init(sl: "Razvit program podpore z gradivi", en: "Support programme with materials developed")
    }
    /// Programmes.
    package var unit: LocalizedText { .init(sl: "programi", en: "programmes") }
    /// The rule.
    package var countingRule: LocalizedText {
        .init(
            sl:
                "Programi podpore z datumom potrditve (approved_on) in vsaj enim gradivom; štejejo na dan potrditve.",
            en: "Support programmes with an approved_on day and at least one material, counted on that day.")
    }
    /// No breakdown.
    package var dimensions: [BreakdownDimension] { [] }
    /// One event per approved programme with materials.
    /// - Complexity: O(*s*) in programmes.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        for (slot, programme) in context.dataset.supportProgrammes.slots.enumerated() {
            guard let programme, let day = programme.approvedOn, !programme.materials.isEmpty else {
                continue
            }
            sink.add(QualifyingEvent(unit: slot, day: day))
        }
    }
}

/// OUT-08: socially innovative products supported, on the day support was given.
package struct ProductIndicator: Indicator {
    /// Creates the indicator.
    package init() {}
    /// `OUT-08`.
    package var id: String { "OUT-08" }
    /// The title.
    package var title: LocalizedText {
        .init(sl: "Podprti družbeno inovativni produkti", en: "Socially innovative products supported")
    }
    /// Products.
    package var unit: LocalizedText { .init(sl: "produkti", en: "products") }
    /// The rule.
    package var countingRule: LocalizedText {
        .init(
            sl: "Produkti ali storitve z datumom podpore (supported_on); vsak šteje enkrat, na ta dan.",
            en: "Products or services with a supported_on day; each counts once, on that day.")
    }
    /// Municipality (the organisation's).
    package var dimensions: [BreakdownDimension] { [.municipality] }
    /// One event per supported product.
    /// - Complexity: O(*r*) in products.
    package func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
        let organisations = context.dataset.organisations
        for (slot, product) in context.dataset.products.slots.enumerated() {
            guard let product, let day = product.supportedOn else { continue }
            sink.add(
                QualifyingEvent(
                    unit: slot, day: day, municipality: organisations[product.organisation]?.municipality))
        }
    }
}
