/// Turns imported records into the changes that bring a dataset up to date with them.
///
/// A record whose id is new becomes an `.insert`; a record whose id exists becomes an `.update` only when
/// it differs from the stored entity, so importing the same files twice changes nothing the second time.
/// An import never deletes. Fields whose column the file did not have keep their stored values; empty
/// personal details (every detail cell empty) are not inserted for a person who has none.
public enum ImportPlanner {
    /// The changes that apply a batch to a dataset, in entity-kind order (referenced kinds first).
    /// - Parameters:
    ///   - batch: The imported records.
    ///   - dataset: The dataset as it is now.
    /// - Returns: Inserts and updates; empty when the dataset already holds every record as imported.
    /// - Complexity: O(*n*) in the number of records (each is looked up by id).
    public static func changes(for batch: ImportBatch, against dataset: Dataset) -> [Change] {
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
                // No file carries the erasure mark: it always stays as stored, so an old file cannot
                // quietly bring erased personal details back (rule core.erased-details stops them).
                if case .person(var person) = merged, case .person(let stored) = existing {
                    person.detailsErasedOn = stored.detailsErasedOn
                    merged = .person(person)
                }
                if merged != existing { changes.append(.update(merged)) }
            }
        }
        return changes
    }

    /// The record with the fields of absent columns taken from the stored entity.
    static func merge(_ record: EntityRecord, into existing: EntityRecord, absent: UInt64) -> EntityRecord {
        func gone(_ column: some ExchangeColumn) -> Bool { absent & (1 << UInt64(column.rawValue)) != 0 }
        switch (record, existing) {
        case (.organisation(var new), .organisation(let old)):
            typealias C = OrganisationColumn
            if gone(C.socialEnterprise) { new.socialEnterprise = old.socialEnterprise }
            if gone(C.registrationNumber) { new.registrationNumber = old.registrationNumber }
            if gone(C.taxNumber) { new.taxNumber = old.taxNumber }
            if gone(C.municipality) { new.municipality = old.municipality }
            if gone(C.stage) { new.stage = old.stage }
            return new.record
        case (.person(var new), .person(let old)):
            typealias C = PersonColumn
            if gone(C.gender) { new.gender = old.gender }
            if gone(C.birthDate) { new.birthDate = old.birthDate }
            if gone(C.municipality) { new.municipality = old.municipality }
            if gone(C.employmentStatus) { new.employmentStatus = old.employmentStatus }
            if gone(C.isced) { new.isced = old.isced }
            if gone(C.migrantMinority) { new.migrantOrMinority = old.migrantOrMinority }
            if gone(C.disability) { new.disability = old.disability }
            if gone(C.otherDisadvantaged) { new.otherDisadvantaged = old.otherDisadvantaged }
            if gone(C.homeless) { new.homeless = old.homeless }
            if gone(C.rural) { new.rural = old.rural }
            if gone(C.targetGroups) { new.targetGroups = old.targetGroups }
            if gone(C.consentDate) { new.consent.givenOn = old.consent.givenOn }
            if gone(C.consentWithdrawn) { new.consent.withdrawnOn = old.consent.withdrawnOn }
            if gone(C.organisationID) { new.organisation = old.organisation }
            if gone(C.entryDate) { new.entryDate = old.entryDate }
            return new.record
        case (.personalDetails(var new), .personalDetails(let old)):
            typealias C = PersonColumn
            if gone(C.givenName) { new.givenName = old.givenName }
            if gone(C.familyName) { new.familyName = old.familyName }
            if gone(C.emso) { new.emso = old.emso }
            if gone(C.email) { new.email = old.email }
            if gone(C.phone) { new.phone = old.phone }
            return new.record
        case (.infoPoint(var new), .infoPoint(let old)):
            typealias C = InfoPointColumn
            if gone(C.municipality) { new.municipality = old.municipality }
            if gone(C.openedOn) { new.openedOn = old.openedOn }
            if gone(C.closedOn) { new.closedOn = old.closedOn }
            return new.record
        case (.activity(var new), .activity(let old)):
            typealias C = ActivityColumn
            if gone(C.pillar) { new.pillar = old.pillar }
            if gone(C.partners) { new.partners = old.partners }
            if gone(C.infoPoint) { new.infoPoint = old.infoPoint }
            if gone(C.municipality) { new.municipality = old.municipality }
            if gone(C.endDate) { new.endDate = old.endDate }
            if gone(C.details) { new.details = old.details }
            return new.record
        case (.participation(var new), .participation(let old)):
            typealias C = ParticipationColumn
            if gone(C.personID) { new.person = old.person }
            if gone(C.organisationID) { new.organisation = old.organisation }
            if gone(C.role) { new.role = old.role }
            if gone(C.hours) { new.hours = old.hours }
            if gone(C.completed) { new.completed = old.completed }
            if gone(C.evidence) { new.evidence = old.evidence }
            return new.record
        case (.job(var new), .job(let old)):
            typealias C = JobColumn
            if gone(C.personID) { new.person = old.person }
            if gone(C.evidence) { new.evidence = old.evidence }
            return new.record
        case (.product(var new), .product(let old)):
            typealias C = ProductColumn
            if gone(C.kind) { new.kind = old.kind }
            if gone(C.stage) { new.stage = old.stage }
            if gone(C.supportedOn) { new.supportedOn = old.supportedOn }
            if gone(C.evidence) { new.evidence = old.evidence }
            return new.record
        case (.developmentPlan(var new), .developmentPlan(let old)):
            typealias C = DevelopmentPlanColumn
            if gone(C.diagnosedOn) { new.diagnosedOn = old.diagnosedOn }
            if gone(C.planAdoptedOn) { new.planAdoptedOn = old.planAdoptedOn }
            if gone(C.evidence) { new.evidence = old.evidence }
            return new.record
        case (.supportProgramme(var new), .supportProgramme(let old)):
            typealias C = SupportProgrammeColumn
            if gone(C.approvedOn) { new.approvedOn = old.approvedOn }
            if gone(C.materials) { new.materials = old.materials }
            if gone(C.evidence) { new.evidence = old.evidence }
            return new.record
        case (.milestone(var new), .milestone(let old)):
            typealias C = MilestoneColumn
            if gone(C.achievedOn) { new.achievedOn = old.achievedOn }
            if gone(C.evidence) { new.evidence = old.evidence }
            return new.record
        default:
            return record
        }
    }
}

extension PersonalDetails {
    /// Whether every detail is unknown.
    var isEmpty: Bool { givenName == nil && familyName == nil && email == nil && phone == nil && emso == nil }
}
