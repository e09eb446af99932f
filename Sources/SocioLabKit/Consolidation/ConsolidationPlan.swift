/// The changes that merge one partner's package into the consolidated dataset, computed as a pure function
/// of the two (`Documentation/Partners-Consolidation.md`, "Matching and namespacing").
///
/// - Persons are matched by token: a token not yet in the dataset is inserted; one that is keeps its first
///   entry, and statistics that differ are a ``Conflict``.
/// - Activities, participations, jobs, products and development plans get the partner's namespace
///   (`citilab:a1`); so do organisations, unless one with the same registration or tax number (or, with
///   neither, the same legal form and normalised name) is already in another partner's part of the
///   dataset, which the package's records are then pointed at.
/// - Info points, the support programme and milestones belong to the operation: one with an id not yet in
///   the dataset is inserted, an existing one is kept.
/// - The partner's namespace is replaced by the package: records the package no longer has are deleted,
///   changed ones updated. Merging the same package again therefore changes nothing.
package struct ConsolidationPlan: Sendable {
    /// Statistics of one person that a package records differently from the first entry.
    package struct Conflict: Sendable, Hashable {
        /// The person (their token).
        package var person: Person.ID
        /// The differing fields: name, the kept value, the package's value.
        package var fields: [(name: String, kept: String, incoming: String)]
        /// The person's line in the package.
        package var line: Int?
        /// The person as the package records them.
        package var incoming: Person

        package static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.person == rhs.person && lhs.line == rhs.line
                && lhs.fields.map { [$0.name, $0.kept, $0.incoming] }
                    == rhs.fields.map { [$0.name, $0.kept, $0.incoming] }
        }
        package func hash(into hasher: inout Hasher) { hasher.combine(person) }
    }

    /// The partner.
    package var partner: Partner.ID
    /// The changes, in an order the dataset accepts: deletions first (dependants before what they
    /// refer to), then inserts and updates (what is referred to first).
    package var changes: [Change]
    /// The persons whose statistics differ from their first entry.
    package var conflicts: [Conflict]
    /// The package line of each consolidated record the package contributed.
    package var lines: [EntityReference: Int]
    /// The partner's anchor after the merge (``ConsolidationReceipt``): the first of its namespaced records
    /// the package leaves in the dataset, as the package has it; `nil` when it leaves none.
    package var anchor: EntityRecord?

    /// The namespaced form of a partner's id.
    package static func namespaced(_ id: String, partner: Partner.ID) -> String {
        partner.rawValue + ":" + id
    }

    /// Plans the merge of a package into a dataset.
    /// - Parameters:
    ///   - package: The package.
    ///   - dataset: The consolidated dataset.
    ///   - plugins: The plugins, whose reference detail fields name organisations to map.
    /// - Complexity: O(*n* + *p*) in the dataset's and the package's records.
    package init(
        merging package: PseudonymisedPackage, into dataset: Dataset,
        plugins: PluginRegistry = PluginRegistry()
    ) {
        partner = package.partner
        let prefix = partner.rawValue + ":"
        let organisations = OrganisationMatcher(dataset: dataset, excludingPrefix: prefix)
        var desired: [EntityReference: EntityRecord] = [:]
        var order: [EntityReference] = []
        var inserts: [Change] = []
        conflicts = []
        lines = [:]
        var organisationIDs: [Organisation.ID: Organisation.ID] = [:]
        for record in package.records {
            if case .organisation(let organisation) = record {
                organisationIDs[organisation.id] =
                    organisations.match(organisation)
                    ?? Organisation.ID(Self.namespaced(organisation.id.rawValue, partner: partner))
            }
        }
        let namespace = Namespace(partner: partner, organisations: organisationIDs, plugins: plugins)
        for record in package.records {
            let line = package.lines[record.reference]
            let mapped = namespace.map(record)
            lines[mapped.reference] = line
            switch mapped {
            case .organisation(let organisation) where !organisation.id.rawValue.hasPrefix(prefix):
                continue  // matched to another partner's organisation: the first entry is kept
            case .person(let person):
                if let kept = dataset.persons[person.id] {
                    let fields = Self.differences(kept, person)
                    if !fields.isEmpty {
                        conflicts.append(
                            Conflict(person: person.id, fields: fields, line: line, incoming: person))
                    }
                } else {
                    inserts.append(.insert(mapped))
                }
            case .infoPoint, .supportProgramme, .milestone:
                if !dataset.contains(mapped.reference) { inserts.append(.insert(mapped)) }
            default:
                desired[mapped.reference] = mapped
                order.append(mapped.reference)
            }
        }
        anchor = ConsolidationReceipt.anchor(among: desired.keys).flatMap { desired[$0] }
        var deletions: [Change] = []
        for kind in Namespace.kinds.reversed() {
            for record in dataset.records(of: kind) where record.reference.id.hasPrefix(prefix) {
                if desired[record.reference] == nil { deletions.append(.delete(record.reference)) }
            }
        }
        var writes = inserts
        for reference in order {
            let record = desired[reference]!
            if let existing = dataset[reference] {
                if existing != record { writes.append(.update(record)) }
            } else {
                writes.append(.insert(record))
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: EntityKind.allCases.enumerated().map { ($1, $0) })
        writes = writes.enumerated().sorted {
            let (left, right) = (rank[$0.element.reference.kind]!, rank[$1.element.reference.kind]!)
            return left != right ? left < right : $0.offset < $1.offset
        }.map(\.element)
        changes = deletions + writes
    }

    /// The statistical fields (per ``Person/schema``) whose values differ, with both values.
    static func differences(_ kept: Person, _ incoming: Person) -> [(
        name: String, kept: String, incoming: String
    )] {
        Person.schema.fields.dropFirst().compactMap { field in
            let (old, new) = (field.cell(kept), field.cell(incoming))
            return old == new ? nil : (field.name, old, new)
        }
    }
}
