/// A reverse index a dataset keeps of one entity kind: the slots (in the kind's ``EntityTable``) of its
/// entities, filed under a key each entity gives — the entity one of its schema's references points to, or
/// a value the entity is looked up by (an EMŠO, a name).
///
/// Each kind declares its indexes below, beside its schema's references; a ``Dataset`` builds them when
/// it loads and keeps them current on every change, the same way for every kind. Filing slots, not
/// identifiers, lets a count walk the filed entities without hashing, and makes every index of every kind
/// the same type.
struct EntityIndex<E: RegisteredEntity>: Sendable {
    /// The name of the schema field the index follows (or the lookup's own name).
    let name: String
    /// The kind a reference points to, whose ``Dataset/dependents(of:)`` include the filed entities;
    /// `nil` for a lookup.
    let target: EntityKind?
    /// Whether a loaded table's rows with equal keys lie far apart (the participations of an activity)
    /// rather than together: it chooses how loading builds the index, not what the index holds.
    let scattered: Bool
    /// The key the entity at a pointer is filed under; `nil` files it nowhere. It reads the entity in
    /// place: bulk loading reads a key of each of millions of rows, and a copy of the row would retain and
    /// release every one of its strings.
    let keyAt: @Sendable (UnsafePointer<E>) -> String?

    /// The key `entity` is filed under; `nil` files it nowhere.
    @inline(__always)
    func key(_ entity: E) -> String? { withUnsafePointer(to: entity) { keyAt($0) } }

    /// An index of a reference the schema declares: each entity filed under the entity it points to.
    /// - Parameters:
    ///   - keyPath: The reference, a field of `E.schema`.
    ///   - scattered: Whether loaded rows that point to the same entity lie far apart.
    /// - Returns: The index.
    static func reference<T: Entity>(
        _ keyPath: WritableKeyPath<E, EntityID<T>> & Sendable, scattered: Bool = false
    ) -> Self {
        let read = FieldRead(keyPath)
        return Self(name: fieldName(keyPath), target: T.kind, scattered: scattered) {
            read(at: $0).rawValue
        }
    }

    /// An index of an optional reference the schema declares; entities without one are not filed.
    /// - Parameters:
    ///   - keyPath: The reference, a field of `E.schema`.
    ///   - scattered: Whether loaded rows that point to the same entity lie far apart.
    /// - Returns: The index.
    static func reference<T: Entity>(
        _ keyPath: WritableKeyPath<E, EntityID<T>?> & Sendable, scattered: Bool = false
    ) -> Self {
        let read = FieldRead(keyPath)
        return Self(name: fieldName(keyPath), target: T.kind, scattered: scattered) {
            read(at: $0)?.rawValue
        }
    }

    /// An index by a value the entity is looked up by, which is no reference.
    /// - Parameters:
    ///   - name: The index's name (the schema field it derives from, where there is one).
    ///   - key: The value of the entity at a pointer, `nil` for none; read it through `pointee` (which
    ///     reads one field in place) rather than copying the entity.
    /// - Returns: The index.
    static func lookup(_ name: String, _ key: @escaping @Sendable (UnsafePointer<E>) -> String?) -> Self {
        Self(name: name, target: nil, scattered: false, keyAt: key)
    }

    /// The name of the schema field at `keyPath`: an index follows a declared field or none.
    private static func fieldName(_ keyPath: AnyKeyPath) -> String {
        guard let field = E.schema.fields.first(where: { $0.keyPath == keyPath }) else {
            preconditionFailure("\(E.self)'s schema has no field at \(keyPath) to index.")
        }
        return field.name
    }
}

extension RegisteredEntity {
    /// The position in ``indexes`` of the index named `name`.
    static func indexPosition(_ name: String) -> Int {
        guard let position = indexes.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("\(Self.self) declares no index \(name).")
        }
        return position
    }
}

// MARK: The indexes of each kind

extension Organisation: RegisteredEntity {
    /// Organisations by their registration number's 7-digit base.
    static let indexes: [EntityIndex<Organisation>] = [
        .lookup("registration_number") { $0.pointee.registrationNumber?.base }
    ]
}

extension Person: RegisteredEntity {
    /// Persons by the organisation they belong to.
    static let indexes: [EntityIndex<Person>] = [.reference(\.organisation)]
}

extension PersonalDetails: RegisteredEntity {
    /// Personal details by EMŠO and by normalised name (duplicate detection).
    static let indexes: [EntityIndex<PersonalDetails>] = [
        .lookup("emso") { $0.pointee.emso?.digits },
        .lookup("normalized_name") { $0.pointee.normalizedName },
    ]
}

extension InfoPoint: RegisteredEntity {
    /// None: an info point refers to no entity.
    static let indexes: [EntityIndex<InfoPoint>] = []
}

extension Activity: RegisteredEntity {
    /// Activities by the info point they are held at.
    static let indexes: [EntityIndex<Activity>] = [.reference(\.infoPoint)]
}

extension Participation: RegisteredEntity {
    /// Participations by activity, person and organisation: the counting indexes. A loaded table holds
    /// a person's participations together, an activity's and an organisation's spread out.
    static let indexes: [EntityIndex<Participation>] = [
        .reference(\.activity, scattered: true),
        .reference(\.person),
        .reference(\.organisation, scattered: true),
    ]
}

extension Job: RegisteredEntity {
    /// Jobs by organisation and person.
    static let indexes: [EntityIndex<Job>] = [.reference(\.organisation), .reference(\.person)]
}

extension Product: RegisteredEntity {
    /// Products by organisation.
    static let indexes: [EntityIndex<Product>] = [.reference(\.organisation)]
}

extension DevelopmentPlan: RegisteredEntity {
    /// Plans by the organisation diagnosed.
    static let indexes: [EntityIndex<DevelopmentPlan>] = [.reference(\.organisation)]
}

extension SupportProgramme: RegisteredEntity {
    /// None: a support programme refers to no entity.
    static let indexes: [EntityIndex<SupportProgramme>] = []
}

extension Milestone: RegisteredEntity {
    /// None: a milestone refers to no entity.
    static let indexes: [EntityIndex<Milestone>] = []
}

extension BudgetLine: RegisteredEntity {
    /// Budget lines by partner (the rules compare a partner's costs with its lines).
    static let indexes: [EntityIndex<BudgetLine>] = [.lookup("partner") { $0.pointee.partner.rawValue }]
}

extension CostItem: RegisteredEntity {
    /// Cost items by activity, and by partner (the budget and hours rules sum a partner's costs).
    static let indexes: [EntityIndex<CostItem>] = [
        .reference(\.activity), .lookup("partner") { $0.pointee.partner.rawValue },
    ]
}

extension PaymentClaim: RegisteredEntity {
    /// None: a claim refers to no entity.
    static let indexes: [EntityIndex<PaymentClaim>] = []
}

extension PaymentClaimItem: RegisteredEntity {
    /// Memberships by claim and by cost item (a cost item in two claims is found by the second).
    static let indexes: [EntityIndex<PaymentClaimItem>] = [.reference(\.claim), .reference(\.costItem)]
}
