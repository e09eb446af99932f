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
///
/// A report (``ReportBuilder``) evaluates every indicator this way; evaluate one yourself for a scope of
/// your own:
///
/// ```swift
/// let context = IndicatorContext(dataset: dataset, plugins: .standard, asOf: asOf)
/// let trained = IndicatorEngine.evaluate(
///     OutputIndicators.trainedPersons, scope: Scope(period: .year(2019)), context: context,
///     dimensions: [.gender])
/// print(trained.value, trained.breakdowns.first?.cells.map(\.key) ?? [])
/// ```
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
        // The quarter of every day of the operation, by its distance from the start: no calendar
        // arithmetic per unit.
        let first = operation.period.start.daysSinceEpoch
        var quarterOfDay = [Int16](repeating: -1, count: Int(operation.period.end.daysSinceEpoch - first) + 1)
        for (q, period) in quarters.enumerated() {
            let range = period.range
            for day in range.start.daysSinceEpoch...range.end.daysSinceEpoch
            where day >= first && Int(day - first) < quarterOfDay.count {
                quarterOfDay[Int(day - first)] = Int16(q)
            }
        }
        var perQuarter = [Int](repeating: 0, count: quarters.count)
        var active = 0
        var toDate = 0
        var measure: Int64 = 0
        var measureToDate: Int64 = 0
        let rangeStart = sink.scopeRange.start.daysSinceEpoch
        let rangeEnd = sink.scopeRange.end.daysSinceEpoch
        // The units whose first counting event falls in the scope's period: the value, and what the
        // breakdowns count.
        var counted: [Int32] = []
        let firstKey = sink.firstKey
        let firstWeight = sink.firstWeight
        let isActive = sink.active
        for unit in firstKey.indices {
            if isActive[unit] { active += 1 }
            let key = firstKey[unit]
            guard key != .max else { continue }
            let day = Int32(truncatingIfNeeded: key >> 32)
            toDate += 1
            measureToDate = measureToDate.saturatingAdding(firstWeight[unit])
            let offset = Int(day) - Int(first)
            if offset >= 0, offset < quarterOfDay.count, quarterOfDay[offset] >= 0 {
                perQuarter[Int(quarterOfDay[offset])] += 1
            }
            guard day >= rangeStart, day <= rangeEnd else { continue }
            measure = measure.saturatingAdding(firstWeight[unit])
            counted.append(Int32(truncatingIfNeeded: unit))
        }
        let value = counted.count

        var running = 0
        let series = quarters.enumerated().map { i, period in
            running += perQuarter[i]
            return SeriesPoint(period: period, value: perQuarter[i], cumulative: running)
        }
        let breakdowns = dimensions.map { dimension in
            breakdown(
                dimension, counts: tally(dimension, units: counted, sink: sink), total: value,
                context: context)
        }
        return IndicatorValue(
            value: value, active: active, toDate: toDate,
            measure: hasMeasure ? Quantity(hundredths: measure) : nil,
            measureToDate: hasMeasure ? Quantity(hundredths: measureToDate) : nil,
            series: series, breakdowns: breakdowns)
    }

    /// Counts units by one dimension of their first counting event (index 0: unspecified).
    ///
    /// One plain loop per dimension over the counted units and flat columns, so that millions of units
    /// cost a few array reads each.
    private static func tally(_ dimension: BreakdownDimension, units: [Int32], sink: QualifyingEventSink)
        -> [Int]
    {
        let context = sink.context
        let firstActivity = sink.firstActivity
        let firstPerson = sink.firstPerson
        switch dimension {
        case .partner:
            let partners = context.activityPartners
            let firstPartner = sink.firstPartner
            var counts = [Int](repeating: 0, count: context.partnerIDs.count + 1)
            for unit in units {
                let a = Int(firstActivity[Int(unit)])
                if a < 0 {
                    counts[Int(firstPartner[Int(unit)]) + 1] += 1
                } else if partners[a].isEmpty {
                    counts[0] += 1
                } else {
                    for partner in partners[a] { counts[Int(partner) + 1] += 1 }
                }
            }
            return counts
        case .infoPoint:
            let infoPoints = context.activityInfoPoint
            let firstInfoPoint = sink.firstInfoPoint
            var counts = [Int](repeating: 0, count: context.dataset.infoPoints.slotCount + 1)
            for unit in units {
                let a = Int(firstActivity[Int(unit)])
                counts[Int(a >= 0 ? infoPoints[a] : firstInfoPoint[Int(unit)]) + 1] += 1
            }
            return counts
        case .municipality:
            let municipalities = context.activityMunicipality
            let firstMunicipality = sink.firstMunicipality
            var counts = [Int](repeating: 0, count: 1000)
            for unit in units {
                let a = Int(firstActivity[Int(unit)])
                let number = max(0, Int(a >= 0 ? municipalities[a] : firstMunicipality[Int(unit)]))
                if number >= counts.count { counts += repeatElement(0, count: number + 1 - counts.count) }
                counts[number] += 1
            }
            return counts
        case .pillar:
            let pillars = context.activityPillar
            var counts = [Int](repeating: 0, count: 1 + Int(pillars.max() ?? -1) + 1)
            for unit in units {
                let a = Int(firstActivity[Int(unit)])
                counts[a >= 0 ? Int(pillars[a]) + 1 : 0] += 1
            }
            return counts
        case .gender: return countByPerson(context.personGender, units: units, firstPerson: firstPerson)
        case .ageGroup: return countByPerson(context.personAgeGroup, units: units, firstPerson: firstPerson)
        case .employmentStatus:
            return countByPerson(context.personEmployment, units: units, firstPerson: firstPerson)
        case .targetGroup:
            let groups = context.personTargetGroups
            var counts = [Int](repeating: 0, count: 65)
            for unit in units {
                let p = Int(firstPerson[Int(unit)])
                var rest = p >= 0 ? groups[p] : 0
                if rest == 0 { counts[0] += 1 }
                while rest != 0 {
                    counts[rest.trailingZeroBitCount + 1] += 1
                    rest &= rest - 1
                }
            }
            return counts
        }
    }

    /// Counts units under the value a per-person column holds for their person (0 without one).
    private static func countByPerson(_ column: [UInt8], units: [Int32], firstPerson: [Int32]) -> [Int] {
        var counts = [Int](repeating: 0, count: 256)
        for unit in units {
            let p = Int(firstPerson[Int(unit)])
            counts[p >= 0 ? Int(column[p]) : 0] += 1
        }
        return counts
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
        let sum = cells.reduce(0) { $0 + ($1.value ?? 0) }
        return Breakdown(dimension: dimension, additive: sum == total, cells: cells)
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
