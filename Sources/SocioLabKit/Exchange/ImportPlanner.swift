/// Turns imported records into the changes that bring a dataset up to date with them.
///
/// A record whose id is new becomes an `.insert`; a record whose id exists becomes an `.update` only when
/// it differs from the stored entity, so importing the same files twice changes nothing the second time.
/// An import never deletes. Fields whose column the file did not have keep their stored values; empty
/// personal details (every detail cell empty) are not inserted for a person who has none.
package enum ImportPlanner {
    /// The changes that apply a batch to a dataset, in entity-kind order (referenced kinds first).
    /// - Parameters:
    ///   - batch: The imported records.
    ///   - dataset: The dataset as it is now.
    /// - Returns: Inserts and updates; empty when the dataset already holds every record as imported.
    /// - Complexity: O(*n*) in the number of records (each is looked up by id).
    package static func changes(for batch: ImportBatch, against dataset: Dataset) -> [Change] {
        var changes: [Change] = []
        changes.reserveCapacity(batch.count)
        for segment in batch.segments {
            if dataset.count(of: segment.kind) == 0 {
                // Nothing of this kind is stored yet: every record is new.
                if segment.kind == .personalDetails {
                    for record in segment.records {
                        if case .personalDetails(let details) = record, details.isEmpty { continue }
                        changes.append(.insert(record))
                    }
                } else {
                    for record in segment.records { changes.append(.insert(record)) }
                }
                continue
            }
            let absent = segment.absentColumns
            for record in segment.records {
                guard let existing = dataset[record.reference] else {
                    if case .personalDetails(let details) = record, details.isEmpty { continue }
                    changes.append(.insert(record))
                    continue
                }
                var merged = absent == 0 ? record : merge(record, into: existing, absent: absent)
                // A file may set the erasure mark (details_erased_on) but never clear or move it: once set it
                // stays as stored, so an old file cannot quietly bring erased personal details back (rule
                // core.erased-details stops them).
                if case .person(var person) = merged, case .person(let stored) = existing {
                    person.detailsErasedOn = stored.detailsErasedOn ?? person.detailsErasedOn
                    merged = .person(person)
                }
                if merged != existing { changes.append(.update(merged)) }
            }
        }
        return changes
    }

    /// The record with the fields of absent columns taken from the stored entity.
    static func merge(_ record: EntityRecord, into existing: EntityRecord, absent: UInt64) -> EntityRecord {
        switch (record, existing) {
        case (.organisation(let new), .organisation(let old)):
            ExchangeLayouts.organisations.merge(new, old, absent: absent).record
        case (.person(let new), .person(let old)):
            ExchangeLayouts.persons.merge(new, old, absent: absent).record
        case (.personalDetails(let new), .personalDetails(let old)):
            ExchangeLayouts.persons.mergeDetails(new, old, absent: absent).record
        case (.infoPoint(let new), .infoPoint(let old)):
            ExchangeLayouts.infoPoints.merge(new, old, absent: absent).record
        case (.activity(let new), .activity(let old)):
            ExchangeLayouts.activities.merge(new, old, absent: absent).record
        case (.participation(let new), .participation(let old)):
            ExchangeLayouts.participations.merge(new, old, absent: absent).record
        case (.job(let new), .job(let old)): ExchangeLayouts.jobs.merge(new, old, absent: absent).record
        case (.product(let new), .product(let old)):
            ExchangeLayouts.products.merge(new, old, absent: absent).record
        case (.developmentPlan(let new), .developmentPlan(let old)):
            ExchangeLayouts.developmentPlans.merge(new, old, absent: absent).record
        case (.supportProgramme(let new), .supportProgramme(let old)):
            ExchangeLayouts.supportProgrammes.merge(new, old, absent: absent).record
        case (.milestone(let new), .milestone(let old)):
            ExchangeLayouts.milestones.merge(new, old, absent: absent).record
        case (.budgetLine(let new), .budgetLine(let old)):
            ExchangeLayouts.budgetLines.merge(new, old, absent: absent).record
        case (.costItem(let new), .costItem(let old)):
            ExchangeLayouts.costItems.merge(new, old, absent: absent).record
        case (.paymentClaim(let new), .paymentClaim(let old)):
            ExchangeLayouts.paymentClaims.merge(new, old, absent: absent).record
        case (.paymentClaimItem(let new), .paymentClaimItem(let old)):
            ExchangeLayouts.paymentClaimItems.merge(new, old, absent: absent).record
        default:
            record
        }
    }
}

extension PersonalDetails {
    /// Whether every detail is unknown.
    var isEmpty: Bool { givenName == nil && familyName == nil && email == nil && phone == nil && emso == nil }
}
