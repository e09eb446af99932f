extension Dataset {
    /// The records of one kind, sorted by id.
    func records(of kind: EntityKind) -> [EntityRecord] {
        switch kind {
        case .organisation: organisations.sortedByID.map(\.record)
        case .person: persons.sortedByID.map(\.record)
        case .personalDetails: personalDetails.sortedByID.map(\.record)
        case .infoPoint: infoPoints.sortedByID.map(\.record)
        case .activity: activities.sortedByID.map(\.record)
        case .participation: participations.sortedByID.map(\.record)
        case .job: jobs.sortedByID.map(\.record)
        case .product: products.sortedByID.map(\.record)
        case .developmentPlan: developmentPlans.sortedByID.map(\.record)
        case .supportProgramme: supportProgrammes.sortedByID.map(\.record)
        case .milestone: milestones.sortedByID.map(\.record)
        }
    }
}
