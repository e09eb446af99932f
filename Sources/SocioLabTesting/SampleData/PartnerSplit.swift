import SocioLabKit

/// A dataset divided among partners as if each kept its own store: what the consolidation tests and the
/// `Partners` example start from (`Documentation/Partners-Consolidation.md`).
///
/// Each activity goes to its first responsible partner among `partners` (else to one picked from its id),
/// with its participations. A person goes to every partner whose activities they took part in — so a
/// person trained by two partners is in both stores, with the same statistics and details — and an
/// organisation to every partner whose records refer to it. Jobs, products and development plans go to
/// one partner each (a plan to its own partner when it is one of them); budget lines, cost items and
/// payment claims (with their items) to their partner; info points, the support programme and milestones,
/// which belong to the operation, go to all.
///
/// A person with no EMŠO and no name and birth date cannot be recognised across stores, so such a person
/// stays with one partner and their participations in other partners' activities are left out; ``whole``
/// is the dataset without them — the one store the consolidated stores must report the same as.
public struct PartnerSplit: Sendable {
    /// Each partner's dataset, in the order of the partners given.
    public var parts: [(partner: Partner.ID, dataset: Dataset)]
    /// The input without the participations left out (see the type's description).
    public var whole: Dataset

    /// Splits a dataset among partners.
    /// - Parameters:
    ///   - dataset: The dataset (its organisations need registration or tax numbers to be matched).
    ///   - partners: The partners, at least one.
    /// - Complexity: O(*n* · *p*) in the records and the partners.
    public init(_ dataset: Dataset, among partners: [Partner.ID]) {
        precondition(!partners.isEmpty, "Split among at least one partner.")
        func picked(_ id: String) -> Partner.ID {
            partners[id.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % partners.count]
        }
        var activityPartner: [Activity.ID: Partner.ID] = [:]
        for activity in dataset.activities.all {
            activityPartner[activity.id] =
                activity.partners.first(where: partners.contains) ?? picked(activity.id.rawValue)
        }
        var personPartners: [Person.ID: [Partner.ID]] = [:]
        func add(_ person: Person.ID, _ partner: Partner.ID) {
            if !(personPartners[person]?.contains(partner) ?? false) {
                personPartners[person, default: []].append(partner)
            }
        }
        let participations = dataset.participations.sortedByID
        for participation in participations {
            if let person = participation.person { add(person, activityPartner[participation.activity]!) }
        }
        var owned: [Partner.ID: [EntityRecord]] = [:]
        var left: Set<Participation.ID> = []
        for person in dataset.persons.sortedByID {
            var homes = personPartners[person.id] ?? [picked(person.id.rawValue)]
            let details = dataset.personalDetails[PersonalDetails.ID(person.id.rawValue)]
            let named = !([details?.givenName, details?.familyName].compactMap { $0 }.isEmpty)
            if details?.emso == nil && !(named && person.birthDate != nil) {
                homes = [homes[0]]
                for participation in dataset.participations(of: person.id)
                where activityPartner[participation.activity] != homes[0] {
                    left.insert(participation.id)
                }
            }
            personPartners[person.id] = homes
        }
        for participation in participations where !left.contains(participation.id) {
            owned[activityPartner[participation.activity]!, default: []].append(participation.record)
        }
        for activity in dataset.activities.sortedByID {
            owned[activityPartner[activity.id]!, default: []].append(activity.record)
        }
        for job in dataset.jobs.sortedByID {
            let partner = job.person.flatMap { personPartners[$0]?.first } ?? picked(job.id.rawValue)
            owned[partner, default: []].append(job.record)
        }
        for product in dataset.products.sortedByID {
            owned[picked(product.id.rawValue), default: []].append(product.record)
        }
        for plan in dataset.developmentPlans.sortedByID {
            owned[partners.contains(plan.partner) ? plan.partner : picked(plan.id.rawValue), default: []]
                .append(plan.record)
        }
        // Finance records go to their partner: its budget lines, its costs, its claims with their items.
        func home(_ partner: Partner.ID?, _ id: String) -> Partner.ID {
            partner.flatMap { partners.contains($0) ? $0 : nil } ?? picked(id)
        }
        for line in dataset.budgetLines.sortedByID {
            owned[home(line.partner, line.id.rawValue), default: []].append(line.record)
        }
        for cost in dataset.costItems.sortedByID {
            owned[home(cost.partner, cost.id.rawValue), default: []].append(cost.record)
        }
        var claimPartner: [PaymentClaim.ID: Partner.ID] = [:]
        for claim in dataset.paymentClaims.sortedByID {
            let partner = home(claim.partner, claim.id.rawValue)
            claimPartner[claim.id] = partner
            owned[partner, default: []].append(claim.record)
        }
        for item in dataset.paymentClaimItems.sortedByID {
            owned[claimPartner[item.claim] ?? picked(item.id.rawValue), default: []].append(item.record)
        }
        var built: [(partner: Partner.ID, dataset: Dataset)] = []
        for partner in partners {
            var records = owned[partner] ?? []
            var persons: Set<Person.ID> = []
            for (person, homes) in personPartners where homes.contains(partner) { persons.insert(person) }
            var organisations: Set<Organisation.ID> = []
            for record in records {
                for reference in record.references {
                    if reference.kind == .organisation { organisations.insert(Organisation.ID(reference.id)) }
                    if reference.kind == .person { persons.insert(Person.ID(reference.id)) }
                }
            }
            for id in persons.sorted() {
                guard let person = dataset.persons[id] else { continue }
                records.append(person.record)
                if let details = dataset.personalDetails[PersonalDetails.ID(id.rawValue)] {
                    records.append(details.record)
                }
                if let organisation = person.organisation { organisations.insert(organisation) }
            }
            for organisation in dataset.organisations.sortedByID
            where organisations.contains(organisation.id) || picked(organisation.id.rawValue) == partner {
                records.append(organisation.record)
            }
            records +=
                dataset.infoPoints.sortedByID.map(\.record)
                + dataset.supportProgrammes.sortedByID.map(\.record)
                + dataset.milestones.sortedByID.map(\.record)
            built.append((partner, Dataset(operation: dataset.operation, records: records)))
        }
        parts = built
        whole = Dataset(
            operation: dataset.operation,
            records: dataset.allRecords.filter {
                !($0.kind == .participation && left.contains(Participation.ID($0.reference.id)))
            })
    }
}
