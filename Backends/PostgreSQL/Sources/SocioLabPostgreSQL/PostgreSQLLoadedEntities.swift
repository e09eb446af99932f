import SocioLabKit

/// The entities a load has read, gathered per kind so that the dataset is built in bulk
/// (``SocioLabKit/Dataset/init(operation:organisations:persons:personalDetails:infoPoints:activities:participations:jobs:products:developmentPlans:supportProgrammes:milestones:budgetLines:costItems:paymentClaims:paymentClaimItems:)``:
/// tables and indexes sized once and built in parallel) rather than record by record.
///
/// The `switch` over ``SocioLabKit/EntityRecord`` is exhaustive, so a new entity kind fails to compile here
/// until it is gathered too; it cannot be dropped on load unnoticed.
struct PostgreSQLLoadedEntities {
    private var organisations: [Organisation] = []
    private var persons: [Person] = []
    private var personalDetails: [PersonalDetails] = []
    private var infoPoints: [InfoPoint] = []
    private var activities: [Activity] = []
    private var participations: [Participation] = []
    private var jobs: [Job] = []
    private var products: [Product] = []
    private var developmentPlans: [DevelopmentPlan] = []
    private var supportProgrammes: [SupportProgramme] = []
    private var milestones: [Milestone] = []
    private var budgetLines: [BudgetLine] = []
    private var costItems: [CostItem] = []
    private var paymentClaims: [PaymentClaim] = []
    private var paymentClaimItems: [PaymentClaimItem] = []

    /// Adds one entity.
    mutating func add(_ record: EntityRecord) {
        switch record {
        case .organisation(let entity): organisations.append(entity)
        case .person(let entity): persons.append(entity)
        case .personalDetails(let entity): personalDetails.append(entity)
        case .infoPoint(let entity): infoPoints.append(entity)
        case .activity(let entity): activities.append(entity)
        case .participation(let entity): participations.append(entity)
        case .job(let entity): jobs.append(entity)
        case .product(let entity): products.append(entity)
        case .developmentPlan(let entity): developmentPlans.append(entity)
        case .supportProgramme(let entity): supportProgrammes.append(entity)
        case .milestone(let entity): milestones.append(entity)
        case .budgetLine(let entity): budgetLines.append(entity)
        case .costItem(let entity): costItems.append(entity)
        case .paymentClaim(let entity): paymentClaims.append(entity)
        case .paymentClaimItem(let entity): paymentClaimItems.append(entity)
        }
    }

    /// The dataset of the operation and the entities gathered, built in bulk.
    /// - Complexity: O(n) in the entities.
    consuming func dataset(of operation: ESFOperation) -> Dataset {
        Dataset(
            operation: operation, organisations: organisations, persons: persons,
            personalDetails: personalDetails,
            infoPoints: infoPoints, activities: activities, participations: participations, jobs: jobs,
            products: products, developmentPlans: developmentPlans, supportProgrammes: supportProgrammes,
            milestones: milestones, budgetLines: budgetLines, costItems: costItems,
            paymentClaims: paymentClaims,
            paymentClaimItems: paymentClaimItems)
    }
}
