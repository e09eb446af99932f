/// Number, date and label formats shared by the renderers: Slovenian (`1.234`, `62,5 %`, `3. 10. 2019`) or
/// English (`1,234`, `62.5%`, `2019-10-03`).
package struct ReportFormat: Hashable, Sendable {
    /// The language.
    package var language: Language

    /// Creates the formats for a language.
    package init(language: Language) { self.language = language }

    /// The mark printed for a suppressed count.
    package static let suppressedMark = "*"

    /// A whole number with thousands grouped: `12.345` (sl) or `12,345` (en).
    package func integer(_ value: Int) -> String {
        let grouped = Money.group(value.magnitude.toUInt64, by: language == .slovenian ? "." : ",")
        return (value < 0 ? "-" : "") + grouped
    }

    /// A count, or the suppressed mark.
    package func count(_ value: Int?) -> String { value.map(integer) ?? Self.suppressedMark }

    /// A count that may be suppressed (as ``count(_:)``).
    package func integer(_ value: Int?) -> String { count(value) }

    /// A number with `digits` decimals: `45,5` (sl) or `45.5` (en), trailing zeros kept.
    package func decimal(_ value: Double, digits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let wholeText = integer(whole)
        guard digits > 0 else { return sign + wholeText }
        return sign + wholeText + (language == .slovenian ? "," : ".") + Day.pad(fraction, digits)
    }

    /// A ratio as a percentage: `62,5 %` (sl, with a non-breaking space) or `62.5%` (en).
    package func percent(_ ratio: Double?) -> String {
        guard let ratio else { return "–" }
        return decimal(ratio * 100) + (language == .slovenian ? "\u{00A0}%" : "%")
    }

    /// A day: `3. 10. 2019` (sl) or `2019-10-03` (en).
    package func date(_ day: Day) -> String {
        language == .slovenian ? day.slovenianDescription : day.description
    }

    /// A range of days: `1. 4. 2018 – 31. 12. 2021`.
    package func range(_ range: DateRange) -> String { date(range.start) + " – " + date(range.end) }

    /// A quantity such as FTE or hours: `185.000` or `12,5` (sl), `185,000` or `12.5` (en), at most two decimals.
    package func quantity(_ value: Quantity) -> String {
        let text = value.description
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", maxSplits: 1)
        let whole = integer(Int(parts[0]) ?? 0)
        let fraction = parts.count > 1 ? (language == .slovenian ? "," : ".") + parts[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }

    /// A period: `2019`, `2019-Q3` (`Q3 2019` reads the same in both), a month or a range of dates.
    package func period(_ period: Period) -> String {
        switch period {
        case .range(let r): return range(r)
        case .quarter(let y, let q): return language == .slovenian ? "\(q). čet. \(y)" : "Q\(q) \(y)"
        default: return period.description
        }
    }

    /// The scope in words.
    package func scope(_ report: IndicatorReport) -> String {
        var text =
            report.scope.period.map { period($0) }
            ?? (language == .slovenian ? "celotna operacija" : "whole operation")
        text += " (" + range(report.range) + ")"
        let s = report.scope
        var filters: [String] = []
        if !s.partners.isEmpty {
            filters.append(
                s.partners.map { report.operation.name(of: $0) }.sorted().joined(separator: ", "))
        }
        if !s.infoPoints.isEmpty {
            filters.append(s.infoPoints.map(\.rawValue).sorted().joined(separator: ", "))
        }
        if !s.municipalities.isEmpty {
            filters.append(
                s.municipalities.map { Municipality.find(code: $0)?.name ?? $0.rawValue }.sorted().joined(
                    separator: ", "))
        }
        if !s.pillars.isEmpty {
            filters.append(
                (language == .slovenian ? "steber " : "pillar ")
                    + s.pillars.sorted().map(String.init).joined(separator: ", "))
        }
        if !s.activityKinds.isEmpty {
            filters.append(s.activityKinds.map(\.rawValue).sorted().joined(separator: ", "))
        }
        if !filters.isEmpty { text += "; " + filters.joined(separator: "; ") }
        return text
    }

    /// A status's name, or a dash.
    package func status(_ status: ProgressStatus?) -> String { status.map { $0.title[language] } ?? "–" }

    /// A text in the language.
    package func text(_ text: LocalizedText) -> String { text[language] }

    /// A code with its verification mark (`CO16 †` when unverified or weak).
    package func code(_ entry: IndicatorReport.ESFEntry) -> String {
        entry.verification == .verified ? entry.code : entry.code + " †"
    }

    /// The report's fixed words.
    func word(_ key: Word) -> String { key.text[language] }

    enum Word {
        case title, scope, asOf, fingerprint, outputs, id, output, value, active, toDate, target, progress,
            expected
        case status, forecast, esf, esfPlus, code, indicator, total, women, men, nonBinary, participants
        case incomplete, suppressed, unverified, warnings, series, cumulative, breakdowns, notComputed
        case measures, countUnit, measureUnit, measureInPeriod, measureToDate, appendix, unverifiedCodes
        case share, shareNote, short, finalNote

        var text: LocalizedText {
            switch self {
            case .title: .init(sl: "Poročilo o kazalnikih", en: "Indicator report")
            case .scope: .init(sl: "Obseg", en: "Scope")
            case .asOf: .init(sl: "Stanje na dan", en: "As of")
            case .fingerprint: .init(sl: "Prstni odtis podatkov (SHA-256)", en: "Data fingerprint (SHA-256)")
            case .outputs: .init(sl: "Izložki", en: "Outputs")
            case .id: .init(sl: "Oznaka", en: "ID")
            case .output: .init(sl: "Izložek", en: "Output")
            case .value: .init(sl: "V obdobju", en: "In period")
            case .active: .init(sl: "Aktivni", en: "Active")
            case .toDate: .init(sl: "Do danes", en: "To date")
            case .target: .init(sl: "Cilj", en: "Target")
            case .progress: .init(sl: "Napredek", en: "Progress")
            case .expected: .init(sl: "Pričakovano", en: "Expected")
            case .status: .init(sl: "Stanje", en: "Status")
            case .forecast: .init(sl: "Napoved", en: "Forecast")
            case .esf: .init(sl: "Skupni kazalniki ESS 2014–2020", en: "ESF common indicators 2014–2020")
            case .esfPlus:
                .init(sl: "Skupni kazalniki ESS+ 2021–2027", en: "ESF+ common indicators 2021–2027")
            case .code: .init(sl: "Koda", en: "Code")
            case .indicator: .init(sl: "Kazalnik", en: "Indicator")
            case .total: .init(sl: "Skupaj", en: "Total")
            case .women: .init(sl: "Ženske", en: "Women")
            case .men: .init(sl: "Moški", en: "Men")
            case .nonBinary: .init(sl: "Nebinarni", en: "Non-binary")
            case .participants: .init(sl: "Udeleženci (skupno število)", en: "Participants (grand total)")
            case .incomplete:
                .init(
                    sl: "Nepopolni zapisi (šteti le v skupnem številu)",
                    en: "Incomplete records (counted in the grand total only)")
            case .suppressed:
                .init(
                    sl: "* prikrito zaradi varstva podatkov (majhne celice)",
                    en: "* suppressed to protect privacy (small cells)")
            case .unverified:
                .init(
                    sl: "† koda kazalnika ni potrjena v virih (UNVERIFIED)",
                    en: "† indicator code not confirmed by a source (UNVERIFIED)")
            case .warnings: .init(sl: "Opozorila", en: "Warnings")
            case .series: .init(sl: "Četrtletno", en: "Quarterly")
            case .cumulative: .init(sl: "Kumulativno", en: "Cumulative")
            case .breakdowns: .init(sl: "Razčlenitve", en: "Breakdowns")
            case .notComputed: .init(sl: "ni izračunano", en: "not computed")
            case .measures: .init(sl: "Mere", en: "Measures")
            case .countUnit: .init(sl: "Enota štetja", en: "Counted in")
            case .measureUnit: .init(sl: "Mera (enota)", en: "Measure (unit)")
            case .measureInPeriod: .init(sl: "Mera v obdobju", en: "Measure in period")
            case .measureToDate: .init(sl: "Mera do danes", en: "Measure to date")
            case .appendix: .init(sl: "Tehnična priloga", en: "Technical appendix")
            case .unverifiedCodes:
                .init(
                    sl: "Kode kazalnikov, ki jih viri še ne potrjujejo (stanje potrditve je v JSON)",
                    en:
                        "Indicator codes not yet confirmed by a source (the verification state is in the JSON)"
                )
            case .share: .init(sl: "delež", en: "share")
            case .shareNote:
                .init(
                    sl: "Delež: vrednost partnerja do danes v vrednosti celotne operacije do danes (partner "
                        + "nima podciljev, zato ni stanja).",
                    en: "Share: the partner's value to date within the whole operation's value to date (no "
                        + "sub-target is set for the partner, so there is no status).")
            case .short: .init(sl: "manjka", en: "short by")
            case .finalNote:
                .init(
                    sl:
                        "Operacija je končana: stanja so končna (doseženo ali ni doseženo, z manjkajočim delom).",
                    en:
                        "The operation has ended: statuses are final (achieved, or not achieved with the shortfall)."
                )
            }
        }
    }
}

extension UInt {
    fileprivate var toUInt64: UInt64 { UInt64(self) }
}
