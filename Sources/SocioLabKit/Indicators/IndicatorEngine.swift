/// Computes indicator values: the same counting for every indicator.
///
/// For an indicator and a scope the engine collects the indicator's ``QualifyingEvent``s in a
/// ``QualifyingEventSink`` (which keeps each unit's first counting event) and then:
/// - **value**: the units whose first counting event falls in the scope's period;
/// - **active**: the distinct units with any counting event in the period;
/// - **to date**: the units counted from the operation's start to the report day (compared with targets);
/// - **series**: the units by the quarter of their first counting event, so the quarters add up to the
///   whole-operation value, with the running (cumulative) total beside it;
/// - **breakdowns**: the value's units by the dimensions of their first counting event.
public enum IndicatorEngine {
    /// Computes one indicator for a scope.
    /// - Parameters:
    ///   - indicator: The indicator.
    ///   - scope: The period and filters.
    ///   - context: The prepared dataset.
    ///   - dimensions: The breakdowns wanted (those the indicator supports are computed).
    /// - Returns: The value, series and breakdowns.
    /// - Complexity: The indicator's own scan, plus O(*u*) in its units.
    public static func evaluate(
        _ indicator: any Indicator, scope: Scope, context: IndicatorContext,
        dimensions: [BreakdownDimension] = BreakdownDimension.allCases
    ) -> IndicatorValue {
        var sink = QualifyingEventSink(context: context, scope: scope)
        indicator.events(in: context, into: &sink)
        let supported = Set(indicator.dimensions)
        return summarise(
            sink, hasMeasure: indicator.measure != nil, dimensions: dimensions.filter(supported.contains))
    }

    static func summarise(
        _ sink: QualifyingEventSink, hasMeasure: Bool, dimensions: [BreakdownDimension]
    ) -> IndicatorValue {
        let context = sink.context
        let operation = context.dataset.operation
        let quarters: [Period] =
            sink.window.map { w in operation.period.quarters.filter { $0.range.start <= w.end } }
            ?? []
        let startYear = operation.period.start.year
        let startQuarter = operation.period.start.quarter
        var perQuarter = [Int](repeating: 0, count: quarters.count)
        var value = 0
        var active = 0
        var toDate = 0
        var measure: Int64 = 0
        var measureToDate: Int64 = 0
        var counts = [[Int]](repeating: [], count: dimensions.count)
        let range = sink.scopeRange

        for unit in sink.firstKey.indices {
            if sink.active[unit] { active += 1 }
            let key = sink.firstKey[unit]
            guard key != .max else { continue }
            let day = Day(daysSinceEpoch: Int32(truncatingIfNeeded: key >> 32))
            toDate += 1
            measureToDate += sink.firstWeight[unit]
            let (y, m, _) = day.components
            let q = (y - startYear) * 4 + ((m - 1) / 3 + 1 - startQuarter)
            if q >= 0, q < perQuarter.count { perQuarter[q] += 1 }
            guard range.contains(day) else { continue }
            value += 1
            measure += sink.firstWeight[unit]
            for (d, dimension) in dimensions.enumerated() {
                tally(dimension, unit: unit, sink: sink, into: &counts[d])
            }
        }

        var running = 0
        let series = quarters.enumerated().map { i, period in
            running += perQuarter[i]
            return SeriesPoint(period: period, value: perQuarter[i], cumulative: running)
        }
        let breakdowns = dimensions.enumerated().map { d, dimension in
            breakdown(dimension, counts: counts[d], total: value, context: context)
        }
        return IndicatorValue(
            value: value, active: active, toDate: toDate,
            measure: hasMeasure ? Quantity(hundredths: measure) : nil,
            measureToDate: hasMeasure ? Quantity(hundredths: measureToDate) : nil,
            series: series, breakdowns: breakdowns)
    }

    /// Adds one unit to a dimension's counts (index 0: unspecified).
    private static func tally(
        _ dimension: BreakdownDimension, unit: Int, sink: QualifyingEventSink, into counts: inout [Int]
    ) {
        let context = sink.context
        let a = Int(sink.firstActivity[unit])
        let p = Int(sink.firstPerson[unit])
        func bump(_ index: Int) {
            if index >= counts.count { counts += repeatElement(0, count: index + 1 - counts.count) }
            counts[index] += 1
        }
        switch dimension {
        case .partner:
            if a >= 0 {
                let partners = context.activityPartners[a]
                if partners.isEmpty { bump(0) }
                for partner in partners { bump(Int(partner) + 1) }
            } else {
                bump(Int(sink.firstPartner[unit]) + 1)
            }
        case .infoPoint:
            bump(Int(a >= 0 ? context.activityInfoPoint[a] : sink.firstInfoPoint[unit]) + 1)
        case .municipality:
            bump(max(0, Int(a >= 0 ? context.activityMunicipality[a] : sink.firstMunicipality[unit])))
        case .pillar:
            bump(a >= 0 ? Int(context.activityPillar[a]) + 1 : 0)
        case .gender:
            bump(p >= 0 ? Int(context.personGender[p]) : 0)
        case .ageGroup:
            bump(p >= 0 ? Int(context.personAgeGroup[p]) : 0)
        case .employmentStatus:
            bump(p >= 0 ? Int(context.personEmployment[p]) : 0)
        case .targetGroup:
            let mask = p >= 0 ? context.personTargetGroups[p] : 0
            if mask == 0 { bump(0) }
            var rest = mask
            while rest != 0 {
                let bit = rest.trailingZeroBitCount
                bump(bit + 1)
                rest &= rest - 1
            }
        }
    }

    /// Turns counts into labelled cells.
    private static func breakdown(
        _ dimension: BreakdownDimension, counts: [Int], total: Int, context: IndicatorContext
    ) -> Breakdown {
        func count(_ i: Int) -> Int { i < counts.count ? counts[i] : 0 }
        let operation = context.dataset.operation
        var cells: [BreakdownCell] = []
        switch dimension {
        case .partner:
            for (i, id) in context.partnerIDs.enumerated()
            where i < operation.partners.count || count(i + 1) > 0 {
                let name = operation.partner(id)?.shortName ?? id.rawValue
                cells.append(
                    BreakdownCell(key: id.rawValue, label: .init(sl: name, en: name), value: count(i + 1)))
            }
        case .infoPoint:
            let slots = context.dataset.infoPoints.slots
            for (slot, point) in slots.enumerated() {
                guard let point, count(slot + 1) > 0 else { continue }
                cells.append(
                    BreakdownCell(
                        key: point.id.rawValue, label: .init(sl: point.name, en: point.name),
                        value: count(slot + 1)))
            }
            cells.sort { $0.key < $1.key }
        case .municipality:
            for number in counts.indices.dropFirst() where counts[number] > 0 {
                let code = Municipality.Code(number)
                let name = code.flatMap { Municipality.find(code: $0)?.name } ?? String(number)
                cells.append(
                    BreakdownCell(
                        key: code?.rawValue ?? String(number), label: .init(sl: name, en: name),
                        value: counts[number]))
            }
        case .pillar:
            var numbers = Set(operation.pillars.map(\.id))
            for i in counts.indices.dropFirst() where counts[i] > 0 { numbers.insert(i - 1) }
            for number in numbers.sorted() {
                cells.append(
                    BreakdownCell(
                        key: String(number), label: .init(sl: "steber \(number)", en: "pillar \(number)"),
                        value: count(number + 1)))
            }
        case .gender:
            for (i, gender) in Gender.allCases.enumerated() {
                cells.append(BreakdownCell(key: gender.rawValue, label: gender.title, value: count(i + 1)))
            }
        case .ageGroup:
            for (i, group) in AgeGroup.allCases.enumerated() {
                cells.append(BreakdownCell(key: group.rawValue, label: group.title, value: count(i + 1)))
            }
        case .employmentStatus:
            for (i, status) in EmploymentStatus.allCases.enumerated() {
                cells.append(BreakdownCell(key: status.rawValue, label: status.title, value: count(i + 1)))
            }
        case .targetGroup:
            for (i, group) in operation.targetGroups.prefix(63).enumerated() {
                cells.append(BreakdownCell(key: group.id.rawValue, label: group.title, value: count(i + 1)))
            }
            if count(64) > 0 {
                cells.append(
                    BreakdownCell(
                        key: "other", label: .init(sl: "druga skupina", en: "other group"), value: count(64)))
            }
        }
        if count(0) > 0 {
            cells.append(
                BreakdownCell(
                    key: BreakdownCell.unspecifiedKey, label: .init(sl: "ni podatka", en: "not recorded"),
                    value: count(0)))
        }
        let sum = cells.reduce(0) { $0 + $1.value }
        return Breakdown(dimension: dimension, cells: cells, additive: sum == total)
    }
}

extension Gender {
    /// The value's name in reports.
    public var title: LocalizedText {
        switch self {
        case .female: .init(sl: "ženske", en: "women")
        case .male: .init(sl: "moški", en: "men")
        case .nonBinary: .init(sl: "nebinarne osebe", en: "non-binary")
        case .undisclosed: .init(sl: "ni navedeno", en: "undisclosed")
        }
    }
}

extension EmploymentStatus {
    /// The value's name in reports.
    public var title: LocalizedText {
        switch self {
        case .employed: .init(sl: "zaposleni", en: "employed")
        case .selfEmployed: .init(sl: "samozaposleni", en: "self-employed")
        case .unemployed: .init(sl: "brezposelni", en: "unemployed")
        case .longTermUnemployed: .init(sl: "dolgotrajno brezposelni", en: "long-term unemployed")
        case .inactive:
            .init(sl: "neaktivni, ne v izobraževanju", en: "inactive, not in education or training")
        case .inactiveInEducation:
            .init(sl: "neaktivni, v izobraževanju", en: "inactive, in education or training")
        }
    }
}
