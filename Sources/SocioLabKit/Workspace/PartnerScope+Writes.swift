/// What a partner workspace may write (rule `scope.partner-write`): the activities it runs, the
/// participations in them, the persons it enrolled with their personal details, and its own cost items and
/// payment claims (with the claims' items). A change set with anything else — budget lines among them, which
/// the lead partner plans — is rejected whole.
extension PartnerScope {
    /// The rule's identifier, `scope.partner-write`.
    static let writeRule: RuleID = "scope.partner-write"

    /// An error issue for every applied record the partner may not write, judged on the staged dataset (and,
    /// for an entity the change set deleted, on its value before).
    /// - Complexity: O(*c*) in the records.
    func writeIssues(_ applied: [ChangeRecord], in staged: Dataset) -> [ValidationIssue] {
        var removedActivities: [Activity.ID: Activity] = [:]
        var removedPersons: [Person.ID: Person] = [:]
        for record in applied where record.after == nil {
            if case .activity(let a) = record.before { removedActivities[a.id] = a }
            if case .person(let p) = record.before { removedPersons[p.id] = p }
        }
        func runsActivity(_ id: Activity.ID) -> Bool { runs(staged.activities[id] ?? removedActivities[id]) }
        var issues: [ValidationIssue] = []
        for record in applied {
            let values = [record.before, record.after].compactMap { $0 }
            let allowed: Bool
            switch record.reference.kind {
            case .activity:
                allowed = values.allSatisfy { if case .activity(let a) = $0 { runs(a) } else { false } }
            case .participation:
                allowed = values.allSatisfy {
                    if case .participation(let p) = $0 { runsActivity(p.activity) } else { false }
                }
            case .person:
                allowed = values.allSatisfy {
                    if case .person(let p) = $0 { p.enrolledBy == partner } else { false }
                }
            case .personalDetails:
                let person = Person.ID(record.reference.id)
                allowed = (staged.persons[person] ?? removedPersons[person])?.enrolledBy == partner
            case .costItem:
                allowed = values.allSatisfy {
                    if case .costItem(let c) = $0 { c.partner == partner } else { false }
                }
            case .paymentClaim:
                allowed = values.allSatisfy {
                    if case .paymentClaim(let c) = $0 { c.partner == partner } else { false }
                }
            case .paymentClaimItem:
                allowed = values.allSatisfy {
                    if case .paymentClaimItem(let item) = $0 {
                        staged.paymentClaims[item.claim]?.partner == partner
                            && staged.costItems[item.costItem]?.partner == partner
                    } else {
                        false
                    }
                }
            default:
                allowed = false
            }
            if !allowed { issues.append(issue(for: record.reference)) }
        }
        return issues
    }

    /// The located error of a record the partner may not write, saying what it may write instead.
    private func issue(for reference: EntityReference) -> ValidationIssue {
        let id = reference.id
        let (field, message, fix): (String?, LocalizedText, LocalizedText)
        switch reference.kind {
        case .activity:
            field = "partners"
            message = LocalizedText(
                sl: "partner \(partner) ne izvaja aktivnosti \(id), zato je ne sme vnesti ali spremeniti",
                en: "partner \(partner) does not run activity \(id), so it may not write it")
            fix = LocalizedText(
                sl: "Med partnerje aktivnosti vpišite \(partner) ali pa naj jo vnese partner, ki jo izvaja, "
                    + "oziroma vodilni partner.",
                en:
                    "List \(partner) among the activity's partners, or leave it to a partner that runs it or to "
                    + "the lead partner.")
        case .participation:
            field = "activity_id"
            message = LocalizedText(
                sl: "udeležba \(id) je na aktivnosti, ki je partner \(partner) ne izvaja",
                en: "participation \(id) is in an activity partner \(partner) does not run")
            fix = LocalizedText(
                sl:
                    "Vnašajte le udeležbe na svojih aktivnostih; druge naj vnese partner, ki aktivnost izvaja.",
                en: "Write only participations in your own activities; leave the others to the partner that "
                    + "runs the activity.")
        case .person, .personalDetails:
            field = "enrolled_by"
            message = LocalizedText(
                sl: "osebe \(id) ni vpisal partner \(partner), zato njenih podatkov ne sme spreminjati",
                en: "person \(id) was not enrolled by partner \(partner), so it may not change their records")
            fix = LocalizedText(
                sl: "Spreminjajte le osebe, ki ste jih vpisali sami (enrolled_by = \(partner)); druge naj "
                    + "popravi partner, ki jih je vpisal, ali vodilni partner.",
                en:
                    "Change only persons you enrolled (enrolled_by = \(partner)); leave the others to the partner "
                    + "that enrolled them or to the lead partner.")
        case .costItem, .paymentClaim, .paymentClaimItem:
            field = reference.kind == .paymentClaimItem ? "claim_id" : "partner_id"
            message = LocalizedText(
                sl: "zapis \(reference.kind.rawValue) \(id) ni stroškovni zapis partnerja \(partner)",
                en: "\(reference.kind.rawValue) \(id) is not a finance record of partner \(partner)")
            fix = LocalizedText(
                sl:
                    "Vnašajte le svoje stroške in zahtevke (partner = \(partner)); druge naj vnese njihov partner "
                    + "ali vodilni partner.",
                en: "Write only your own costs and claims (partner = \(partner)); leave the others to their "
                    + "partner or to the lead partner.")
        default:
            field = nil
            message = LocalizedText(
                sl: "partner \(partner) ne sme vnašati zapisov vrste \(reference.kind.rawValue) (\(id))",
                en: "partner \(partner) may not write records of kind \(reference.kind.rawValue) (\(id))")
            fix = LocalizedText(
                sl:
                    "Partner vnaša le svoje aktivnosti, udeležbe na njih in osebe, ki jih je vpisal; te zapise "
                    + "naj vnese vodilni partner ali skrbnik operacije.",
                en: "A partner writes only its activities, the participations in them and the persons it "
                    + "enrolled; leave these records to the lead partner or the operation's administrator.")
        }
        return ValidationIssue(
            rule: Self.writeRule, severity: .error, entity: reference, field: field, message: message,
            fix: fix)
    }
}
