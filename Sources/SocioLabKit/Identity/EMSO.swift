import Foundation

/// EMŠO (enotna matična številka občana), the 13-digit Slovenian personal identification number.
///
/// The digits read `DD MM YYY RR BBB K`: the birth date (day, month, last three digits of the year), the
/// register code, a serial number that also encodes sex, and a modulus-11 check digit (Uredba o načinu
/// določanja osebne identifikacijske številke, UL RS 8/1999, Art. 3). A value of this type always has
/// 13 digits, a real birth date and a correct check digit.
///
/// ```swift
/// let emso = try EMSO("1506098 50 123 6")
/// emso.birthDate     // 2098-06-15
/// emso.sex           // .male
/// emso.register      // .slovenia
/// ```
///
/// An EMŠO is personal data: keep it with the erasable personal details, never in the statistical record.
/// It is encoded as its 13 digits. See `Documentation/Identifiers.md` for the algorithm and its sources.
public struct EMSO: Hashable, Sendable, CustomStringConvertible {
    /// The 13 digits, without separators.
    public let digits: String

    /// Reads an EMŠO, strictly: the remainder-1 case is rejected.
    ///
    /// Spaces, dashes and dots are removed first, so `"150609850 1236"` and `"1506098-501-236"` read.
    /// - Parameter text: The number as typed.
    /// - Throws: ``IdentifierError`` with code ``IdentifierError/Code/wrongLength``,
    ///   ``IdentifierError/Code/notDigits``, ``IdentifierError/Code/invalidDate``,
    ///   ``IdentifierError/Code/checkDigit`` or ``IdentifierError/Code/remainderOne``.
    public init(_ text: String) throws(IdentifierError) {
        try self.init(text, allowingRemainderOne: false)
    }

    /// Reads an EMŠO, optionally accepting the remainder-1 case with check digit 0.
    ///
    /// When the weighted sum of the first 12 digits leaves remainder 1 the check digit would be 10.
    /// Croatian JMBG rules treat such a number as invalid; python-stdnum and other validators map it to 0.
    /// The strict reading rejects it; pass `allowingRemainderOne: true` to accept it with check digit 0.
    /// - Parameters:
    ///   - text: The number as typed.
    ///   - allowingRemainderOne: Whether to accept check digit 0 when the remainder is 1.
    /// - Throws: ``IdentifierError`` naming the rule that failed.
    public init(_ text: String, allowingRemainderOne: Bool) throws(IdentifierError) {
        func failure(_ code: IdentifierError.Code, _ message: String, expected: Int? = nil) -> IdentifierError
        {
            IdentifierError(code, kind: .emso, input: text, message: message, expectedCheckDigit: expected)
        }
        let stripped = IdentifierText.stripSeparators(text)
        guard !stripped.isEmpty else {
            throw failure(.wrongLength, "The EMŠO is empty; write its 13 digits (DDMMYYY RR BBB K).")
        }
        guard let values = IdentifierText.digitValues(stripped) else {
            throw failure(
                .notDigits,
                "The EMŠO contains characters other than digits; write its 13 digits only "
                    + "(spaces, dashes and dots are allowed).")
        }
        guard values.count == 13 else {
            throw failure(
                .wrongLength,
                "The EMŠO has \(values.count) digits, but an EMŠO has 13 (DDMMYYY RR BBB K); "
                    + "look for a missing or extra digit.")
        }
        let day = Int(values[0]) * 10 + Int(values[1])
        let month = Int(values[2]) * 10 + Int(values[3])
        let year = EMSO.fullYear(Int(values[4]) * 100 + Int(values[5]) * 10 + Int(values[6]))
        guard Day(year: year, month: month, day: day) != nil else {
            throw failure(
                .invalidDate,
                "The EMŠO's first 7 digits (DDMMYYY) are not a real birth date (day \(day) of month "
                    + "\(month)); check the date digits against the person's birth date.")
        }
        let remainder = EMSO.remainder(values.prefix(12))
        let given = Int(values[12])
        if remainder == 1 {
            guard allowingRemainderOne else {
                throw failure(
                    .remainderOne,
                    "The EMŠO's first 12 digits leave remainder 1, so no check digit fits under the strict "
                        + "rule; check the number, or read it with allowingRemainderOne: true if it was "
                        + "issued with check digit 0.")
            }
            guard given == 0 else {
                throw failure(
                    .checkDigit,
                    "The EMŠO's check digit (the 13th digit) is \(given), but the first 12 digits give 0 "
                        + "(remainder 1, lenient rule); look for a mistyped digit.", expected: 0)
            }
        } else {
            let expected = remainder == 0 ? 0 : 11 - remainder
            guard given == expected else {
                throw failure(
                    .checkDigit,
                    "The EMŠO's check digit (the 13th digit) is \(given), but the first 12 digits give "
                        + "\(expected); look for a mistyped or swapped digit.", expected: expected)
            }
        }
        digits = stripped
    }

    /// The 13 digits.
    public var description: String { digits }

    /// The birth date from the first 7 digits; the year is 2000 + YYY below 800 and 1000 + YYY otherwise.
    public var birthDate: Day {
        let v = values
        return Day(
            year: EMSO.fullYear(Int(v[4]) * 100 + Int(v[5]) * 10 + Int(v[6])),
            month: Int(v[2]) * 10 + Int(v[3]), day: Int(v[0]) * 10 + Int(v[1]))!
    }

    /// The register code, digits 8–9 (00–99). Every code is accepted; ``register`` says what it means.
    public var registerCode: Int { Int(values[7]) * 10 + Int(values[8]) }

    /// The register the code belongs to (50–59 is Slovenia).
    public var register: Register { Register(code: registerCode)! }

    /// The serial number BBB, digits 10–12 (0–999); it also encodes ``sex``.
    public var serial: Int { Int(values[9]) * 100 + Int(values[10]) * 10 + Int(values[11]) }

    /// The sex encoded in the serial number: 000–499 male, 500–999 female.
    public var sex: Sex { serial < 500 ? .male : .female }

    /// The check digit, digit 13.
    public var checkDigit: Int { Int(values[12]) }

    /// Whether this number falls in the remainder-1 case, accepted only by the lenient reading.
    ///
    /// Validation rules can use it to flag such numbers for a second look.
    public var hasRemainderOne: Bool { EMSO.remainder(values.prefix(12)) == 1 }

    private var values: [UInt8] { digits.utf8.map { $0 - 48 } }
}

extension EMSO {
    /// The sex encoded in an EMŠO's serial number (Uredba, UL RS 8/1999, Art. 3).
    public enum Sex: String, Hashable, Sendable, Codable, CaseIterable {
        /// Serial 000–499.
        case male
        /// Serial 500–999.
        case female
    }

    /// What an EMŠO's two-digit register code (digits 8–9) means.
    ///
    /// The ranges come from the former Yugoslav republics' registers (sl.wikipedia "Enotna matična številka
    /// občana"). Persons registered in Slovenia carry 50; the rest of 50–59 is unused but accepted.
    public enum Register: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// 00–09: foreigners.
        case foreigners
        /// 10–19: Bosnia and Herzegovina.
        case bosniaAndHerzegovina
        /// 20–29: Montenegro.
        case montenegro
        /// 30–39: Croatia.
        case croatia
        /// 40–49: North Macedonia.
        case northMacedonia
        /// 50–59: Slovenia (only 50 is used).
        case slovenia
        /// 60–69: temporary residents.
        case temporaryResidents
        /// 70–79: Serbia (without its provinces).
        case serbia
        /// 80–89: Vojvodina.
        case vojvodina
        /// 90–99: Kosovo.
        case kosovo

        /// The register for a code.
        /// - Parameter code: The register code, 0–99.
        /// - Returns: The register, or `nil` when `code` is outside 0–99.
        public init?(code: Int) {
            guard (0...99).contains(code) else { return nil }
            self = Register.allCases[code / 10]
        }

        /// The codes of this register, such as `50...59`.
        public var codes: ClosedRange<Int> {
            let start = Register.allCases.firstIndex(of: self)! * 10
            return start...(start + 9)
        }

        /// The English name, such as "Slovenia".
        public var englishName: String {
            switch self {
            case .foreigners: "foreigners"
            case .bosniaAndHerzegovina: "Bosnia and Herzegovina"
            case .montenegro: "Montenegro"
            case .croatia: "Croatia"
            case .northMacedonia: "North Macedonia"
            case .slovenia: "Slovenia"
            case .temporaryResidents: "temporary residents"
            case .serbia: "Serbia"
            case .vojvodina: "Vojvodina"
            case .kosovo: "Kosovo"
            }
        }

        /// The Slovenian name, such as "Slovenija".
        public var slovenianName: String {
            switch self {
            case .foreigners: "tujci"
            case .bosniaAndHerzegovina: "Bosna in Hercegovina"
            case .montenegro: "Črna gora"
            case .croatia: "Hrvaška"
            case .northMacedonia: "Severna Makedonija"
            case .slovenia: "Slovenija"
            case .temporaryResidents: "začasni prebivalci"
            case .serbia: "Srbija"
            case .vojvodina: "Vojvodina"
            case .kosovo: "Kosovo"
            }
        }

        /// The English name with the code range, such as "Slovenia (50–59)".
        public var description: String { "\(englishName) (\(codes.lowerBound)–\(codes.upperBound))" }
    }

    /// The check digit for the first 12 digits of an EMŠO, under the strict rule.
    ///
    /// S = Σ dᵢ·wᵢ with weights 7,6,5,4,3,2,7,6,5,4,3,2; m = S mod 11; the digit is 0 when m = 0 and
    /// 11 − m otherwise. Sample-data generators use it to build valid numbers.
    /// - Parameter first12: The first 12 digits as values 0–9.
    /// - Returns: The check digit, or `nil` when m = 1 (no strict check digit), when there are not exactly
    ///   12 values, or when a value is above 9.
    public static func checkDigit(for first12: some Collection<UInt8>) -> Int? {
        guard first12.count == 12, first12.allSatisfy({ $0 <= 9 }) else { return nil }
        let remainder = remainder(first12)
        if remainder == 1 { return nil }
        return remainder == 0 ? 0 : 11 - remainder
    }

    /// Builds a valid EMŠO from its parts.
    /// - Parameters:
    ///   - birthYear: The birth year, 1800–2799 (the years three digits can encode).
    ///   - month: The birth month, 1–12.
    ///   - day: The day of the month.
    ///   - registerCode: The register code, 0–99 (50 for Slovenia).
    ///   - serial: The serial number, 0–999 (below 500 male, from 500 female).
    /// - Returns: The EMŠO, or `nil` when a part is out of range, the date does not exist, or the first
    ///   12 digits leave remainder 1 (try the next serial).
    public static func make(birthYear: Int, month: Int, day: Int, registerCode: Int, serial: Int) -> EMSO? {
        guard (1800...2799).contains(birthYear), Day(year: birthYear, month: month, day: day) != nil,
            (0...99).contains(registerCode), (0...999).contains(serial)
        else { return nil }
        let threeDigitYear = birthYear % 1000
        let first12 =
            [day / 10, day % 10, month / 10, month % 10] + [
                threeDigitYear / 100, threeDigitYear / 10 % 10, threeDigitYear % 10,
                registerCode / 10, registerCode % 10, serial / 100, serial / 10 % 10, serial % 10,
            ]
        let values = first12.map { UInt8($0) }
        guard let check = checkDigit(for: values) else { return nil }
        return EMSO(validDigits: (values + [UInt8(check)]).map { String($0) }.joined())
    }

    /// Builds a valid EMŠO for a birth date.
    /// - Parameters:
    ///   - birthDate: The birth date, in 1800–2799.
    ///   - registerCode: The register code, 0–99 (50 for Slovenia).
    ///   - serial: The serial number, 0–999.
    /// - Returns: The EMŠO, or `nil` as for ``make(birthYear:month:day:registerCode:serial:)``.
    public static func make(birthDate: Day, registerCode: Int, serial: Int) -> EMSO? {
        let (year, month, day) = birthDate.components
        return make(birthYear: year, month: month, day: day, registerCode: registerCode, serial: serial)
    }

    private init(validDigits: String) { digits = validDigits }

    /// YYY below 800 is 2000 + YYY, otherwise 1000 + YYY (python-stdnum `get_birth_date`).
    static func fullYear(_ threeDigits: Int) -> Int {
        threeDigits < 800 ? 2000 + threeDigits : 1000 + threeDigits
    }

    private static let weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

    private static func remainder(_ first12: some Collection<UInt8>) -> Int {
        IdentifierText.weightedSum(first12, weights: weights) % 11
    }
}

extension EMSO: Codable {
    /// Decodes the 13 digits.
    ///
    /// Decoding is lenient about the remainder-1 case, so a number accepted with
    /// ``init(_:allowingRemainderOne:)`` and saved can always be read back; every other rule applies.
    /// - Throws: `DecodingError.dataCorrupted` with the reason when the value is not a valid EMŠO.
    public init(from decoder: any Decoder) throws {
        self = try IdentifierText.decode(from: decoder) { (text) throws(IdentifierError) in
            try EMSO(text, allowingRemainderOne: true)
        }
    }

    /// Encodes the 13 digits as one string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }
}
