/// The columns the row readers read, and the reading of the others through their schema fields.
extension CSVRowReader {
    /// Reads the columns of the file that the table's reader does not read itself (``CSVColumnMap/extra``)
    /// through their schema fields.
    mutating func readExtra<E>(_ layout: ExchangeLayout<E>, into entity: inout E) {
        for column in map.extra {
            if case .field(let field) = layout.columns[column.index] { field.read(&self, column, &entity) }
        }
    }

    /// Reads the columns of the file that the table's reader does not read itself into `entity`, and adds
    /// it to the records unless the row failed.
    mutating func finish<E>(_ entity: E, _ layout: ExchangeLayout<E>) {
        var entity = entity
        readExtra(layout, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    /// Reads the personal-details columns of the file that the persons reader does not read itself.
    mutating func readExtraDetails<E>(_ layout: ExchangeLayout<E>, into details: inout PersonalDetails) {
        for column in map.extra {
            if case .details(let field) = layout.columns[column.index] { field.read(&self, column, &details) }
        }
    }

    /// The columns a table's reader reads itself; a column of the schema not among them is read through
    /// its field (``SchemaField/read``), so a field added to a schema is imported before a reader knows it.
    static func columnsReadDirectly(_ table: ExchangeTable) -> [ExchangeColumn] {
        switch table {
        case .organisations: OrganisationColumn.shared.all
        case .persons: PersonColumn.shared.all
        case .infoPoints: InfoPointColumn.shared.all
        case .activities: ActivityColumn.shared.all
        case .participations: ParticipationColumn.shared.all
        case .jobs: JobColumn.shared.all
        case .products: ProductColumn.shared.all
        case .developmentPlans: DevelopmentPlanColumn.shared.all
        case .supportProgrammes: SupportProgrammeColumn.shared.all
        case .milestones: MilestoneColumn.shared.all
        case .budgetLines, .costItems, .paymentClaims, .paymentClaimItems: [idColumn(of: table)]
        }
    }
}

/// The columns each row reader reads, found in its table's layout by the model field they fill (the
/// names and order are the schema's).
struct OrganisationColumn: Sendable {
    /// The columns, resolved once.
    static let shared = OrganisationColumn()
    let id = ExchangeTable.organisations.column(\Organisation.id)
    let name = ExchangeTable.organisations.column(\Organisation.name)
    let legalForm = ExchangeTable.organisations.column(\Organisation.legalForm)
    let socialEnterprise = ExchangeTable.organisations.column(\Organisation.socialEnterprise)
    let registrationNumber = ExchangeTable.organisations.column(\Organisation.registrationNumber)
    let taxNumber = ExchangeTable.organisations.column(\Organisation.taxNumber)
    let municipality = ExchangeTable.organisations.column(\Organisation.municipality)
    let stage = ExchangeTable.organisations.column(\Organisation.stage)
    var all: [ExchangeColumn] {
        [
            id, name, legalForm, socialEnterprise, registrationNumber, taxNumber, municipality, stage,
        ]
    }
}

struct PersonColumn: Sendable {
    /// The columns, resolved once.
    static let shared = PersonColumn()
    let id = ExchangeTable.persons.column(\Person.id)
    let givenName = ExchangeTable.persons.column(\PersonalDetails.givenName)
    let familyName = ExchangeTable.persons.column(\PersonalDetails.familyName)
    let emso = ExchangeTable.persons.column(\PersonalDetails.emso)
    let email = ExchangeTable.persons.column(\PersonalDetails.email)
    let gender = ExchangeTable.persons.column(\Person.gender)
    let birthDate = ExchangeTable.persons.column(\Person.birthDate)
    let municipality = ExchangeTable.persons.column(\Person.municipality)
    let employmentStatus = ExchangeTable.persons.column(\Person.employmentStatus)
    let isced = ExchangeTable.persons.column(\Person.isced)
    let migrantMinority = ExchangeTable.persons.column(\Person.migrantOrMinority)
    let disability = ExchangeTable.persons.column(\Person.disability)
    let otherDisadvantaged = ExchangeTable.persons.column(\Person.otherDisadvantaged)
    let homeless = ExchangeTable.persons.column(\Person.homeless)
    let rural = ExchangeTable.persons.column(\Person.rural)
    let targetGroups = ExchangeTable.persons.column(\Person.targetGroups)
    let consentDate = ExchangeTable.persons.column(\Person.consent.givenOn)
    let consentWithdrawn = ExchangeTable.persons.column(\Person.consent.withdrawnOn)
    let organisationID = ExchangeTable.persons.column(\Person.organisation)
    let entryDate = ExchangeTable.persons.column(\Person.entryDate)
    let phone = ExchangeTable.persons.column(\PersonalDetails.phone)
    var all: [ExchangeColumn] {
        [
            id, givenName, familyName, emso, email, gender, birthDate, municipality, employmentStatus, isced,
            migrantMinority, disability, otherDisadvantaged, homeless, rural, targetGroups, consentDate,
            consentWithdrawn, organisationID, entryDate, phone,
        ]
    }
}

struct InfoPointColumn: Sendable {
    /// The columns, resolved once.
    static let shared = InfoPointColumn()
    let id = ExchangeTable.infoPoints.column(\InfoPoint.id)
    let name = ExchangeTable.infoPoints.column(\InfoPoint.name)
    let municipality = ExchangeTable.infoPoints.column(\InfoPoint.municipality)
    let hostPartner = ExchangeTable.infoPoints.column(\InfoPoint.hostPartner)
    let openedOn = ExchangeTable.infoPoints.column(\InfoPoint.openedOn)
    let closedOn = ExchangeTable.infoPoints.column(\InfoPoint.closedOn)
    var all: [ExchangeColumn] { [id, name, municipality, hostPartner, openedOn, closedOn] }
}

struct ActivityColumn: Sendable {
    /// The columns, resolved once.
    static let shared = ActivityColumn()
    let id = ExchangeTable.activities.column(\Activity.id)
    let kind = ExchangeTable.activities.column(\Activity.kind)
    let title = ExchangeTable.activities.column(\Activity.title)
    let pillar = ExchangeTable.activities.column(\Activity.pillar)
    let partners = ExchangeTable.activities.column(\Activity.partners)
    let infoPoint = ExchangeTable.activities.column(\Activity.infoPoint)
    let municipality = ExchangeTable.activities.column(\Activity.municipality)
    let startDate = ExchangeTable.activities.column(\Activity.startDate)
    let endDate = ExchangeTable.activities.column(\Activity.endDate)
    let status = ExchangeTable.activities.column(\Activity.status)
    let details = ExchangeTable.activities.column(\Activity.details)
    var all: [ExchangeColumn] {
        [
            id, kind, title, pillar, partners, infoPoint, municipality, startDate, endDate, status, details,
        ]
    }
}

struct ParticipationColumn: Sendable {
    /// The columns, resolved once.
    static let shared = ParticipationColumn()
    let id = ExchangeTable.participations.column(\Participation.id)
    let activityID = ExchangeTable.participations.column(\Participation.activity)
    let personID = ExchangeTable.participations.column(\Participation.person)
    let organisationID = ExchangeTable.participations.column(\Participation.organisation)
    let role = ExchangeTable.participations.column(\Participation.role)
    let status = ExchangeTable.participations.column(\Participation.status)
    let hours = ExchangeTable.participations.column(\Participation.hours)
    let completed = ExchangeTable.participations.column(\Participation.completed)
    let evidence = ExchangeTable.participations.column(\Participation.evidence)
    var all: [ExchangeColumn] {
        [id, activityID, personID, organisationID, role, status, hours, completed, evidence]
    }
}

struct JobColumn: Sendable {
    /// The columns, resolved once.
    static let shared = JobColumn()
    let id = ExchangeTable.jobs.column(\Job.id)
    let organisationID = ExchangeTable.jobs.column(\Job.organisation)
    let personID = ExchangeTable.jobs.column(\Job.person)
    let kind = ExchangeTable.jobs.column(\Job.kind)
    let startDate = ExchangeTable.jobs.column(\Job.startDate)
    let fte = ExchangeTable.jobs.column(\Job.fte)
    let evidence = ExchangeTable.jobs.column(\Job.evidence)
    var all: [ExchangeColumn] { [id, organisationID, personID, kind, startDate, fte, evidence] }
}

struct ProductColumn: Sendable {
    /// The columns, resolved once.
    static let shared = ProductColumn()
    let id = ExchangeTable.products.column(\Product.id)
    let organisationID = ExchangeTable.products.column(\Product.organisation)
    let name = ExchangeTable.products.column(\Product.name)
    let kind = ExchangeTable.products.column(\Product.kind)
    let stage = ExchangeTable.products.column(\Product.stage)
    let supportedOn = ExchangeTable.products.column(\Product.supportedOn)
    let evidence = ExchangeTable.products.column(\Product.evidence)
    var all: [ExchangeColumn] { [id, organisationID, name, kind, stage, supportedOn, evidence] }
}

struct DevelopmentPlanColumn: Sendable {
    /// The columns, resolved once.
    static let shared = DevelopmentPlanColumn()
    let id = ExchangeTable.developmentPlans.column(\DevelopmentPlan.id)
    let organisationID = ExchangeTable.developmentPlans.column(\DevelopmentPlan.organisation)
    let partnerID = ExchangeTable.developmentPlans.column(\DevelopmentPlan.partner)
    let diagnosedOn = ExchangeTable.developmentPlans.column(\DevelopmentPlan.diagnosedOn)
    let planAdoptedOn = ExchangeTable.developmentPlans.column(\DevelopmentPlan.planAdoptedOn)
    let evidence = ExchangeTable.developmentPlans.column(\DevelopmentPlan.evidence)
    var all: [ExchangeColumn] { [id, organisationID, partnerID, diagnosedOn, planAdoptedOn, evidence] }
}

struct SupportProgrammeColumn: Sendable {
    /// The columns, resolved once.
    static let shared = SupportProgrammeColumn()
    let id = ExchangeTable.supportProgrammes.column(\SupportProgramme.id)
    let title = ExchangeTable.supportProgrammes.column(\SupportProgramme.title)
    let approvedOn = ExchangeTable.supportProgrammes.column(\SupportProgramme.approvedOn)
    let materials = ExchangeTable.supportProgrammes.column(\SupportProgramme.materials)
    let evidence = ExchangeTable.supportProgrammes.column(\SupportProgramme.evidence)
    var all: [ExchangeColumn] { [id, title, approvedOn, materials, evidence] }
}

struct MilestoneColumn: Sendable {
    /// The columns, resolved once.
    static let shared = MilestoneColumn()
    let id = ExchangeTable.milestones.column(\Milestone.id)
    let output = ExchangeTable.milestones.column(\Milestone.output)
    let title = ExchangeTable.milestones.column(\Milestone.title)
    let achievedOn = ExchangeTable.milestones.column(\Milestone.achievedOn)
    let evidence = ExchangeTable.milestones.column(\Milestone.evidence)
    var all: [ExchangeColumn] { [id, output, title, achievedOn, evidence] }
}
