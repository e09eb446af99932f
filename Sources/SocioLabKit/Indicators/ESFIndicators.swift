import Foundation

/// The ESF common indicators computed from the person and organisation records.
///
/// Participants are the distinct persons with an attended participation (not in a staff role) in a held
/// activity that passes the scope's filters; a participant is counted once, with the characteristics at
/// entry (``Dataset/entryDate(of:)``), in the period of their entry into the operation (re-entry does not
/// count again). The **completeness rule** applies: a record without gender (women, men or non-binary;
/// "undisclosed" counts as missing), employment status, birth date or education counts only in the grand
/// total of participants and in ``ESFResult/incompleteRecords``, and in no other indicator. The sensitive
/// categories (CO15–CO17, EECO12) count only the answer "yes"; "no", "refused" and no answer do not count.
/// Every participant figure is broken down by gender.
///
/// Codes whose number the reference could not confirm carry ``ESFIndicatorDefinition/verification``
/// `unverified` (or `weak`); print them with that mark. Embedders read these figures in a report
/// (``IndicatorReport/esf`` and ``IndicatorReport/esfPlus``); the definitions are in
/// `ESFIndicators+Definitions.swift`.
package enum ESFIndicators {
    /// Who counts in CO23 and EECO19.
    package static let supportedEnterpriseRule = LocalizedText(
        sl:
            "Različne organizacije, ki so bile neposredno podprte: udeležba organizacije (ne v vlogi izvajalca) ali "
            + "organizacija mentoriranca na izvedeni aktivnosti v obsegu, razen občin, javnih zavodov in neformalnih "
            + "iniciativ; organizacije z isto matično ali davčno številko štejejo kot ena. Velikost podjetja se ne "
            + "beleži; vse štejejo kot MSP.",
        en:
            "Distinct organisations supported directly: an organisation's attended participation (not in a staff "
            + "role) or a mentee's organisation in a held activity in scope, except municipalities, public "
            + "institutes and informal initiatives; organisations with one registration or tax number count as one. "
            + "Enterprise size is not recorded; all count as SMEs.")

    /// Legal forms that are not enterprises for CO23 and EECO19.
    package static let nonEnterpriseForms: Set<LegalForm> = [.obcina, .javniZavod, .initiative]

    /// Computes both sets for a scope.
    /// - Parameters:
    ///   - context: The prepared dataset.
    ///   - scope: The period and filters.
    /// - Returns: The participants, the incomplete records and every indicator with its gender breakdown.
    /// - Complexity: O(*p* + *n*) in attended participations and persons.
    package static func compute(context: IndicatorContext, scope: Scope) -> ESFResult {
        var participantsSink = QualifyingEventSink(context: context, scope: scope)
        var organisationSink = QualifyingEventSink(context: context, scope: scope)
        participantsSink.reserve(units: context.personEntryDay.count)
        let organisations = context.dataset.organisations.slots
        let enterprise = organisations.map { o in
            o.map { !nonEnterpriseForms.contains($0.legalForm) } ?? false
        }
        for i in context.attendedActivity.indices {
            let role = context.attendedRole[i]
            guard role != .staff else { continue }
            let a = Int(context.attendedActivity[i])
            let p = Int(context.attendedPerson[i])
            if p >= 0 { participantsSink.add(unit: p, activity: a, person: p) }
            var o = Int(context.attendedOrganisation[i])
            if o < 0, role == .mentee, p >= 0 { o = Int(context.personOrganisation[p]) }
            if o >= 0, enterprise[o] { organisationSink.add(unit: o, activity: a) }
        }

        // The participants' characteristics, read in place, in parallel chunks of persons.
        let range = scope.range(in: context.dataset.operation)
        let firstKey = participantsSink.firstKey
        let chunkSize = 65_536
        let chunkCount = (firstKey.count + chunkSize - 1) / chunkSize
        let chunks = ParallelResults<ESFParticipantTally>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let persons = (chunk * chunkSize)..<min(firstKey.count, (chunk + 1) * chunkSize)
            chunks.set(
                chunk,
                ESFParticipantTally(
                    persons: persons, firstKey: firstKey, context: context,
                    period: scope.period == nil ? nil : range))
        }
        var tally = ESFParticipantTally()
        for part in chunks.values { tally.add(part) }
        let participants = tally.participants
        let participantsByGender = tally.byGender
        let incomplete = tally.incomplete
        let tally2014 = tally.esf2014
        let tallyPlus = tally.esfPlus

        var enterprises = 0
        for o in organisationSink.firstKey.indices where organisationSink.firstKey[o] != .max {
            let day = Day(daysSinceEpoch: Int32(truncatingIfNeeded: organisationSink.firstKey[o] >> 32))
            if range.contains(day) { enterprises += 1 }
        }

        func figures(_ definitions: [ESFIndicatorDefinition], _ tally: [Int]) -> [ESFFigure] {
            definitions.enumerated().map { i, definition in
                if definition.isEntity {
                    return ESFFigure(definition: definition, value: enterprises, byGender: nil)
                }
                let cells = Array(tally[(i * 3)..<(i * 3 + 3)])
                return ESFFigure(
                    definition: definition, value: cells.reduce(0, +), byGender: ESFGenderSplit(cells))
            }
        }
        return ESFResult(
            participants: participants, participantsByGender: ESFGenderSplit(participantsByGender),
            incompleteRecords: incomplete, esf2014: figures(esf2014, tally2014),
            esfPlus: figures(esfPlus, tallyPlus))
    }
}
