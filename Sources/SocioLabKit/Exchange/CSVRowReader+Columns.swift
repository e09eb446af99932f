/// The columns the row readers read, and the reading of the others through their schema fields.
extension CSVRowReader {
    /// Reads the columns of the file that the table's reader does not read itself (``CSVColumnMap/extra``)
    /// through their schema fields.
    mutating func readExtra<E>(_ layout: ExchangeLayout<E>, into entity: inout E) {
        for column in map.extra {
            if case .field(let field) = layout.columns[column.index] { field.read(&self, column, &entity) }
        }
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
        case .organisations: OrganisationColumn.all
        case .persons: PersonColumn.all
        case .infoPoints: InfoPointColumn.all
        case .activities: ActivityColumn.all
        case .participations: ParticipationColumn.all
        case .jobs: JobColumn.all
        case .products: ProductColumn.all
        case .developmentPlans: DevelopmentPlanColumn.all
        case .supportProgrammes: SupportProgrammeColumn.all
        case .milestones: MilestoneColumn.all
        }
    }
}

/// The columns each row reader reads, found in its table's layout by the model field they fill (the
/// names and order are the schema's).
enum OrganisationColumn {
    static let id = ExchangeTable.organisations.column(\Organisation.id)
    static let name = ExchangeTable.organisations.column(\Organisation.name)
    static let legalForm = ExchangeTable.organisations.column(\Organisation.legalForm)
    static let socialEnterprise = ExchangeTable.organisations.column(\Organisation.socialEnterprise)
    static let registrationNumber = ExchangeTable.organisations.column(\Organisation.registrationNumber)
    static let taxNumber = ExchangeTable.organisations.column(\Organisation.taxNumber)
    static let municipality = ExchangeTable.organisations.column(\Organisation.municipality)
    static let stage = ExchangeTable.organisations.column(\Organisation.stage)
    static let all = [
        id, name, legalForm, socialEnterprise, registrationNumber, taxNumber, municipality, stage,
    ]
}

enum PersonColumn {
    static let id = ExchangeTable.persons.column(\Person.id)
    static let givenName = ExchangeTable.persons.column(\PersonalDetails.givenName)
    static let familyName = ExchangeTable.persons.column(\PersonalDetails.familyName)
    static let emso = ExchangeTable.persons.column(\PersonalDetails.emso)
    static let email = ExchangeTable.persons.column(\PersonalDetails.email)
    static let gender = ExchangeTable.persons.column(\Person.gender)
    static let birthDate = ExchangeTable.persons.column(\Person.birthDate)
    static let municipality = ExchangeTable.persons.column(\Person.municipality)
    static let employmentStatus = ExchangeTable.persons.column(\Person.employmentStatus)
    static let isced = ExchangeTable.persons.column(\Person.isced)
    static let migrantMinority = ExchangeTable.persons.column(\Person.migrantOrMinority)
    static let disability = ExchangeTable.persons.column(\Person.disability)
    static let otherDisadvantaged = ExchangeTable.persons.column(\Person.otherDisadvantaged)
    static let homeless = ExchangeTable.persons.column(\Person.homeless)
    static let rural = ExchangeTable.persons.column(\Person.rural)
    static let targetGroups = ExchangeTable.persons.column(\Person.targetGroups)
    static let consentDate = ExchangeTable.persons.column(\Person.consent.givenOn)
    static let consentWithdrawn = ExchangeTable.persons.column(\Person.consent.withdrawnOn)
    static let organisationID = ExchangeTable.persons.column(\Person.organisation)
    static let entryDate = ExchangeTable.persons.column(\Person.entryDate)
    static let phone = ExchangeTable.persons.column(\PersonalDetails.phone)
    static let all = [
        id, givenName, familyName, emso, email, gender, birthDate, municipality, employmentStatus, isced,
        migrantMinority, disability, otherDisadvantaged, homeless, rural, targetGroups, consentDate,
        consentWithdrawn, organisationID, entryDate, phone,
    ]
}

enum InfoPointColumn {
    static let id = ExchangeTable.infoPoints.column(\InfoPoint.id)
    static let name = ExchangeTable.infoPoints.column(\InfoPoint.name)
    static let municipality = ExchangeTable.infoPoints.column(\InfoPoint.municipality)
    static let hostPartner = ExchangeTable.infoPoints.column(\InfoPoint.hostPartner)
    static let openedOn = ExchangeTable.infoPoints.column(\InfoPoint.openedOn)
    static let closedOn = ExchangeTable.infoPoints.column(\InfoPoint.closedOn)
    static let all = [id, name, municipality, hostPartner, openedOn, closedOn]
}

enum ActivityColumn {
    static let id = ExchangeTable.activities.column(\Activity.id)
    static let kind = ExchangeTable.activities.column(\Activity.kind)
    static let title = ExchangeTable.activities.column(\Activity.title)
    static let pillar = ExchangeTable.activities.column(\Activity.pillar)
    static let partners = ExchangeTable.activities.column(\Activity.partners)
    static let infoPoint = ExchangeTable.activities.column(\Activity.infoPoint)
    static let municipality = ExchangeTable.activities.column(\Activity.municipality)
    static let startDate = ExchangeTable.activities.column(\Activity.startDate)
    static let endDate = ExchangeTable.activities.column(\Activity.endDate)
    static let status = ExchangeTable.activities.column(\Activity.status)
    static let details = ExchangeTable.activities.column(\Activity.details)
    static let all = [
        id, kind, title, pillar, partners, infoPoint, municipality, startDate, endDate, status, details,
    ]
}

enum ParticipationColumn {
    static let id = ExchangeTable.participations.column(\Participation.id)
    static let activityID = ExchangeTable.participations.column(\Participation.activity)
    static let personID = ExchangeTable.participations.column(\Participation.person)
    static let organisationID = ExchangeTable.participations.column(\Participation.organisation)
    static let role = ExchangeTable.participations.column(\Participation.role)
    static let status = ExchangeTable.participations.column(\Participation.status)
    static let hours = ExchangeTable.participations.column(\Participation.hours)
    static let completed = ExchangeTable.participations.column(\Participation.completed)
    static let evidence = ExchangeTable.participations.column(\Participation.evidence)
    static let all = [id, activityID, personID, organisationID, role, status, hours, completed, evidence]
}

enum JobColumn {
    static let id = ExchangeTable.jobs.column(\Job.id)
    static let organisationID = ExchangeTable.jobs.column(\Job.organisation)
    static let personID = ExchangeTable.jobs.column(\Job.person)
    static let kind = ExchangeTable.jobs.column(\Job.kind)
    static let startDate = ExchangeTable.jobs.column(\Job.startDate)
    static let fte = ExchangeTable.jobs.column(\Job.fte)
    static let evidence = ExchangeTable.jobs.column(\Job.evidence)
    static let all = [id, organisationID, personID, kind, startDate, fte, evidence]
}

enum ProductColumn {
    static let id = ExchangeTable.products.column(\Product.id)
    static let organisationID = ExchangeTable.products.column(\Product.organisation)
    static let name = ExchangeTable.products.column(\Product.name)
    static let kind = ExchangeTable.products.column(\Product.kind)
    static let stage = ExchangeTable.products.column(\Product.stage)
    static let supportedOn = ExchangeTable.products.column(\Product.supportedOn)
    static let evidence = ExchangeTable.products.column(\Product.evidence)
    static let all = [id, organisationID, name, kind, stage, supportedOn, evidence]
}

enum DevelopmentPlanColumn {
    static let id = ExchangeTable.developmentPlans.column(\DevelopmentPlan.id)
    static let organisationID = ExchangeTable.developmentPlans.column(\DevelopmentPlan.organisation)
    static let partnerID = ExchangeTable.developmentPlans.column(\DevelopmentPlan.partner)
    static let diagnosedOn = ExchangeTable.developmentPlans.column(\DevelopmentPlan.diagnosedOn)
    static let planAdoptedOn = ExchangeTable.developmentPlans.column(\DevelopmentPlan.planAdoptedOn)
    static let evidence = ExchangeTable.developmentPlans.column(\DevelopmentPlan.evidence)
    static let all = [id, organisationID, partnerID, diagnosedOn, planAdoptedOn, evidence]
}

enum SupportProgrammeColumn {
    static let id = ExchangeTable.supportProgrammes.column(\SupportProgramme.id)
    static let title = ExchangeTable.supportProgrammes.column(\SupportProgramme.title)
    static let approvedOn = ExchangeTable.supportProgrammes.column(\SupportProgramme.approvedOn)
    static let materials = ExchangeTable.supportProgrammes.column(\SupportProgramme.materials)
    static let evidence = ExchangeTable.supportProgrammes.column(\SupportProgramme.evidence)
    static let all = [id, title, approvedOn, materials, evidence]
}

enum MilestoneColumn {
    static let id = ExchangeTable.milestones.column(\Milestone.id)
    static let output = ExchangeTable.milestones.column(\Milestone.output)
    static let title = ExchangeTable.milestones.column(\Milestone.title)
    static let achievedOn = ExchangeTable.milestones.column(\Milestone.achievedOn)
    static let evidence = ExchangeTable.milestones.column(\Milestone.evidence)
    static let all = [id, output, title, achievedOn, evidence]
}
