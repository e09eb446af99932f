/// An amount of money attributed to a partner, a cost category and a day: the unit every finance figure
/// sums.
package struct FinanceEntry: Hashable, Sendable {
    /// The partner who bore the cost.
    package var partner: Partner.ID
    /// The cost category (a flat-rate amount is in its flat-rate category).
    package var category: CostCategory.ID
    /// The day the amount counts from: a cost's payment, a claim's submission, approval or payment.
    package var day: Day
    /// The amount in cents.
    package var cents: Int64

    /// Creates an entry.
    package init(partner: Partner.ID, category: CostCategory.ID, day: Day, cents: Int64) {
        self.partner = partner
        self.category = category
        self.day = day
        self.cents = cents
    }
}

/// Every amount of a dataset's finance, as of a report day, in entries by partner, category and day.
///
/// - **spent**: each cost item paid on or before the report day, on its payment day: its eligible amount,
///   with the flat-rate amounts computed on it (``FinanceFigureRules/flatRateAmounts(of:in:)``) in their
///   categories;
/// - **claimed**: each payment claim submitted on or before the report day (its status submitted or later
///   and its submission day, or the end of its period when none is recorded, not after it), on that day:
///   its cost items, and its flat-rate amounts computed per partner on the claim's whole base
///   (``FinanceFigureRules/claimAmounts(of:in:)``), as the claim declares them;
/// - **approved**: each claim approved on or before the report day, on its approval day: its approved
///   amount (the whole claim when none is given) shared among the claim's entries in proportion to them,
///   the cents left over given to the largest remainders (ties in partner and category order), so the
///   entries add up to the approved amount to the cent;
/// - **paid**: the approved entries of each claim paid on or before the report day, on its payment day.
package struct FinanceLedger: Sendable {
    /// Costs paid with their flat-rate amounts.
    package var spent: [FinanceEntry]
    /// Declared in submitted claims.
    package var claimed: [FinanceEntry]
    /// Approved.
    package var approved: [FinanceEntry]
    /// Paid out.
    package var paid: [FinanceEntry]

    /// The ledger of a dataset as of a day.
    /// - Parameters:
    ///   - dataset: The records.
    ///   - asOf: The report day: nothing later counts.
    /// - Complexity: O(*c* + *m*) in cost items and claim memberships.
    package init(_ dataset: Dataset, asOf: Day) {
        let operation = dataset.operation
        spent = []
        claimed = []
        approved = []
        paid = []
        for item in dataset.costItems.all {
            guard let paidOn = item.paidOn, paidOn <= asOf else { continue }
            spent += Self.entries(of: item, on: paidOn, operation)
        }
        var members: [PaymentClaim.ID: [CostItem]] = [:]
        for member in dataset.paymentClaimItems.all {
            if let item = dataset.costItems[member.costItem] {
                members[member.claim, default: []].append(item)
            }
        }
        for claim in dataset.paymentClaims.all where claim.status >= .submitted {
            let submitted = claim.submittedOn ?? claim.periodEnd
            guard submitted <= asOf else { continue }
            // One entry per partner and category, in a fixed order, so the shares are the same every time.
            var parts: [FinanceKey: Int64] = [:]
            let byPartner = Dictionary(grouping: members[claim.id] ?? [], by: \.partner)
            for (partner, items) in byPartner {
                for (category, cents) in FinanceFigureRules.claimAmounts(of: items, in: operation) {
                    parts[FinanceKey(partner: partner, category: category)] = cents
                }
            }
            let keys = parts.keys.sorted()
            let amounts = keys.map { parts[$0]! }
            claimed += zip(keys, amounts).map { $0.entry(on: submitted, cents: $1) }
            guard claim.status >= .approved else { continue }
            let approvedOn = claim.approvedOn ?? submitted
            guard approvedOn <= asOf else { continue }
            let total = amounts.reduce(0, +)
            let shares = Self.shared(claim.approvedAmount?.cents ?? total, among: amounts)
            approved += zip(keys, shares).map { $0.entry(on: approvedOn, cents: $1) }
            guard claim.status == .paid else { continue }
            let paidOn = claim.paidOn ?? approvedOn
            guard paidOn <= asOf else { continue }
            paid += zip(keys, shares).map { $0.entry(on: paidOn, cents: $1) }
        }
    }

    /// A cost item's amount in its category and its flat-rate amounts in theirs, on a day.
    private static func entries(of item: CostItem, on day: Day, _ operation: ESFOperation) -> [FinanceEntry] {
        var result = [
            FinanceEntry(
                partner: item.partner, category: item.category, day: day, cents: item.eligibleAmount.cents)
        ]
        for (category, cents) in FinanceFigureRules.flatRateAmounts(of: item, in: operation) {
            result.append(FinanceEntry(partner: item.partner, category: category, day: day, cents: cents))
        }
        return result
    }

    /// `total` shared among parts in proportion to them: each part's floor, then one cent more to the parts
    /// with the largest remainders (the earlier part first on a tie) until the shares add up to `total`.
    /// - Complexity: O(*n* log *n*) in the parts.
    package static func shared(_ total: Int64, among parts: [Int64]) -> [Int64] {
        let sum = parts.reduce(0, +)
        guard sum > 0 else { return parts.map { _ in 0 } }
        var shares = parts.map { Int64((Double(total) * Double($0) / Double(sum)).rounded(.down)) }
        // Exact in integers where the product fits (it does for any budget below 10^9 euro).
        var remainders = parts.map { _ in Int64(0) }
        for (i, part) in parts.enumerated() {
            let (product, overflow) = total.multipliedReportingOverflow(by: part)
            if !overflow {
                shares[i] = product / sum
                remainders[i] = product % sum
            }
        }
        var left = total - shares.reduce(0, +)
        let order = parts.indices.sorted {
            remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1
        }
        for i in order where left > 0 {
            shares[i] += 1
            left -= 1
        }
        return shares
    }
}

/// A partner and a cost category, ordered by partner and then category.
struct FinanceKey: Hashable, Comparable {
    var partner: Partner.ID
    var category: CostCategory.ID

    static func < (lhs: FinanceKey, rhs: FinanceKey) -> Bool {
        (lhs.partner.rawValue, lhs.category.rawValue) < (rhs.partner.rawValue, rhs.category.rawValue)
    }

    func entry(on day: Day, cents: Int64) -> FinanceEntry {
        FinanceEntry(partner: partner, category: category, day: day, cents: cents)
    }
}
