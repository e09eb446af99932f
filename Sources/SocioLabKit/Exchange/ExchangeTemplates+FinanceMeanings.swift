extension ExchangeTemplates {
    /// The meaning of each column of the finance tables, as (Slovenian, English), by `table.column`.
    static let financeMeanings: [String: (String, String)] = [
        "budget_lines.partner_id": (
            "Partner, katerega proračun je (šifra partnerja).", "The partner whose budget it is (its id)."
        ),
        "budget_lines.category": (
            "Kategorija stroškov operacije (npr. staff, travel).",
            "The operation's cost category (such as staff, travel)."
        ),
        "budget_lines.year": (
            "Koledarsko leto; prazno za celotno obdobje.", "The calendar year; empty for the whole period."
        ),
        "budget_lines.planned": (
            "Načrtovani znesek v evrih (npr. 12500,00).", "The planned amount in euro (such as 12500.00)."
        ),
        "budget_lines.unit": (
            "Pri standardnem strošku na enoto: enota (npr. ura).",
            "For a unit-cost line: the unit (such as hour)."
        ),
        "budget_lines.unit_cost": (
            "Pri standardnem strošku na enoto: znesek za eno enoto.",
            "For a unit-cost line: the cost of one unit."
        ),
        "budget_lines.planned_units": (
            "Pri standardnem strošku na enoto: načrtovano število enot.",
            "For a unit-cost line: the units planned."
        ),
        "cost_items.partner_id": (
            "Partner, ki mu je strošek nastal (šifra partnerja).", "The partner who bore the cost (its id)."
        ),
        "cost_items.category": ("Kategorija stroškov operacije.", "The operation's cost category."),
        "cost_items.amount": (
            "Upravičeni znesek v evrih brez povračljivega DDV.",
            "The eligible amount in euro, net of recoverable VAT."
        ),
        "cost_items.vat": (
            "Znesek DDV, vpisan ločeno od zneska.", "The VAT part, entered apart from the amount."
        ),
        "cost_items.incurred_on": ("Datum nastanka stroška.", "The day the cost was incurred."),
        "cost_items.paid_on": ("Datum plačila stroška.", "The day it was paid."),
        "cost_items.evidence_reference": (
            "Oznaka dokazila: številka računa, plačilne liste ali časovnice.",
            "The document's reference: invoice, payslip or timesheet number."
        ),
        "cost_items.purpose": ("Namen stroška.", "What it was for."),
        "cost_items.activity_id": (
            "Aktivnost, h kateri spada strošek (šifra iz activities.csv), ali prazno.",
            "The activity it belongs to (its id from activities.csv), or empty."
        ),
        "cost_items.staff_id": (
            "Pri stroških osebja: šifra zaposlenega, nikoli ime.",
            "For a staff cost: the staff member's id, never a name."
        ),
        "cost_items.hours": ("Pri stroških osebja: opravljene ure.", "For a staff cost: the hours worked."),
        "cost_items.annual_gross_cost": (
            "Pri stroških osebja: zadnji dokumentirani letni bruto stroški dela.",
            "For a staff cost: the latest documented annual gross employment costs."
        ),
        "cost_items.annual_hours": (
            "Pri stroških osebja: ure, na katere se nanašajo letni stroški (1720 za polni delovni čas).",
            "For a staff cost: the hours behind the annual costs (1720 for full time)."
        ),
        "cost_items.ineligible": (
            "Del zneska, ki ga je preverjanje spoznalo za neupravičenega; prazno, če ga ni.",
            "The part a management verification found ineligible; empty when none."
        ),
        "cost_items.units": (
            "Pri standardnem strošku na enoto: število enot.", "For a unit-cost category: the units."
        ),
        "payment_claims.partner_id": (
            "Partner, ki uveljavlja zahtevek; prazno za celotno operacijo.",
            "The partner who claims; empty for the whole operation."
        ),
        "payment_claims.period_start": ("Prvi dan obdobja zahtevka.", "The first day of the claim's period."),
        "payment_claims.period_end": ("Zadnji dan obdobja zahtevka.", "The last day of the claim's period."),
        "payment_claims.status": ("Stanje zahtevka.", "The claim's status."),
        "payment_claims.submitted_on": ("Datum oddaje.", "The day it was submitted."),
        "payment_claims.approved_amount": (
            "Odobreni znesek; prazno pomeni celoten zahtevani znesek.",
            "The amount approved; empty means all of it."
        ),
        "payment_claims.approval_reason": (
            "Razlog, zakaj je bilo odobreno manj, kot je bilo zahtevano.",
            "Why less was approved than claimed."
        ),
        "payment_claims.approved_on": ("Datum odobritve.", "The day it was approved."),
        "payment_claims.paid_on": ("Datum izplačila.", "The day it was paid."),
        "payment_claim_items.claim_id": (
            "Zahtevek za izplačilo (šifra iz payment_claims.csv).",
            "The payment claim (its id from payment_claims.csv)."
        ),
        "payment_claim_items.cost_item_id": (
            "Strošek, vključen v zahtevek (šifra iz cost_items.csv).",
            "The cost item it declares (its id from cost_items.csv)."
        ),
    ]
}
