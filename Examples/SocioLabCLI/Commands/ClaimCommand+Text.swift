import Foundation
import SocioLabKit

/// How `sociolab claim` shows a draft claim: a table of its cost items (id, category, payment day,
/// evidence, amount), its flat-rate amounts and its total with the EU and national shares; or the same as
/// JSON. A cost item is named by its id and evidence reference, never by a person.
enum ClaimDraftText {
    /// The draft as lines of text in `language`.
    static func lines(_ draft: FinanceClaimDraft, operation: ESFOperation, in language: Language) -> [String]
    {
        let sl = language == .slovenian
        let f = ReportFormat(language: language)
        let claim = draft.claim
        let partner =
            claim.partner.flatMap { operation.partner($0)?.shortName } ?? claim.partner?.rawValue ?? ""
        func title(_ category: CostCategory.ID) -> String {
            operation.costCategories.first { $0.id == category }?.title[language] ?? category.rawValue
        }
        var lines = [
            (sl ? "Osnutek zahtevka za izplačilo " : "Draft payment claim ")
                + PrintableText.escaped(claim.id.rawValue)
                + " — " + PrintableText.escaped(partner) + ", "
                + f.range(DateRange(claim.periodStart, claim.periodEnd)),
            "",
        ]
        let rows = draft.items.map { item in
            [
                item.id.rawValue, title(item.category), item.paidOn.map(f.date) ?? "", item.evidenceReference,
                f.cents(item.amount.cents),
            ].map(PrintableText.escaped)
        }
        let headers =
            sl
            ? ["Strošek", "Vrsta stroška", "Plačano", "Dokazilo", "Znesek"]
            : ["Cost item", "Category", "Paid on", "Evidence", "Amount"]
        let widths = headers.indices.map { c in
            min(c == 1 ? 30 : 24, max(headers[c].count, rows.map { $0[c].count }.max() ?? 0))
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for c in 0..<4 { text += fit(cells[c], widths[c]) + "  " }
            return text + String(repeating: " ", count: max(0, widths[4] - cells[4].count)) + cells[4]
        }
        lines.append(line(headers))
        lines += rows.map(line)
        lines.append("")
        let label = { (text: String) in text.padding(toLength: 30, withPad: " ", startingAt: 0) }
        lines.append(label(sl ? "Stroški" : "Costs") + f.cents(draft.costs))
        for flat in draft.flatRates {
            lines.append(
                label((sl ? "Pavšal: " : "Flat rate: ") + title(flat.category)) + f.cents(flat.cents))
        }
        let t = draft.total
        lines.append(label(sl ? "Zahtevek skupaj" : "Claim total") + f.cents(t.cents))
        lines.append(label(sl ? "  delež EU" : "  EU share") + f.cents(t.eu))
        lines.append(label(sl ? "  nacionalni delež" : "  national share") + f.cents(t.national))
        return lines
    }

    /// The draft as JSON: `claim`, `partner`, `periodStart`, `periodEnd`, `items` (each `id`, `category`,
    /// `paidOn`, `evidence`, `cents`), `flatRates` (each `category`, `cents`), `costs`, `total`, `eu`,
    /// `national` (cents) and `revision` (the revision written, absent in a dry run).
    static func json(_ draft: FinanceClaimDraft, written revision: Int64?) throws -> Data {
        struct Item: Encodable {
            var id, category, evidence: String
            var paidOn: Day?
            var cents: Int64
        }
        struct Flat: Encodable {
            var category: String
            var cents: Int64
        }
        struct Document: Encodable {
            var claim: String
            var partner: String?
            var periodStart, periodEnd: Day
            var items: [Item]
            var flatRates: [Flat]
            var costs, total, eu, national: Int64
            var revision: Int64?
        }
        let document = Document(
            claim: draft.claim.id.rawValue, partner: draft.claim.partner?.rawValue,
            periodStart: draft.claim.periodStart, periodEnd: draft.claim.periodEnd,
            items: draft.items.map {
                Item(
                    id: $0.id.rawValue, category: $0.category.rawValue, evidence: $0.evidenceReference,
                    paidOn: $0.paidOn, cents: $0.amount.cents)
            },
            flatRates: draft.flatRates.map { Flat(category: $0.category.rawValue, cents: $0.cents) },
            costs: draft.costs, total: draft.total.cents, eu: draft.total.eu, national: draft.total.national,
            revision: revision)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// Text cut to `width` characters (with an ellipsis) and padded to it.
    private static func fit(_ text: String, _ width: Int) -> String {
        let cut = text.count <= width ? text : String(text.prefix(width - 1)) + "…"
        return cut + String(repeating: " ", count: width - cut.count)
    }
}
