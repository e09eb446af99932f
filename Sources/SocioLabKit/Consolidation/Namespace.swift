/// Rewrites a package's ids into the consolidated store's: the partner's own records get its namespace
/// (`citilab:a1`), references to organisations follow the matching, persons keep their tokens.
struct Namespace {
    /// The kinds whose ids are namespaced, in the order they may refer to each other.
    static let kinds: [EntityKind] = [
        .organisation, .activity, .participation, .job, .product, .developmentPlan, .budgetLine, .costItem,
        .paymentClaim, .paymentClaimItem,
    ]

    /// The partner.
    let partner: Partner.ID
    /// Each package organisation's consolidated id (namespaced or matched).
    let organisations: [Organisation.ID: Organisation.ID]
    /// The plugins, whose reference detail fields (``Activity/DetailField/ValueType/reference``) may name
    /// organisations, such as a mentoring's mentee organisation or a competition's winners.
    let plugins: PluginRegistry

    private func own<T>(_ id: EntityID<T>) -> EntityID<T> {
        EntityID(ConsolidationPlan.namespaced(id.rawValue, partner: partner))
    }

    private func organisation(_ id: Organisation.ID) -> Organisation.ID { organisations[id] ?? own(id) }

    /// The record with its id and references in the consolidated store's terms.
    func map(_ record: EntityRecord) -> EntityRecord {
        switch record {
        case .organisation(var organisation):
            organisation.id = self.organisation(organisation.id)
            return .organisation(organisation)
        case .person(var person):
            person.organisation = person.organisation.map(self.organisation)
            return .person(person)
        case .activity(var activity):
            activity.id = own(activity.id)
            activity.details = mappingDetails(of: activity)
            return .activity(activity)
        case .participation(var participation):
            participation.id = own(participation.id)
            participation.activity = own(participation.activity)
            participation.organisation = participation.organisation.map(self.organisation)
            return .participation(participation)
        case .job(var job):
            job.id = own(job.id)
            job.organisation = self.organisation(job.organisation)
            return .job(job)
        case .product(var product):
            product.id = own(product.id)
            product.organisation = self.organisation(product.organisation)
            return .product(product)
        case .developmentPlan(var plan):
            plan.id = own(plan.id)
            plan.organisation = self.organisation(plan.organisation)
            return .developmentPlan(plan)
        case .budgetLine(var line):
            line.id = own(line.id)
            return .budgetLine(line)
        case .costItem(var cost):
            cost.id = own(cost.id)
            cost.activity = cost.activity.map(own)
            return .costItem(cost)
        case .paymentClaim(var claim):
            claim.id = own(claim.id)
            return .paymentClaim(claim)
        case .paymentClaimItem(var item):
            item.id = own(item.id)
            item.claim = own(item.claim)
            item.costItem = own(item.costItem)
            return .paymentClaimItem(item)
        case .personalDetails, .infoPoint, .supportProgramme, .milestone:
            return record
        }
    }

    /// An activity's details with each organisation its plugin's reference fields name mapped.
    private func mappingDetails(of activity: Activity) -> JSONValue {
        guard let fields = plugins.plugin(for: activity.kind)?.detailFields,
            case .object(var members) = activity.details
        else { return activity.details }
        func mapped(_ value: JSONValue) -> JSONValue {
            guard case .string(let id) = value, let organisation = organisations[Organisation.ID(id)] else {
                return value
            }
            return .string(organisation.rawValue)
        }
        for field in fields where field.type == .reference || field.type == .references {
            switch members[field.name] {
            case .string?: members[field.name] = mapped(members[field.name]!)
            case .array(let items)?: members[field.name] = .array(items.map(mapped))
            default: continue
            }
        }
        return .object(members)
    }
}
