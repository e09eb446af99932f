/// The row readers of the ten tables: each reads its columns in contract order and emits its records.
extension CSVRowReader {
    static let genders = ChoiceTable<Gender>(
        [
            ("f", .female), ("m", .male), ("x", .nonBinary), ("u", .undisclosed),
            ("female", .female), ("male", .male), ("non_binary", .nonBinary), ("undisclosed", .undisclosed),
            ("ž", .female), ("z", .female),
        ], shown: "f, m, x or u")
    static let employmentStatuses = cases(EmploymentStatus.self)
    static let sensitiveAnswers = ChoiceTable<SensitiveAnswer>(
        SensitiveAnswer.allCases.map { ($0.rawValue, $0) } + [("da", .yes), ("ne", .no)],
        shown: "yes, no or refused")
    static let organisationStages = cases(OrganisationStage.self)
    static let activityStatuses = cases(ActivityStatus.self)
    static let participationStatuses = cases(ParticipationStatus.self)
    static let jobKinds = cases(JobKind.self)
    static let productKinds = cases(ProductKind.self)

    /// A table of a string enumeration's raw values.
    static func cases<T: RawRepresentable & CaseIterable & Sendable>(_ type: T.Type) -> ChoiceTable<T>
    where T.RawValue == String {
        ChoiceTable(T.allCases.map { ($0.rawValue, $0) }, shown: listed(T.self))
    }

    static func listed<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String
    where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    /// Reads the current row with the table's reader.
    mutating func readRow() {
        switch map.table {
        case .organisations: organisation()
        case .persons: person()
        case .infoPoints: infoPoint()
        case .activities: activity()
        case .participations: participation()
        case .jobs: job()
        case .products: product()
        case .developmentPlans: developmentPlan()
        case .supportProgrammes: supportProgramme()
        case .milestones: milestone()
        }
    }

    mutating func organisation() {
        typealias C = OrganisationColumn
        let id = id(C.id)
        let name = requiredText(C.name)
        var legalForm: LegalForm?
        if let cell = requiredCode(C.legalForm) {
            legalForm = LegalForm(parsing: cell)
            if legalForm == nil {
                fail(
                    C.legalForm, .importUnknownCode,
                    "'\(cell)' is not a legal form; write one of "
                        + LegalForm.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
        }
        let socialEnterprise = bool(C.socialEnterprise)
        let registration = identifier(C.registrationNumber) { text throws(IdentifierError) in
            try RegistrationNumber(text)
        }
        let tax = identifier(C.taxNumber) { text throws(IdentifierError) in try TaxNumber(text) }
        let municipality = municipality(C.municipality)
        let stage = choice(C.stage, Self.organisationStages)
        guard !failed, let id, let name, let legalForm else { return }
        var entity = Organisation(
            id: .init(id), name: name, legalForm: legalForm, socialEnterprise: socialEnterprise ?? false,
            registrationNumber: registration, taxNumber: tax, municipality: municipality, stage: stage
        )
        readExtra(ExchangeLayouts.organisations, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    mutating func person() {
        typealias C = PersonColumn
        let id = id(C.id)
        let givenName = text(C.givenName)
        let familyName = text(C.familyName)
        let emso = identifier(C.emso) { text throws(IdentifierError) in try EMSO(text) }
        let email = text(C.email)
        let gender = choice(C.gender, Self.genders)
        let birthDate = day(C.birthDate)
        let municipality = municipality(C.municipality)
        let employment = choice(C.employmentStatus, Self.employmentStatuses)
        let isced = integer(C.isced, in: 0...8, shown: "an ISCED level from 0 to 8")
        let migrant = choice(C.migrantMinority, Self.sensitiveAnswers)
        let disability = choice(C.disability, Self.sensitiveAnswers)
        let other = choice(C.otherDisadvantaged, Self.sensitiveAnswers)
        let homeless = bool(C.homeless)
        let rural = bool(C.rural)
        let groups = codes(
            C.targetGroups, in: context.targetGroupIDs, what: "a target group of the operation")
        let consentDate = day(C.consentDate)
        let withdrawn = day(C.consentWithdrawn)
        let organisation = code(C.organisationID)
        let entryDate = day(C.entryDate)
        let phone = text(C.phone)
        guard !failed, let id else { return }
        var entity = Person(
            id: .init(id), gender: gender, birthDate: birthDate, employmentStatus: employment,
            isced: isced,
            migrantOrMinority: migrant, disability: disability, otherDisadvantaged: other,
            homeless: homeless,
            rural: rural, targetGroups: groups.map { .init($0) }, municipality: municipality,
            organisation: organisation.map { .init($0) }, entryDate: entryDate,
            consent: Consent(givenOn: consentDate, withdrawnOn: withdrawn)
        )
        readExtra(ExchangeLayouts.persons, into: &entity)
        var details: PersonalDetails?
        if map.hasPersonalDetails {
            details = PersonalDetails(
                person: .init(id), givenName: givenName, familyName: familyName, email: email, phone: phone,
                emso: emso)
            readExtraDetails(ExchangeLayouts.persons, into: &details!)
        }
        guard !failed else { return }
        emit(entity.record)
        if let details { emit(details.record, slot: 1) }
    }

    mutating func infoPoint() {
        typealias C = InfoPointColumn
        let id = id(C.id)
        let name = requiredText(C.name)
        let municipality = municipality(C.municipality)
        let host = code(
            C.hostPartner, in: context.partnerIDs, what: "a partner of the operation", required: true)
        let opened = day(C.openedOn)
        let closed = day(C.closedOn)
        guard !failed, let id, let name, let host else { return }
        emit(
            InfoPoint(
                id: .init(id), name: name, municipality: municipality, hostPartner: .init(host),
                openedOn: opened,
                closedOn: closed
            ).record)
    }

    mutating func activity() {
        typealias C = ActivityColumn
        let id = id(C.id)
        let kind = requiredCode(C.kind)
        let title = requiredText(C.title)
        let pillar = integer(C.pillar, in: 1...3, shown: "the pillar 1, 2 or 3")
        let partners = codes(C.partners, in: context.partnerIDs, what: "a partner of the operation")
        let infoPoint = code(C.infoPoint)
        let municipality = municipality(C.municipality)
        let start = requiredDay(C.startDate)
        let end = day(C.endDate)
        let status = choice(C.status, Self.activityStatuses)
        if status == nil, !failed, withCode(C.status, { _ in true }) == nil { missingValue(C.status) }
        let details = json(C.details)
        guard !failed, let id, let kind, let title, let start, let status, let details else { return }
        var entity = Activity(
            id: .init(id), kind: ActivityKind(rawValue: kind), title: title, pillar: pillar,
            partners: partners.map { .init($0) }, infoPoint: infoPoint.map { .init($0) },
            municipality: municipality, startDate: start, endDate: end, status: status, details: details
        )
        readExtra(ExchangeLayouts.activities, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    mutating func participation() {
        typealias C = ParticipationColumn
        let id = id(C.id)
        let activity = requiredCode(C.activityID)
        let person = code(C.personID)
        let organisation = code(C.organisationID)
        let role = code(C.role)
        let status = requiredChoice(C.status, Self.participationStatuses)
        let hours = quantity(C.hours)
        let completed = bool(C.completed)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let activity, let status else { return }
        var entity = Participation(
            id: .init(id), activity: .init(activity), person: person.map { .init($0) },
            organisation: organisation.map { .init($0) },
            role: role.map { ParticipationRole(rawValue: $0) } ?? .participant, status: status,
            hours: hours,
            completed: completed, evidence: evidence
        )
        readExtra(ExchangeLayouts.participations, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    mutating func job() {
        typealias C = JobColumn
        let id = id(C.id)
        let organisation = requiredCode(C.organisationID)
        let person = code(C.personID)
        let kind = requiredChoice(C.kind, Self.jobKinds)
        let start = requiredDay(C.startDate)
        var fte: Quantity?
        if withCode(C.fte, { _ in true }) == nil { missingValue(C.fte) } else { fte = quantity(C.fte) }
        let evidence = evidence(C.evidence)
        guard !failed, let id, let organisation, let kind, let start, let fte else { return }
        var entity = Job(
            id: .init(id), organisation: .init(organisation), person: person.map { .init($0) },
            kind: kind,
            startDate: start, fte: fte, evidence: evidence
        )
        readExtra(ExchangeLayouts.jobs, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    mutating func product() {
        typealias C = ProductColumn
        let id = id(C.id)
        let organisation = requiredCode(C.organisationID)
        let name = requiredText(C.name)
        let kind = choice(C.kind, Self.productKinds)
        let stage = text(C.stage)
        let supported = day(C.supportedOn)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let organisation, let name else { return }
        var entity = Product(
            id: .init(id), organisation: .init(organisation), name: name, kind: kind ?? .product,
            stage: stage,
            supportedOn: supported, evidence: evidence
        )
        readExtra(ExchangeLayouts.products, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    mutating func developmentPlan() {
        typealias C = DevelopmentPlanColumn
        let id = id(C.id)
        let organisation = requiredCode(C.organisationID)
        let partner = code(
            C.partnerID, in: context.partnerIDs, what: "a partner of the operation", required: true)
        let diagnosed = day(C.diagnosedOn)
        let adopted = day(C.planAdoptedOn)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let organisation, let partner else { return }
        var entity = DevelopmentPlan(
            id: .init(id), organisation: .init(organisation), partner: .init(partner),
            diagnosedOn: diagnosed,
            planAdoptedOn: adopted, evidence: evidence
        )
        readExtra(ExchangeLayouts.developmentPlans, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    mutating func supportProgramme() {
        typealias C = SupportProgrammeColumn
        let id = id(C.id)
        let title = requiredText(C.title)
        let approved = day(C.approvedOn)
        let materials = list(C.materials)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let title else { return }
        var entity = SupportProgramme(
            id: .init(id), title: title, approvedOn: approved, materials: materials, evidence: evidence
        )
        readExtra(ExchangeLayouts.supportProgrammes, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    mutating func milestone() {
        typealias C = MilestoneColumn
        let id = id(C.id)
        let output = code(C.output, in: context.outputIDs, what: "an output of the operation", required: true)
        let title = requiredText(C.title)
        let achieved = day(C.achievedOn)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let output, let title else { return }
        var entity = Milestone(
            id: .init(id), output: OutputID(rawValue: output), title: title, achievedOn: achieved,
            evidence: evidence
        )
        readExtra(ExchangeLayouts.milestones, into: &entity)
        guard !failed else { return }
        emit(entity.record)
    }

    /// A required value from a fixed list.
    mutating func requiredChoice<T>(_ column: ExchangeColumn, _ options: ChoiceTable<T>) -> T? {
        guard withCode(column, { _ in true }) != nil else {
            missingValue(column)
            return nil
        }
        return choice(column, options)
    }

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

    /// Reports an empty required cell.
    mutating func missingValue(_ column: ExchangeColumn) {
        fail(column, .importMissingValue, "The \(column.name) is empty; every row needs one.")
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
