import Testing

@testable import SocioLabKit

/// A small valid dataset for the core rule and workspace tests.
enum CoreFixtures {
    static let day = Day(year: 2019, month: 10, day: 3)!

    static var organisation: Organisation {
        Organisation(
            id: "o1", name: "Zadruga Dobrina, z.o.o., so.p.", legalForm: .zadruga, socialEnterprise: true,
            registrationNumber: try! RegistrationNumber("5000009"), taxNumber: try! TaxNumber("12345679"),
            municipality: Municipality.Code(rawValue: "070"))
    }

    static var person: Person {
        Person(
            id: "p1", gender: .female, birthDate: Day(year: 1990, month: 5, day: 17),
            employmentStatus: .unemployed,
            isced: 3, targetGroups: ["social-economy-stakeholders"],
            municipality: Municipality.Code(rawValue: "096"),
            organisation: "o1", consent: Consent(givenOn: Day(year: 2019, month: 9, day: 1)))
    }

    static var details: PersonalDetails {
        PersonalDetails(person: "p1", givenName: "Ana", familyName: "Novak", email: "ana@example.si")
    }

    static var activity: Activity {
        Activity(
            id: "a1", kind: "training", title: "Osnove socialnega podjetništva", pillar: 3,
            partners: ["prizma", "tkalka"], municipality: Municipality.Code(rawValue: "070"), startDate: day,
            status: .held)
    }

    static var participation: Participation {
        Participation(id: "x1", activity: "a1", person: "p1", organisation: "o1", status: .attended, hours: 4)
    }

    static var records: [EntityRecord] {
        [
            organisation.record, person.record, details.record, activity.record, participation.record,
            Job(id: "j1", organisation: "o1", person: "p1", kind: .created, startDate: day, fte: 1).record,
        ]
    }

    static var dataset: Dataset { Dataset(operation: .socioLabPodravje, records: records) }

    /// The dataset with one record replaced or added.
    static func dataset(with changed: EntityRecord...) -> Dataset {
        var d = dataset
        for record in changed { d.upsert(record) }
        return d
    }

    static let validator = Validator(rules: CoreRules.all)

    /// Names an issue may give that no schema declares, because they are computed for the entity: a payment
    /// claim's EU / national `shares`, and the operation's `funding` rates its shares are computed with.
    static let computedFields: Set<String> = ["shares", "funding"]

    /// The issues a rule reports on a full validation.
    ///
    /// Every issue's field must be one its entity's schema declares (a CSV column or a stored member), a
    /// path into an activity's plugin details, or one of the ``computedFields``: the names the rules write
    /// cannot drift from the schemas.
    static func issues(
        _ rule: RuleID, in dataset: Dataset, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [ValidationIssue] {
        let issues = validator.validate(dataset).filter { $0.rule == rule }
        for issue in issues {
            guard let entity = issue.entity, let field = issue.field else { continue }
            let root = String(field.prefix { $0 != "." && $0 != "[" })
            var names = SchemaFieldNames()
            #expect(
                entity.kind.accept(&names).contains(root) || computedFields.contains(root),
                "rule \(rule) names field \(field), which the \(entity.kind) schema does not declare",
                sourceLocation: sourceLocation)
        }
        return issues
    }
}

/// The names a kind's schema gives its fields: the CSV columns and the stored members.
struct SchemaFieldNames: EntityTypeVisitor {
    mutating func visit<E: RegisteredEntity>(_ type: E.Type) -> Set<String> {
        Set(E.schema.fields.map(\.name)).union(E.schema.stored.map(\.name))
    }
}
