extension HTMLReportRenderer {
    /// A fixed word of the HTML report, in the renderer's language.
    func say(_ key: Word) -> String { key.text[language] }

    /// The words only the HTML report uses (the others are ``ReportFormat``'s).
    enum Word {
        case summary, operationID, period, progressChart, expectedByNow
        case noTarget, otherIndicators, count, unit, measure, cumulativeAtQuarterEnd, target
        case breakdownsNote, statusLegend, finalStatusLegend
        case programme, budget, leadPartner, partners

        var text: LocalizedText {
            switch self {
            case .summary: .init(sl: "Povzetek", en: "Summary")
            case .operationID: .init(sl: "Oznaka operacije", en: "Operation ID")
            case .programme: .init(sl: "Program", en: "Programme")
            case .budget: .init(sl: "Proračun", en: "Budget")
            case .leadPartner: .init(sl: "Vodilni partner", en: "Lead partner")
            case .partners: .init(sl: "Partnerji", en: "Partners")
            case .finalStatusLegend:
                .init(
                    sl:
                        "Operacija je končana: stanje je dokončno, pri nedoseženih izložkih s primanjkljajem do cilja.",
                    en:
                        "The operation has ended: statuses are final, with the shortfall of each output not achieved."
                )
            case .period: .init(sl: "Obdobje izvajanja", en: "Operation period")
            case .progressChart: .init(sl: "Napredek izložkov do ciljev", en: "Outputs against their targets")
            case .expectedByNow: .init(sl: "pričakovano do dneva poročila", en: "expected by the report day")
            case .noTarget:
                .init(
                    sl: "Izložki brez cilja v grafu niso prikazani.",
                    en: "Outputs without a target are not charted.")
            case .otherIndicators: .init(sl: "Drugi kazalniki in merila", en: "Other indicators and measures")
            case .count: .init(sl: "Število", en: "Count")
            case .unit: .init(sl: "Enota", en: "Unit")
            case .measure: .init(sl: "Merilo", en: "Measure")
            case .cumulativeAtQuarterEnd:
                .init(sl: "kumulativno ob koncu četrtletja", en: "cumulative at the end of the quarter")
            case .target: .init(sl: "cilj", en: "target")
            case .breakdownsNote:
                .init(
                    sl: "Vrednosti v obdobju poročila, v enoti posameznega kazalnika.",
                    en: "Values in the report's period, in each indicator's unit.")
            case .statusLegend:
                .init(
                    sl:
                        "Stanje primerja vrednost do danes s pričakovano do dneva poročila: "
                        + "ogroženo pod pričakovano, zaostaja pod 80 % pričakovane.",
                    en:
                        "Status compares the value to date with what is expected by the report day: "
                        + "at risk below it, behind below 80% of it.")
            }
        }
    }
}
