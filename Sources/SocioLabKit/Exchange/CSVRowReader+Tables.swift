/// The row readers of the ten tables: each reads its columns in contract order and emits its records.
extension CSVRowReader {
    static let genders = ChoiceTable.of(Gender.self, spell: \.exchangeCode)
    static let employmentStatuses = ChoiceTable.of(EmploymentStatus.self)
    static let sensitiveAnswers = ChoiceTable.of(SensitiveAnswer.self)
    static let organisationStages = ChoiceTable.of(OrganisationStage.self)
    static let activityStatuses = ChoiceTable.of(ActivityStatus.self)
    static let participationStatuses = ChoiceTable.of(ParticipationStatus.self)
    static let participationRoles = ChoiceTable.of(ParticipationRole.self)
    static let jobKinds = ChoiceTable.of(JobKind.self)
    static let productKinds = ChoiceTable.of(ProductKind.self)
    static let legalForms = ChoiceTable.of(LegalForm.self)

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
        case .budgetLines: throughSchema(ExchangeLayouts.budgetLines, BudgetLine.blank)
        case .costItems: throughSchema(ExchangeLayouts.costItems, CostItem.blank)
        case .paymentClaims: throughSchema(ExchangeLayouts.paymentClaims, PaymentClaim.blank)
        case .paymentClaimItems: throughSchema(ExchangeLayouts.paymentClaimItems, PaymentClaimItem.blank)
        }
    }

    mutating func organisation() {
        let C = OrganisationColumn.shared
        let id = id(C.id)
        let name = requiredText(C.name)
        var legalForm: LegalForm?
        if let cell = requiredCode(C.legalForm) {
            legalForm = LegalForm(parsing: cell)
            if legalForm == nil {
                fail(C.legalForm, .importUnknownCode, Self.legalForms.refusal(cell, column: C.legalForm.name))
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
        let entity = Organisation(
            id: .init(id), name: name, legalForm: legalForm, socialEnterprise: socialEnterprise ?? false,
            registrationNumber: registration, taxNumber: tax, municipality: municipality, stage: stage
        )
        finish(entity, ExchangeLayouts.organisations)
    }

    mutating func person() {
        let C = PersonColumn.shared
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
        let C = InfoPointColumn.shared
        let id = id(C.id)
        let name = requiredText(C.name)
        let municipality = municipality(C.municipality)
        let host = code(
            C.hostPartner, in: context.partnerIDs, what: "a partner of the operation", required: true)
        let opened = day(C.openedOn)
        let closed = day(C.closedOn)
        guard !failed, let id, let name, let host else { return }
        let entity = InfoPoint(
            id: .init(id), name: name, municipality: municipality, hostPartner: .init(host), openedOn: opened,
            closedOn: closed
        )
        finish(entity, ExchangeLayouts.infoPoints)
    }

    mutating func activity() {
        let C = ActivityColumn.shared
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
        if status == nil, !failed, isBlank(C.status) { missingValue(C.status) }
        var details = json(C.details)
        if !map.detailPositions.isEmpty, let kind, let cell = details {
            details = addingDetailColumns(
                to: cell, kind: ActivityKind(rawValue: kind), detailsColumn: C.details)
        }
        guard !failed, let id, let kind, let title, let start, let status, let details else { return }
        let entity = Activity(
            id: .init(id), kind: ActivityKind(rawValue: kind), title: title, pillar: pillar,
            partners: partners.map { .init($0) }, infoPoint: infoPoint.map { .init($0) },
            municipality: municipality, startDate: start, endDate: end, status: status, details: details
        )
        finish(entity, ExchangeLayouts.activities)
    }

    mutating func participation() {
        let C = ParticipationColumn.shared
        let id = id(C.id)
        let activity = requiredCode(C.activityID)
        let person = code(C.personID)
        let organisation = code(C.organisationID)
        let role = role(C.role)
        let status = requiredChoice(C.status, Self.participationStatuses)
        let hours = quantity(C.hours)
        let completed = bool(C.completed)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let activity, let status else { return }
        let entity = Participation(
            id: .init(id), activity: .init(activity), person: person.map { .init($0) },
            organisation: organisation.map { .init($0) },
            role: role ?? .participant, status: status,
            hours: hours,
            completed: completed, evidence: evidence
        )
        finish(entity, ExchangeLayouts.participations)
    }

    mutating func job() {
        let C = JobColumn.shared
        let id = id(C.id)
        let organisation = requiredCode(C.organisationID)
        let person = code(C.personID)
        let kind = requiredChoice(C.kind, Self.jobKinds)
        let start = requiredDay(C.startDate)
        var fte: Quantity?
        if isBlank(C.fte) { missingValue(C.fte) } else { fte = quantity(C.fte) }
        let evidence = evidence(C.evidence)
        guard !failed, let id, let organisation, let kind, let start, let fte else { return }
        let entity = Job(
            id: .init(id), organisation: .init(organisation), person: person.map { .init($0) },
            kind: kind,
            startDate: start, fte: fte, evidence: evidence
        )
        finish(entity, ExchangeLayouts.jobs)
    }

    mutating func product() {
        let C = ProductColumn.shared
        let id = id(C.id)
        let organisation = requiredCode(C.organisationID)
        let name = requiredText(C.name)
        let kind = choice(C.kind, Self.productKinds)
        let stage = text(C.stage)
        let supported = day(C.supportedOn)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let organisation, let name else { return }
        let entity = Product(
            id: .init(id), organisation: .init(organisation), name: name, kind: kind ?? .product,
            stage: stage,
            supportedOn: supported, evidence: evidence
        )
        finish(entity, ExchangeLayouts.products)
    }

    mutating func developmentPlan() {
        let C = DevelopmentPlanColumn.shared
        let id = id(C.id)
        let organisation = requiredCode(C.organisationID)
        let partner = code(
            C.partnerID, in: context.partnerIDs, what: "a partner of the operation", required: true)
        let diagnosed = day(C.diagnosedOn)
        let adopted = day(C.planAdoptedOn)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let organisation, let partner else { return }
        let entity = DevelopmentPlan(
            id: .init(id), organisation: .init(organisation), partner: .init(partner),
            diagnosedOn: diagnosed,
            planAdoptedOn: adopted, evidence: evidence
        )
        finish(entity, ExchangeLayouts.developmentPlans)
    }

    mutating func supportProgramme() {
        let C = SupportProgrammeColumn.shared
        let id = id(C.id)
        let title = requiredText(C.title)
        let approved = day(C.approvedOn)
        let materials = list(C.materials)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let title else { return }
        let entity = SupportProgramme(
            id: .init(id), title: title, approvedOn: approved, materials: materials, evidence: evidence
        )
        finish(entity, ExchangeLayouts.supportProgrammes)
    }

    mutating func milestone() {
        let C = MilestoneColumn.shared
        let id = id(C.id)
        let output = code(C.output, in: context.outputIDs, what: "an output of the operation", required: true)
        let title = requiredText(C.title)
        let achieved = day(C.achievedOn)
        let evidence = evidence(C.evidence)
        guard !failed, let id, let output, let title else { return }
        let entity = Milestone(
            id: .init(id), output: OutputID(rawValue: output), title: title, achievedOn: achieved,
            evidence: evidence
        )
        finish(entity, ExchangeLayouts.milestones)
    }
}
