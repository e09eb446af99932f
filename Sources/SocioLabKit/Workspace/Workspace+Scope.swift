/// What a workspace acting as a partner adds to reading and writing (see ``ActingParty`` and
/// `Documentation/Partners.md`).
extension Workspace {
    /// The report scope of the partner acted for — its activities, measured against its sub-targets
    /// (``OutputTarget/partnerTargets``) — or the whole operation for the administrator.
    ///
    /// A report is a count over the whole operation whoever runs it; pass this scope to count the
    /// partner's own results:
    ///
    /// ```swift
    /// let mine = await workspace.report(builder, scope: workspace.actingPartnerScope, asOf: today)
    /// ```
    public var actingPartnerScope: Scope {
        actingAs.partner.map { Scope(partners: [$0]) } ?? .wholeOperation
    }

    /// The partner's view of the published dataset, made once per revision.
    /// - Complexity: O(*n*) in the persons the first time at a revision, O(1) after.
    func redactedDataset(_ scope: PartnerScope) -> Dataset {
        if let cached = redactedCache, cached.revision == revision { return cached.value }
        let value = scope.redacted(published)
        redactedCache = (revision, value)
        return value
    }

    /// The changes with the acting partner as ``Person/enrolledBy`` of every person written without one
    /// (an update keeps the stored one, when there is one); unchanged for the administrator.
    func enrolling(_ changes: [Change]) -> [Change] {
        guard let partner = actingAs.partner else { return changes }
        return changes.map { change in
            switch change {
            case .insert(.person(var person)) where person.enrolledBy == nil:
                person.enrolledBy = partner
                return .insert(person.record)
            case .update(.person(var person)) where person.enrolledBy == nil:
                person.enrolledBy = published.persons[person.id]?.enrolledBy ?? partner
                return .update(person.record)
            default:
                return change
            }
        }
    }

    /// Checks that the acting party may erase a person's details: the administrator, the lead partner and
    /// the partner who enrolled the person may.
    /// - Throws: ``SocioLabError`` with the code ``SocioLabError/Code/scopeDenied``, naming the person.
    func checkErasure(of person: Person.ID) throws {
        guard let partnerScope, published.persons[person]?.enrolledBy != partnerScope.partner else { return }
        let partner = partnerScope.partner
        throw SocioLabError(
            .scopeDenied,
            LocalizedText(
                sl: "partner \(partner) ne sme izbrisati osebnih podatkov osebe \(person), ker je ni vpisal; "
                    + "izbris naj opravi partner, ki je osebo vpisal, ali vodilni partner",
                en: "partner \(partner) may not erase the personal details of person \(person), whom it did "
                    + "not enrol; leave the erasure to the partner that enrolled them or to the lead partner"),
            at: .init(entity: "person/\(person)"))
    }
}
