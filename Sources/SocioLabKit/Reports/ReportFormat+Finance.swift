extension ReportFormat {
    /// Cents as an amount without its currency: `1.279.895,84` (sl) or `1,279,895.84` (en).
    package func cents(_ value: Int64) -> String {
        let magnitude = value.magnitude
        let whole = Money.group(magnitude / 100, by: language == .slovenian ? "." : ",")
        let fraction = Day.pad(Int(magnitude % 100), 2)
        return (value < 0 ? "-" : "") + whole + (language == .slovenian ? "," : ".") + fraction
    }

    /// Cents as an amount, or a dash.
    package func cents(_ value: Int64?) -> String { value.map { cents($0) } ?? "–" }

    /// Cents with the currency: `1.279.895,84 €` (sl) or `€1,279,895.84` (en).
    package func money(_ value: Int64, _ currency: String) -> String {
        Money(cents: value, currency: currency).formatted(language)
    }

    /// An absorption line's status: its name, `over budget` added when more was spent than planned.
    package func status(of line: IndicatorReport.Absorption) -> String {
        let name = status(line.status)
        return line.overBudget ? name + " (" + say(.overBudget) + ")" : name
    }

    /// The title of a cost-per-result line: the output and, for a partner, its name.
    package func costTitle(_ line: IndicatorReport.CostPerResult, _ report: IndicatorReport) -> String {
        let output = line.output + " " + text(line.title)
        guard let partner = line.partner else { return output }
        return report.operation.name(of: partner) + ": " + output
    }

    /// A whole percentage: `80 %` (sl, with a non-breaking space) or `80%` (en).
    package func wholePercent(_ value: Int) -> String {
        String(value) + (language == .slovenian ? "\u{00A0}%" : "%")
    }

    /// A fixed word of the finance section.
    package func say(_ key: FinanceWord) -> String { key.text[language] }

    /// The finance section's fixed words.
    package enum FinanceWord {
        case finance, absorption, line, planned, spent, claimed, approved, paid, expected, forecast
        case total, eu, national, byPartner, byCategory, byYear, quarter, costPerResult, results, perResult
        case overBudget, amountsIn, absorbedNote, splitNote, costNote, chart, straightLine, share
        case approvedEU, approvedNational

        var text: LocalizedText {
            switch self {
            case .finance: .init(sl: "Finance", en: "Finance")
            case .absorption: .init(sl: "Črpanje sredstev", en: "Absorption")
            case .line: .init(sl: "Postavka", en: "Line")
            case .planned: .init(sl: "Načrtovano", en: "Planned")
            case .spent: .init(sl: "Porabljeno", en: "Spent")
            case .claimed: .init(sl: "Zahtevano", en: "Claimed")
            case .approved: .init(sl: "Odobreno", en: "Approved")
            case .paid: .init(sl: "Izplačano", en: "Paid")
            case .expected: .init(sl: "Pričakovano do danes", en: "Expected by now")
            case .forecast: .init(sl: "Napoved ob koncu", en: "Forecast at the end")
            case .total: .init(sl: "Skupaj", en: "Total")
            case .eu: .init(sl: "EU (ESS)", en: "EU (ESF)")
            case .national: .init(sl: "Nacionalno", en: "National")
            case .byPartner: .init(sl: "Po partnerjih", en: "By partner")
            case .byCategory: .init(sl: "Po vrstah stroškov", en: "By cost category")
            case .byYear: .init(sl: "Po letih", en: "By year")
            case .quarter: .init(sl: "Četrtletje", en: "Quarter")
            case .costPerResult: .init(sl: "Strošek na rezultat", en: "Cost per result")
            case .results: .init(sl: "Rezultati", en: "Results")
            case .perResult: .init(sl: "Na rezultat", en: "Per result")
            case .overBudget: .init(sl: "nad proračunom", en: "over budget")
            case .amountsIn: .init(sl: "zneski v", en: "amounts in")
            case .absorbedNote:
                .init(
                    sl:
                        "Kot načrpano šteje, kar je bilo odobreno v zahtevkih za izplačilo; odstotek in stanje "
                        + "primerjata odobreni znesek z načrtovanim in z enakomerno potjo do konca obdobja postavke.",
                    en:
                        "Absorbed is what payment claims had approved; the percentage and the status compare it "
                        + "with the plan and with a straight line to the end of the line's period.")
            case .splitNote:
                .init(
                    sl: "Delež EU je znesek, pomnožen s stopnjo sofinanciranja in zaokrožen na cent; "
                        + "nacionalni delež je ostanek.",
                    en: "The EU share is the amount times the co-financing rate, rounded to the cent; the "
                        + "national share is the remainder.")
            case .costNote:
                .init(
                    sl: "Strošek na rezultat: porabljeno do danes (s pavšali) na rezultat izložka do danes.",
                    en:
                        "Cost per result: spent to date (with the flat rates) per result of the output to date."
                )
            case .chart:
                .init(
                    sl: "Črpanje (kumulativno) in enakomerna pot do proračuna",
                    en: "Absorption (cumulative) against the straight line to the budget")
            case .straightLine: .init(sl: "enakomerna pot", en: "straight line")
            case .share: .init(sl: "Delež", en: "Share")
            case .approvedEU: .init(sl: "Odobreno EU", en: "Approved EU")
            case .approvedNational: .init(sl: "Odobreno nacionalno", en: "Approved national")
            }
        }
    }
}
