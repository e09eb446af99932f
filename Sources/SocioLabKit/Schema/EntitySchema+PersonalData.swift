extension EntitySchema {
    /// Whether any field is marked as personal data.
    package var hasPersonalData: Bool { fields.contains(where: \.isPersonal) }

    /// `entity` with every field the schema marks as personal data set to its value in `blank` (empty), and
    /// every other member kept.
    /// - Complexity: O(*f*) in the schema's fields.
    package func redactingPersonalData(of entity: Entity, blank: Entity) -> Entity {
        var result = entity
        for field in fields where field.isPersonal { field.keepStored(&result, blank) }
        return result
    }

    /// The texts of the fields marked as personal data that `entity` holds (its cells, non-empty).
    package func personalTexts(of entity: Entity) -> [String] {
        fields.filter(\.isPersonal).map { $0.cell(entity) }.filter { !$0.isEmpty }
    }
}

extension EntityRecord {
    /// The record with the fields its kind's schema marks as personal data emptied; a record of a kind with
    /// no personal data is returned as it is.
    package var redactingPersonalData: EntityRecord {
        switch self {
        case .personalDetails(let d):
            .personalDetails(
                PersonalDetails.schema.redactingPersonalData(of: d, blank: PersonalDetails(person: d.person)))
        case .person(let p) where Person.schema.hasPersonalData:
            .person(Person.schema.redactingPersonalData(of: p, blank: Person(id: p.id)))
        default: self
        }
    }
}
