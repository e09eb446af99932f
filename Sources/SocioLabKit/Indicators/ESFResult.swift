/// Counts of women, men and non-binary participants.
package struct ESFGenderSplit: Hashable, Sendable, Codable {
    /// Women.
    package var female: Int
    /// Men.
    package var male: Int
    /// Non-binary persons.
    package var nonBinary: Int

    /// Creates a split.
    package init(female: Int, male: Int, nonBinary: Int) {
        self.female = female
        self.male = male
        self.nonBinary = nonBinary
    }

    init(_ cells: [Int]) { self.init(female: cells[0], male: cells[1], nonBinary: cells[2]) }

    /// The counts in the order women, men, non-binary.
    package var values: [Int] { [female, male, nonBinary] }
}

/// One ESF indicator's figure.
package struct ESFFigure: Hashable, Sendable, Codable {
    /// The indicator.
    package var definition: ESFIndicatorDefinition
    /// The count.
    package var value: Int
    /// The count by gender (participant indicators only).
    package var byGender: ESFGenderSplit?

    /// Creates a figure.
    package init(definition: ESFIndicatorDefinition, value: Int, byGender: ESFGenderSplit?) {
        self.definition = definition
        self.value = value
        self.byGender = byGender
    }
}

/// The ESF common indicators for one scope.
package struct ESFResult: Hashable, Sendable, Codable {
    /// The grand total of participants, complete or not.
    package var participants: Int
    /// The grand total by gender (participants with no gender recorded are in no cell).
    package var participantsByGender: ESFGenderSplit
    /// Participants whose record is incomplete and so count only in the grand total.
    package var incompleteRecords: Int
    /// The 2014–2020 indicators.
    package var esf2014: [ESFFigure]
    /// The ESF+ 2021–2027 indicators.
    package var esfPlus: [ESFFigure]

    /// Creates a result.
    package init(
        participants: Int, participantsByGender: ESFGenderSplit, incompleteRecords: Int, esf2014: [ESFFigure],
        esfPlus: [ESFFigure]
    ) {
        self.participants = participants
        self.participantsByGender = participantsByGender
        self.incompleteRecords = incompleteRecords
        self.esf2014 = esf2014
        self.esfPlus = esfPlus
    }
}
