extension IndicatorReport {
    /// The code of an ESF common indicator, such as ``co01`` (`CO01`, 2014–2020) or ``eeco01`` (`EECO01`,
    /// ESF+ 2021–2027): what ``ESFEntry/code`` holds, typed.
    ///
    /// ```swift
    /// let unemployed = report[esf: .co01]?.value
    /// ```
    public struct ESFCode: StringCode, ExpressibleByStringLiteral {
        /// The code's text, such as `"CO01"`.
        public var rawValue: String
        /// Creates a code from its text.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// Creates a code from a literal.
        public init(stringLiteral value: String) { rawValue = value }

        /// `CO01`: Unemployed, including long-term unemployed.
        public static let co01: ESFCode = "CO01"
        /// `CO02`: Long-term unemployed.
        public static let co02: ESFCode = "CO02"
        /// `CO03`: Inactive.
        public static let co03: ESFCode = "CO03"
        /// `CO04`: Inactive, not in education or training.
        public static let co04: ESFCode = "CO04"
        /// `CO05`: Employed, including self-employed.
        public static let co05: ESFCode = "CO05"
        /// `CO06`: Below 25 years of age.
        public static let co06: ESFCode = "CO06"
        /// `CO07`: Above 54 years of age.
        public static let co07: ESFCode = "CO07"
        /// `CO08`: Above 54 years of age who are unemployed or inactive not in education or training.
        public static let co08: ESFCode = "CO08"
        /// `CO09`: With primary (ISCED 1) or lower secondary education (ISCED 2).
        public static let co09: ESFCode = "CO09"
        /// `CO10`: With upper secondary (ISCED 3) or post-secondary education (ISCED 4).
        public static let co10: ESFCode = "CO10"
        /// `CO11`: With tertiary education (ISCED 5 to 8).
        public static let co11: ESFCode = "CO11"
        /// `CO15`: Migrants, participants with a foreign background, minorities.
        public static let co15: ESFCode = "CO15"
        /// `CO16`: Participants with disabilities.
        public static let co16: ESFCode = "CO16"
        /// `CO17`: Other disadvantaged.
        public static let co17: ESFCode = "CO17"
        /// `CO18`: Homeless or affected by housing exclusion.
        public static let co18: ESFCode = "CO18"
        /// `CO19`: From rural areas.
        public static let co19: ESFCode = "CO19"
        /// `CO23`: Supported micro, small and medium-sized enterprises (social economy included).
        public static let co23: ESFCode = "CO23"
        /// `EECO01`: Total number of participants.
        public static let eeco01: ESFCode = "EECO01"
        /// `EECO02`: Unemployed, including long-term unemployed.
        public static let eeco02: ESFCode = "EECO02"
        /// `EECO03`: Long-term unemployed.
        public static let eeco03: ESFCode = "EECO03"
        /// `EECO04`: Inactive.
        public static let eeco04: ESFCode = "EECO04"
        /// `EECO05`: Employed, including self-employed.
        public static let eeco05: ESFCode = "EECO05"
        /// `EECO06`: Children below 18 years of age.
        public static let eeco06: ESFCode = "EECO06"
        /// `EECO07`: Young people between 18 and 29 years of age.
        public static let eeco07: ESFCode = "EECO07"
        /// `EECO08`: Participants of 55 years of age and above.
        public static let eeco08: ESFCode = "EECO08"
        /// `EECO09`: With lower secondary education or less (ISCED 0-2).
        public static let eeco09: ESFCode = "EECO09"
        /// `EECO10`: With upper secondary (ISCED 3) or post-secondary education (ISCED 4).
        public static let eeco10: ESFCode = "EECO10"
        /// `EECO11`: With tertiary education (ISCED 5 to 8).
        public static let eeco11: ESFCode = "EECO11"
        /// `EECO12`: Participants with disabilities.
        public static let eeco12: ESFCode = "EECO12"
        /// `EECO16`: Homeless or affected by housing exclusion.
        public static let eeco16: ESFCode = "EECO16"
        /// `EECO17`: Participants from rural areas.
        public static let eeco17: ESFCode = "EECO17"
        /// `EECO19`: Micro, small and medium-sized enterprises supported (social enterprises included).
        public static let eeco19: ESFCode = "EECO19"
    }
}
