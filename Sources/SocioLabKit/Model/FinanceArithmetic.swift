/// The money rules of an ESF operation as pure functions of integer cents: the hourly rate of staff
/// costs, flat-rate amounts, and the split of a claim into the shares of its funding sources.
///
/// **Rounding.** Every amount is computed from exact integers (cents, hundredths of hours and of per
/// cent) and rounded once, to the cent, **half away from zero** (0.5 cent becomes 1 cent, −0.5 becomes
/// −1). That is the rounding of the euro's conversion rules (Council Regulation (EC) No 1103/97,
/// Art. 5) and of the accounting and spreadsheets the managing authority and the partners check against,
/// so the kit's figures agree with theirs to the cent. Half-to-even would only matter for the bias of
/// many roundings added up; the split below does not add up rounded shares (the last share is the
/// remainder, and ``cumulativeSplit(_:percents:)`` rounds the running total), so no bias accumulates.
package enum FinanceArithmetic {
    /// The hours a year of a full-time employee behind the hourly rate of staff costs (CPR Art. 68a(2)).
    package static let fullTimeHours: Quantity = 1720

    /// `a × b ÷ c`, rounded half away from zero, computed without overflow in between.
    /// - Returns: The result, or `nil` when `c` is 0 or the result does not fit in an `Int64`.
    package static func scaled(_ a: Int64, by b: Int64, over c: Int64) -> Int64? {
        guard c != 0 else { return nil }
        let negative = ((a < 0) != (b < 0)) != (c < 0)
        let product = a.magnitude.multipliedFullWidth(by: b.magnitude)
        let divisor = c.magnitude
        guard product.high < divisor else { return nil }
        let (quotient, remainder) = divisor.dividingFullWidth(product)
        // Half of the divisor or more rounds the magnitude up (compared without doubling the remainder,
        // which could overflow).
        let roundsUp = remainder != 0 && remainder >= divisor - remainder
        let (magnitude, overflow) = quotient.addingReportingOverflow(roundsUp ? 1 : 0)
        guard !overflow else { return nil }
        if negative {
            guard magnitude <= Int64.min.magnitude else { return nil }
            return magnitude == Int64.min.magnitude ? .min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    // MARK: Staff costs

    /// The hours behind the annual costs of a part-time employee: 1,720 × the full-time equivalent
    /// (pro rata, Art. 68a(2)), to the hundredth of an hour.
    /// - Parameter fullTimeEquivalent: The share of full time, such as 0.5.
    package static func annualHours(fullTimeEquivalent: Quantity) -> Quantity {
        Quantity(
            hundredths: scaled(fullTimeHours.hundredths, by: fullTimeEquivalent.hundredths, over: 100) ?? 0)
    }

    /// The hourly rate, annual gross employment costs ÷ the hours behind them (1,720 for full time),
    /// rounded to the cent. It is for showing; ``staffCost(hours:annualGross:annualHours:)`` computes
    /// from the exact quotient, not from this rounded rate.
    /// - Returns: The rate, or `nil` when the hours are not positive.
    package static func hourlyRate(annualGross: Money, annualHours: Quantity = fullTimeHours) -> Money? {
        guard annualHours.hundredths > 0,
            let cents = scaled(annualGross.cents, by: 100, over: annualHours.hundredths)
        else { return nil }
        return Money(cents: cents, currency: annualGross.currency)
    }

    /// The staff cost of hours worked: hours × annual gross costs ÷ annual hours, rounded once.
    /// - Returns: The cost, or `nil` when the annual hours are not positive (or the amount is absurdly
    ///   large).
    package static func staffCost(hours: Quantity, annualGross: Money, annualHours: Quantity = fullTimeHours)
        -> Money?
    {
        guard annualHours.hundredths > 0,
            let cents = scaled(annualGross.cents, by: hours.hundredths, over: annualHours.hundredths)
        else { return nil }
        return Money(cents: cents, currency: annualGross.currency)
    }

    // MARK: Flat rates and unit costs

    /// A flat-rate amount: its base × the rate in per cent, rounded once. Computed, never entered.
    /// - Parameters:
    ///   - base: The eligible costs of the base categories.
    ///   - percent: The rate, such as 40 or 15.
    package static func flatRateAmount(base: Money, percent: Quantity) -> Money {
        let cents = scaled(base.cents, by: percent.hundredths, over: 10_000) ?? 0
        return Money(cents: cents, currency: base.currency)
    }

    /// Units × the unit cost, rounded once (a standard scale of unit costs, Art. 67(1)(b)).
    package static func unitCostAmount(units: Quantity, unitCost: Money) -> Money {
        Money(
            cents: scaled(unitCost.cents, by: units.hundredths, over: 100) ?? 0, currency: unitCost.currency)
    }

    // MARK: Shares of the funding sources

    /// Splits an amount into the shares of funding sources: each share but the last is the rounded
    /// product of the amount and its rate; the last is the remainder, so the shares add up to the amount
    /// to the cent. For the seed's two sources, the EU share is 80 % rounded and the national share the
    /// rest: EUR 1,599,869.80 gives 1,279,895.84 and 319,973.96.
    /// - Parameters:
    ///   - amount: The amount to split.
    ///   - percents: The sources' rates in per cent, in the order of the shares; they should add up to
    ///     100 (the last share takes whatever the others leave).
    /// - Returns: One share per rate; `[amount]` when there are no rates.
    package static func split(_ amount: Money, percents: [Quantity]) -> [Money] {
        guard !percents.isEmpty else { return [amount] }
        var shares: [Money] = []
        var rest = amount.cents
        for percent in percents.dropLast() {
            let share = scaled(amount.cents, by: percent.hundredths, over: 10_000) ?? 0
            shares.append(Money(cents: share, currency: amount.currency))
            rest = rest.saturatingAdding(-share)
        }
        shares.append(Money(cents: rest, currency: amount.currency))
        return shares
    }

    /// Splits amounts claimed one after another so that, after each, the shares declared so far are
    /// exactly the split of the running total: each claim's share is the rounded share of the total
    /// through it less the rounded share of the total before it. The EU share of everything claimed so
    /// far is then never more than half a cent from 80 % of it, however many claims there are (splitting
    /// each claim alone could drift by up to half a cent per claim).
    /// - Parameters:
    ///   - amounts: The claims' amounts, in the order they are declared.
    ///   - percents: The sources' rates, as for ``split(_:percents:)``.
    /// - Returns: For each amount, its shares; each claim's shares add up to its amount.
    package static func cumulativeSplit(_ amounts: [Money], percents: [Quantity]) -> [[Money]] {
        var total = Money(cents: 0, currency: amounts.first?.currency ?? "EUR")
        var before = split(total, percents: percents)
        return amounts.map { amount in
            total.cents = total.cents.saturatingAdding(amount.cents)
            let through = split(total, percents: percents)
            var shares = zip(through, before).map {
                Money(cents: $0.cents - $1.cents, currency: amount.currency)
            }
            // The last share is the claim's remainder (the same as the difference, said once more so
            // that the claim's shares add up by construction).
            let others = shares.dropLast().reduce(Int64(0)) { $0.saturatingAdding($1.cents) }
            shares[shares.count - 1].cents = amount.cents.saturatingAdding(-others)
            before = through
            return shares
        }
    }
}

extension ESFOperation {
    /// The rates of the operation's funding sources in per cent, in the order of ``funding``.
    package var fundingPercents: [Quantity] {
        funding.map { Quantity(integerLiteral: Int64($0.sharePercent)) }
    }

    /// Splits an amount into the shares of the operation's funding sources, in the order of
    /// ``funding``: each share but the last is the amount × the source's rate, rounded half away from
    /// zero to the cent; the last is the remainder, so the shares add up to the amount exactly. A claim of
    /// the SocioLab Podravje budget, EUR 1,599,869.80, splits into 1,279,895.84 (EU, 80 %) and
    /// 319,973.96 (Slovenia, 20 %).
    /// - Parameter amount: The amount, such as a payment claim's.
    /// - Returns: One amount per funding source; `[amount]` when the operation lists none.
    public func fundingShares(of amount: Money) -> [Money] {
        FinanceArithmetic.split(amount, percents: fundingPercents)
    }
}
