/// A draft payment claim for a partner and a period, made of the partner's cost items paid in the period
/// that no claim declares yet (a cost item is declared once, CPR Art. 65(11)).
///
/// Its amount is the model's ``ClaimAmounts``: the items' eligible amounts with the flat-rate amounts
/// computed on their whole base; its EU and national shares are the operation's split of it. Writing it is ``changes``: one
/// inserted ``PaymentClaim`` (status draft) and one ``PaymentClaimItem`` per cost item, validated and
/// stored as one change set like any other.
package struct FinanceClaimDraft: Hashable, Sendable {
    /// The claim.
    package var claim: PaymentClaim
    /// The cost items it declares, by payment day and id.
    package var items: [CostItem]
    /// The flat-rate amounts computed on them, per flat-rate category, in cents.
    package var flatRates: [FlatRateLine]
    /// The items' eligible amounts in cents.
    package var costs: Int64
    /// The claim's amount (costs and flat rates) with its EU and national shares.
    package var total: IndicatorReport.FinanceAmount

    /// A flat-rate category's amount in a draft.
    package struct FlatRateLine: Hashable, Sendable {
        /// The flat-rate category.
        package var category: CostCategory.ID
        /// Its amount in cents.
        package var cents: Int64
    }

    /// The identifier a draft gets when none is given: `claim-PARTNER-PERIOD` (`claim-prizma-2019-Q3`).
    package static func defaultID(partner: Partner.ID, period: Period) -> PaymentClaim.ID {
        let text: String
        if case .range(let range) = period {
            text = range.start.description + "-" + range.end.description
        } else {
            text = period.description
        }
        return PaymentClaim.ID("claim-" + partner.rawValue + "-" + text)
    }

    /// Drafts the claim.
    /// - Parameters:
    ///   - dataset: The records.
    ///   - partner: The claiming partner; one of the operation's.
    ///   - period: The period; the cost items paid in it are taken.
    ///   - id: The claim's identifier; one no claim has.
    /// - Returns: The draft.
    /// - Throws: ``SocioLabError`` `claim.unknown-partner`, `claim.exists` or `claim.nothing-to-claim`, at the
    ///   field it is about, saying what to do.
    /// - Complexity: O(*c* + *m*) in cost items and claim memberships.
    package static func draft(
        _ dataset: Dataset, partner: Partner.ID, period: Period, id: PaymentClaim.ID
    ) throws(SocioLabError) -> FinanceClaimDraft {
        let operation = dataset.operation
        guard operation.partner(partner) != nil else {
            let known = operation.partners.map(\.id.rawValue).joined(separator: ", ")
            throw SocioLabError(
                .claimUnknownPartner,
                LocalizedText(
                    sl: "partner '\(partner.rawValue)' ni partner operacije; uporabite enega od: \(known).",
                    en: "'\(partner.rawValue)' is not a partner of the operation; use one of \(known)."),
                at: .init(field: "partner"))
        }
        guard dataset.paymentClaims[id] == nil else {
            throw SocioLabError(
                .claimExists,
                LocalizedText(
                    sl:
                        "zahtevek '\(id.rawValue)' že obstaja; novemu zahtevku z možnostjo --id dajte drugo šifro.",
                    en: "claim '\(id.rawValue)' exists; give the new one another id with --id."),
                at: .init(field: "id"))
        }
        let range = period.range
        let claimed = Set(dataset.paymentClaimItems.all.map(\.costItem))
        let items = dataset.costItems.all.filter { item in
            guard item.partner == partner, let paid = item.paidOn else { return false }
            return range.contains(paid) && !claimed.contains(item.id)
        }.sorted { ($0.paidOn!, $0.id) < ($1.paidOn!, $1.id) }
        guard !items.isEmpty else {
            throw SocioLabError(
                .claimNothingToClaim,
                LocalizedText(
                    sl: "partner '\(partner.rawValue)' nima neuveljavljenih stroškov, plačanih v obdobju "
                        + "\(range); izberite drugo obdobje ali najprej uvozite stroške (cost_items.csv).",
                    en:
                        "partner '\(partner.rawValue)' has no unclaimed cost paid in \(range); choose another "
                        + "period or import the costs first (cost_items.csv)."),
                at: .init(field: "period"))
        }
        let amounts = ClaimAmounts(items: items, operation: operation)
        let costs = amounts.declared.values.reduce(Int64(0)) { $0 + $1.cents }
        let flatRates = amounts.flatRates.keys.sorted().map {
            FlatRateLine(category: $0, cents: amounts.flatRates[$0]!.cents)
        }
        let claim = PaymentClaim(
            id: id, partner: partner, periodStart: range.start, periodEnd: range.end, status: .draft)
        return FinanceClaimDraft(
            claim: claim, items: items, flatRates: flatRates, costs: costs,
            total: FinanceFigureRules.split(amounts.total.cents, in: operation))
    }

    /// The change set that writes the draft: the claim, then one membership per cost item
    /// (`CLAIM/COST-ITEM`).
    package var changes: [Change] {
        [.insert(claim.record)]
            + items.map { item in
                .insert(
                    PaymentClaimItem(
                        id: PaymentClaimItem.ID(claim.id.rawValue + "/" + item.id.rawValue), claim: claim.id,
                        costItem: item.id
                    ).record)
            }
    }
}

extension SocioLabError.Code {
    /// A claim was drafted for a partner the operation does not have.
    public static let claimUnknownPartner = Self(rawValue: "claim.unknown-partner")
    /// A claim was drafted with the identifier of an existing claim.
    public static let claimExists = Self(rawValue: "claim.exists")
    /// A claim was drafted for a partner and period without an unclaimed cost paid in it.
    public static let claimNothingToClaim = Self(rawValue: "claim.nothing-to-claim")
}
