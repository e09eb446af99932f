/// The Slovenian sentence of an identifier's error, for the import's messages.
extension IdentifierError {
    /// What went wrong and what to do, in Slovenian, from the code and the kind (the EMŠO is never
    /// repeated, as in the English message).
    var slovenianMessage: String {
        let subject: String
        let digits: String
        switch kind {
        case .emso:
            subject = "EMŠO"
            digits = "13 števk (DDMMLLL RR BBB K)"
        case .taxNumber:
            subject = "Davčna številka '\(input)'"
            digits = "8 števk, po želji za \"SI\""
        case .registrationNumber:
            subject = "Matična številka '\(input)'"
            digits = "7 ali 10 števk"
        }
        switch code {
        case .wrongLength:
            return
                "\(subject) nima pravega števila števk. Vpišite \(digits) in poiščite manjkajočo ali odvečno "
                + "števko."
        case .notDigits:
            return
                "\(subject) vsebuje znake, ki niso števke. Vpišite le \(digits) (presledki, pomišljaji in pike "
                + "so dovoljeni)."
        case .invalidDate:
            return
                "Prvih 7 števk EMŠO (DDMMLLL) ni resničen datum rojstva. Primerjajte jih z datumom rojstva "
                + "osebe."
        case .checkDigit:
            let expected = expectedCheckDigit.map { " (pravilna bi bila \($0))" } ?? ""
            return
                "\(subject) ima napačno kontrolno števko\(expected). Poiščite napačno vpisano ali zamenjano "
                + "števko."
        case .noValidCheckDigit:
            return
                "\(subject) ne more biti veljavna: za njene prve števke kontrolna števka ne obstaja. Poiščite "
                + "napačno vpisano števko."
        case .leadingZero:
            return "\(subject) se začne z 0, nobena davčna številka pa se ne. Preverite prvo števko."
        case .remainderOne:
            return
                "Prvih 12 števk EMŠO da ostanek 1, zato po strogem pravilu nobena kontrolna števka ne ustreza. "
                + "Preverite številko."
        default:
            return "\(subject) ni veljavna. Popravite vrednost in uvozite znova."
        }
    }
}
