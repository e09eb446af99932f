import Foundation

/// What a workspace acting as a partner (not the lead partner) may see: the personal details of the persons
/// it enrolled or that took part in an activity it runs; of every other person, the statistical record only.
///
/// Which fields are personal data is the schemas' mark (`SchemaField.isPersonal`), never a list here.
struct PartnerScope: Sendable {
    /// The partner acted for.
    let partner: Partner.ID

    /// Whether the partner runs an activity (is one of its partners).
    func runs(_ activity: Activity?) -> Bool { activity?.partners.contains(partner) ?? false }

    /// Whether the partner may see a person's personal details in `dataset`: it enrolled them, or they
    /// took part in an activity it runs.
    /// - Complexity: O(*k*) in the person's participations.
    func sees(_ person: Person.ID, in dataset: Dataset) -> Bool {
        if dataset.persons[person]?.enrolledBy == partner { return true }
        let participations = dataset.participations
        for slot in dataset.participationSlots(of: person) {
            guard let participation = participations.slots[Int(slot)] else { continue }
            if runs(dataset.activities[participation.activity]) { return true }
        }
        return false
    }

    /// The persons whose personal details the partner sees.
    /// - Complexity: O(*n* + *p*) in the persons and the participations in the partner's activities.
    func visiblePersons(in dataset: Dataset) -> Set<Person.ID> {
        var visible = Set(dataset.persons.all.lazy.filter { $0.enrolledBy == partner }.map(\.id))
        for activity in dataset.activities.all where runs(activity) {
            for participation in dataset.participations(in: activity.id) {
                if let person = participation.person { visible.insert(person) }
            }
        }
        return visible
    }

    /// The dataset as the partner sees it: every record, with the personal data of the persons it does not
    /// see removed (a details record left with nothing but its identifier is removed whole).
    /// - Complexity: O(*n*) in the persons and their details.
    func redacted(_ dataset: Dataset) -> Dataset {
        let visible = visiblePersons(in: dataset)
        var copy = dataset
        for details in dataset.personalDetails.all where !visible.contains(details.person) {
            let blank = PersonalDetails(person: details.person)
            let redacted = PersonalDetails.schema.redactingPersonalData(of: details, blank: blank)
            let change: Change =
                redacted == blank ? .delete(details.reference) : .update(.personalDetails(redacted))
            _ = try? copy.apply(change)
        }
        if Person.schema.hasPersonalData {
            for person in dataset.persons.all where !visible.contains(person.id) {
                _ = try? copy.apply(.update(person.record.redactingPersonalData))
            }
        }
        return copy
    }

    /// A change set as the partner may read it: the personal data of the persons it does not see (in
    /// `dataset`, the current one) emptied from every record before and after.
    func redacted(_ changeSet: CommittedChangeSet, in dataset: Dataset) -> CommittedChangeSet {
        var copy = changeSet
        copy.records = changeSet.records.map { record in
            guard !record.redacted, [.person, .personalDetails].contains(record.reference.kind),
                !sees(Person.ID(record.reference.id), in: dataset)
            else { return record }
            return ChangeRecord(
                reference: record.reference, before: record.before?.redactingPersonalData,
                after: record.after?.redactingPersonalData)
        }
        return copy
    }
}
