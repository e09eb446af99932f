/// How far an output is against its target on the report day.
public enum ProgressStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The target is reached.
    case achieved
    /// At or above what is expected by now.
    case onTrack = "on_track"
    /// At least 80 % of what is expected by now.
    case atRisk = "at_risk"
    /// Below 80 % of what is expected by now.
    case behind
    /// The operation has ended and the target was not reached (the shortfall is final).
    case notAchieved = "not_achieved"

    /// The status's name.
    public var title: LocalizedText {
        switch self {
        case .achieved: .init(sl: "doseženo", en: "achieved")
        case .onTrack: .init(sl: "na poti", en: "on track")
        case .atRisk: .init(sl: "ogroženo", en: "at risk")
        case .behind: .init(sl: "zaostaja", en: "behind")
        case .notAchieved: .init(sl: "ni doseženo", en: "not achieved")
        }
    }
}

/// A value beside its target: progress, the value expected by the report day, status and forecast.
///
/// The expected value follows a straight line from 0 the day before the operation starts to the target
/// on its last day, or, when the output has interim targets, the line through them. A milestone is
/// expected only on its deadline. The status compares exactly (in integers) for the straight line.
///
/// After the operation's last day the result is final: achieved, or not achieved with the ``shortfall``;
/// never on track, at risk or behind. A forecast is given only while it says something: not for a
/// milestone, a one-off output (target 1), an output already achieved, or once the operation has ended;
/// it counts discrete units, so it is a whole number.
package struct ProgressAssessment: Hashable, Sendable, Codable {
    /// The target, if there is one.
    package var target: Int?
    /// The value to date divided by the target.
    package var progress: Double?
    /// What is expected by the report day.
    package var expected: Double?
    /// Achieved, on track, at risk or behind.
    package var status: ProgressStatus?
    /// The value at the operation's end at the pace so far (value to date × total days / days elapsed),
    /// rounded to a whole number.
    package var forecast: Double?
    /// After the operation's end, what the value fell short of the target by; `nil` otherwise.
    package var shortfall: Int?

    /// Creates an assessment.
    package init(
        target: Int? = nil, progress: Double? = nil, expected: Double? = nil, status: ProgressStatus? = nil,
        forecast: Double? = nil
    ) {
        self.target = target
        self.progress = progress
        self.expected = expected
        self.status = status
        self.forecast = forecast
    }

    /// Assesses a value to date against a target.
    /// - Parameters:
    ///   - value: The value from the operation's start to the report day.
    ///   - target: The target, or `nil` for none.
    ///   - isMilestone: Whether it is a milestone (expected only on the deadline).
    ///   - trajectory: Interim targets, if any.
    ///   - period: The operation's period.
    ///   - asOf: The report day.
    /// - Returns: The assessment; only the forecast when there is no target.
    package static func assess(
        value: Int, target: Int?, isMilestone: Bool = false, trajectory: [InterimTarget] = [],
        period: DateRange, asOf: Day
    ) -> ProgressAssessment {
        let total = Int64(period.dayCount)
        let elapsed = Int64(min(max(period.start.distance(to: asOf) + 1, 0), period.dayCount))
        let ended = asOf > period.end
        let oneOff = isMilestone || (target.map { $0 <= 1 } ?? false)
        let achieved = target.map { value >= $0 } ?? false
        // Whole units, rounded half up, computed in integers.
        let forecast =
            oneOff || achieved || ended || elapsed == 0
            ? nil : Double((Int64(value) * total * 2 + elapsed) / (elapsed * 2))
        guard let target else { return ProgressAssessment(forecast: forecast) }
        var result = ProgressAssessment(target: target, forecast: forecast)
        result.progress = target > 0 ? Double(value) / Double(target) : nil
        if achieved {
            result.expected = expectedValue(target, isMilestone, trajectory, period, asOf, elapsed, total)
            result.status = .achieved
            return result
        }
        if ended {
            result.expected = Double(target)
            result.status = .notAchieved
            result.shortfall = target - value
            return result
        }
        if trajectory.isEmpty && !isMilestone {
            // Exact comparison: value ≥ target × elapsed / total, and value ≥ 0.8 × that.
            result.expected = Double(Int64(target) * elapsed) / Double(total)
            let lhs = Int64(value) * total
            let rhs = Int64(target) * elapsed
            result.status = lhs >= rhs ? .onTrack : (5 * lhs >= 4 * rhs ? .atRisk : .behind)
        } else {
            let expected = expectedValue(target, isMilestone, trajectory, period, asOf, elapsed, total)
            result.expected = expected
            let v = Double(value)
            result.status = v >= expected ? .onTrack : (v >= 0.8 * expected ? .atRisk : .behind)
        }
        return result
    }

    private static func expectedValue(
        _ target: Int, _ isMilestone: Bool, _ trajectory: [InterimTarget], _ period: DateRange, _ asOf: Day,
        _ elapsed: Int64, _ total: Int64
    ) -> Double {
        if !trajectory.isEmpty {
            var points: [(Day, Double)] = [(period.start.adding(days: -1), 0)]
            points += trajectory.sorted { $0.day < $1.day }.map { ($0.day, Double($0.value)) }
            if let last = points.last, last.0 < period.end { points.append((period.end, Double(target))) }
            if asOf <= points[0].0 { return 0 }
            for (a, b) in zip(points, points.dropFirst()) where asOf <= b.0 {
                let span = Double(a.0.distance(to: b.0))
                return a.1 + (b.1 - a.1) * Double(a.0.distance(to: asOf)) / span
            }
            return points.last!.1
        }
        if isMilestone { return asOf >= period.end ? Double(target) : 0 }
        return Double(Int64(target) * elapsed) / Double(total)
    }
}
