/// Small-cell suppression for published aggregates of persons.
///
/// A count from 1 to *k* − 1 is not shown (primary suppression). In a group of cells published with their
/// total (a breakdown, a series, a gender split), more cells are hidden (complementary suppression) until
/// the hidden cells are at least two and add up to at least *k*: the total minus the shown cells then gives
/// only a sum that several combinations of hidden values fit, never a single hidden value. A total from 1 to
/// *k* − 1 is hidden itself. Zero is never hidden: it reveals no person.
///
/// The protection holds within each group against its own total. It does not reason across groups (two
/// breakdowns of the same total, or CO01 against CO02), which is the usual scope of cell suppression for
/// ESF tables.
public struct SuppressionPolicy: Hashable, Sendable, Codable {
    /// The threshold *k*: counts below it (and above 0) are hidden.
    public let threshold: Int

    /// The smallest threshold accepted.
    public static let minimumThreshold = 3
    /// The default threshold.
    public static let standard = SuppressionPolicy(unchecked: 5)

    /// Creates a policy.
    /// - Parameter threshold: *k*, at least 3 (5 by default).
    /// - Throws: ``SocioLabError`` with code ``SocioLabError/Code/suppressionThreshold`` when *k* < 3.
    public init(threshold: Int = 5) throws {
        guard threshold >= Self.minimumThreshold else {
            throw SocioLabError(
                .suppressionThreshold,
                "a suppression threshold of \(threshold) protects too little; use 3 or more (5 is the default)",
                at: .init(field: "threshold"))
        }
        self.threshold = threshold
    }

    private init(unchecked threshold: Int) { self.threshold = threshold }

    /// Whether a single count is hidden by primary suppression.
    public func isSmall(_ value: Int) -> Bool { value > 0 && value < threshold }

    /// Decides which cells of a group to hide.
    ///
    /// When the cells add up to less than the total (units with no value, such as persons whose gender is
    /// not recorded), the difference is an unpublished cell the reader can still compute as the total minus
    /// the cells: it is treated as a hidden cell, protected like the others (it is never the only hidden
    /// cell while it is small). When a cell is hidden, the hidden cells (that difference among them) are at
    /// least two and add up to at least *k*, so neither a hidden cell nor the difference can be worked out
    /// from the total.
    /// - Parameters:
    ///   - cells: The counts.
    ///   - total: The group's total as published beside the cells, or `nil` when none is.
    /// - Returns: Per cell whether it is hidden, and whether the total is hidden.
    /// - Complexity: O(*n* log *n*) in the cells.
    public func suppress(cells: [Int], total: Int?) -> (cells: [Bool], total: Bool) {
        var hidden = cells.map(isSmall)
        let totalHidden = total.map(isSmall) ?? false
        guard let total, !totalHidden else { return (hidden, totalHidden) }
        let remainder = max(0, total - cells.reduce(0, +))
        guard hidden.contains(true) || isSmall(remainder) else { return (hidden, totalHidden) }
        var count = hidden.filter { $0 }.count + (remainder > 0 ? 1 : 0)
        var sum = zip(cells, hidden).reduce(remainder) { $0 + ($1.1 ? $1.0 : 0) }
        let candidates = cells.indices.filter { !hidden[$0] && cells[$0] > 0 }.sorted {
            (cells[$0], $0) < (cells[$1], $1)
        }
        for i in candidates where count < 2 || sum < threshold {
            hidden[i] = true
            count += 1
            sum += cells[i]
        }
        return (hidden, totalHidden)
    }

    /// Whether a group as published keeps every small value safe: no shown cell from 1 to *k* − 1, and
    /// no single hidden value (a hidden cell, or the total's part the cells leave out) that the shown
    /// total minus the shown cells gives exactly while it is small.
    /// - Parameters:
    ///   - cells: The true counts.
    ///   - hidden: Per cell whether it is hidden.
    ///   - total: The group's true total, or `nil` when none is published.
    ///   - totalHidden: Whether the total is hidden.
    /// - Returns: Whether the group is safe.
    package func isSafe(cells: [Int], hidden: [Bool], total: Int?, totalHidden: Bool) -> Bool {
        if zip(cells, hidden).contains(where: { !$1 && isSmall($0) }) { return false }
        guard let total else { return true }
        // A hidden total leaves nothing to subtract from.
        if totalHidden { return true }
        let remainder = max(0, total - cells.reduce(0, +))
        var unknown = zip(cells, hidden).filter { $1 && $0 > 0 }.map(\.0)
        if remainder > 0 { unknown.append(remainder) }
        guard unknown.contains(where: isSmall) else { return true }
        return unknown.count >= 2 && unknown.reduce(0, +) >= threshold
    }
}

extension SocioLabError.Code {
    /// A suppression threshold below the minimum of 3.
    public static let suppressionThreshold = Self(rawValue: "report.suppression-threshold")
}
