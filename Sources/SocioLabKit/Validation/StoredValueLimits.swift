/// A stored value beyond what SocioLabKit keeps and reads back exactly.
package enum StoredValueProblem: Hashable, Sendable {
    /// A text holds a control character other than tab, line feed and carriage return.
    case controlCharacter(Unicode.Scalar)
    /// A JSON value nests deeper than ``JSONValue/maximumDepth``.
    case nestedTooDeep
    /// A JSON number's text is not a number by the JSON grammar.
    case notANumber(String)
    /// A JSON number's text is longer than ``JSONValue/maximumNumberLength``.
    case numberTooLong(String)
    /// A day before 0001-01-01 or after 9999-12-31.
    case dayOutOfRange(Day)
    /// A quantity beyond ``Quantity/validRange``.
    case quantityOutOfRange(Quantity)

    /// What is wrong.
    package var message: LocalizedText {
        switch self {
        case .controlCharacter(let scalar):
            let code = "U+" + Self.hex(scalar.value)
            return LocalizedText(
                sl: "besedilo vsebuje kontrolni znak \(code)",
                en: "the text holds the control character \(code)")
        case .nestedTooDeep:
            return LocalizedText(
                sl: "vrednost JSON je gnezdena globlje od \(JSONValue.maximumDepth) ravni",
                en: "the JSON value is nested more than \(JSONValue.maximumDepth) levels deep")
        case .notANumber(let text):
            let shown = Self.shortened(text)
            return LocalizedText(
                sl: "'\(shown)' ni število JSON", en: "'\(shown)' is not a JSON number")
        case .numberTooLong(let text):
            return LocalizedText(
                sl: "število ima \(text.utf8.count) znakov, največ \(JSONValue.maximumNumberLength)",
                en:
                    "the number has \(text.utf8.count) characters, more than \(JSONValue.maximumNumberLength)"
            )
        case .dayOutOfRange(let day):
            return LocalizedText(
                sl: "datum \(day) je zunaj obdobja 0001-01-01 … 9999-12-31",
                en: "the date \(day) is outside 0001-01-01 … 9999-12-31")
        case .quantityOutOfRange(let quantity):
            return LocalizedText(
                sl:
                    "količina \(quantity) je po absolutni vrednosti večja od \(Quantity.validRange.upperBound)",
                en: "the quantity \(quantity) is larger in magnitude than \(Quantity.validRange.upperBound)")
        }
    }

    /// What to do about it.
    package var fix: LocalizedText {
        switch self {
        case .controlCharacter:
            return LocalizedText(
                sl: "Odstranite kontrolni znak (dovoljeni so tabulator in nove vrstice).",
                en: "Remove the control character (tabs and line breaks are allowed).")
        case .nestedTooDeep:
            return LocalizedText(
                sl: "Poenostavite podrobnosti: največ \(JSONValue.maximumDepth) ravni tabel in objektov.",
                en: "Flatten the details: at most \(JSONValue.maximumDepth) levels of arrays and objects.")
        case .notANumber:
            return LocalizedText(
                sl: "Zapišite število JSON (npr. 8, 0.25, 1e-3) ali ga shranite kot besedilo.",
                en: "Write a JSON number (such as 8, 0.25, 1e-3), or store it as a string.")
        case .numberTooLong:
            return LocalizedText(
                sl: "Skrajšajte število ali ga shranite kot besedilo.",
                en: "Shorten the number, or store it as a string.")
        case .dayOutOfRange:
            return LocalizedText(
                sl: "Popravite datum (leta 1 … 9999).", en: "Correct the date (years 1 … 9999).")
        case .quantityOutOfRange:
            return LocalizedText(
                sl: "Popravite količino (največ 15 števk).", en: "Correct the quantity (at most 15 digits).")
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}

/// A stored value beyond what SocioLabKit keeps, and the field holding it.
package struct StoredValueViolation: Hashable, Sendable {
    /// The field, as a JSON path inside the entity's stored form (`title`, `evidence[0].date`,
    /// `details.modules[2]`).
    package var field: JSONPath
    /// What is wrong with it.
    package var problem: StoredValueProblem
}

/// The limits every stored value of an entity keeps, so that whatever a write accepts, every reader of
/// the store — and every export read back — gives back exactly: texts without control characters other
/// than tab, line feed and carriage return (a raw NUL or escape sequence breaks CSV and terminals), days
/// within 0001-01-01 … 9999-12-31, quantities within ``Quantity/validRange``, and JSON payloads within
/// ``JSONValue/maximumDepth`` and ``JSONValue/maximumNumberLength``.
///
/// The checks look at the entity's own values only — nothing is encoded — so that they cost a million-row
/// import a small fraction of its time.
package enum StoredValueLimits {
    /// The earliest day stored.
    package static let earliestDay = Day(year: 1, month: 1, day: 1)!
    /// The latest day stored.
    package static let latestDay = Day(year: 9999, month: 12, day: 31)!

    /// The first control character of a text other than tab, line feed and carriage return, if any.
    /// - Complexity: O(*n*) in the UTF-8 length of the text.
    @inline(__always)
    package static func controlCharacter(in text: String) -> Unicode.Scalar? {
        for byte in text.utf8 where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
            return Unicode.Scalar(byte)
        }
        return nil
    }

    /// Every value of an entity beyond the limits.
    /// - Parameter record: The entity.
    /// - Returns: The violations, in the order of the entity's stored fields (empty for a sound entity).
    /// - Complexity: O(size of the entity's texts and details).
    package static func violations(of record: EntityRecord) -> [StoredValueViolation] {
        var check = Collector()
        switch record {
        case .organisation(let o):
            check.text("id", o.id.rawValue)
            check.text("name", o.name)
        case .person(let p):
            check.day("birth_date", p.birthDate)
            check.day("consent", "given_on", p.consent.givenOn)
            check.day("consent", "withdrawn_on", p.consent.withdrawnOn)
            check.day("details_erased_on", p.detailsErasedOn)
            check.day("entry_date", p.entryDate)
            check.text("id", p.id.rawValue)
            check.text("organisation", p.organisation?.rawValue)
            check.texts("target_groups", p.targetGroups) { $0.rawValue }
        case .personalDetails(let d):
            check.text("email", d.email)
            check.text("family_name", d.familyName)
            check.text("given_name", d.givenName)
            check.text("id", d.id.rawValue)
            check.text("phone", d.phone)
        case .infoPoint(let i):
            check.day("closed_on", i.closedOn)
            check.text("host_partner", i.hostPartner.rawValue)
            check.text("id", i.id.rawValue)
            check.text("name", i.name)
            check.day("opened_on", i.openedOn)
        case .activity(let a):
            check.json("details", a.details)
            check.day("end_date", a.endDate)
            check.text("id", a.id.rawValue)
            check.text("info_point", a.infoPoint?.rawValue)
            check.text("kind", a.kind.rawValue)
            check.texts("partners", a.partners) { $0.rawValue }
            check.day("start_date", a.startDate)
            check.text("title", a.title)
        case .participation(let p):
            check.text("activity", p.activity.rawValue)
            check.evidence(p.evidence)
            check.quantity("hours", p.hours)
            check.text("id", p.id.rawValue)
            check.text("organisation", p.organisation?.rawValue)
            check.text("person", p.person?.rawValue)
            check.text("role", p.role.rawValue)
        case .job(let j):
            check.evidence(j.evidence)
            check.quantity("fte", j.fte)
            check.text("id", j.id.rawValue)
            check.text("organisation", j.organisation.rawValue)
            check.text("person", j.person?.rawValue)
            check.day("start_date", j.startDate)
        case .product(let p):
            check.evidence(p.evidence)
            check.text("id", p.id.rawValue)
            check.text("name", p.name)
            check.text("organisation", p.organisation.rawValue)
            check.text("stage", p.stage)
            check.day("supported_on", p.supportedOn)
        case .developmentPlan(let d):
            check.day("diagnosed_on", d.diagnosedOn)
            check.evidence(d.evidence)
            check.text("id", d.id.rawValue)
            check.text("organisation", d.organisation.rawValue)
            check.text("partner", d.partner.rawValue)
            check.day("plan_adopted_on", d.planAdoptedOn)
        case .supportProgramme(let s):
            check.day("approved_on", s.approvedOn)
            check.evidence(s.evidence)
            check.text("id", s.id.rawValue)
            check.texts("materials", s.materials) { $0 }
            check.text("title", s.title)
        case .milestone(let m):
            check.day("achieved_on", m.achievedOn)
            check.evidence(m.evidence)
            check.text("id", m.id.rawValue)
            check.text("output", m.output.rawValue)
            check.text("title", m.title)
        case .budgetLine(let b):
            check.text("category", b.category.rawValue)
            check.text("id", b.id.rawValue)
            check.text("partner", b.partner.rawValue)
            check.quantity("planned_units", b.plannedUnits)
            check.text("unit", b.unit)
        case .costItem(let c):
            check.text("activity", c.activity?.rawValue)
            check.quantity("annual_hours", c.annualHours)
            check.text("category", c.category.rawValue)
            check.text("evidence_reference", c.evidenceReference)
            check.quantity("hours", c.hours)
            check.text("id", c.id.rawValue)
            check.day("incurred_on", c.incurredOn)
            check.day("paid_on", c.paidOn)
            check.text("partner", c.partner.rawValue)
            check.text("purpose", c.purpose)
            check.text("staff_id", c.staffID)
            check.quantity("units", c.units)
        case .paymentClaim(let c):
            check.text("approval_reason", c.approvalReason)
            check.day("approved_on", c.approvedOn)
            check.text("id", c.id.rawValue)
            check.day("paid_on", c.paidOn)
            check.text("partner", c.partner?.rawValue)
            check.day("period_end", c.periodEnd)
            check.day("period_start", c.periodStart)
            check.day("submitted_on", c.submittedOn)
        case .paymentClaimItem(let i):
            check.text("claim", i.claim.rawValue)
            check.text("cost_item", i.costItem.rawValue)
            check.text("id", i.id.rawValue)
        }
        return check.found
    }

    /// Checks values one field at a time; paths are made only for a value that fails.
    private struct Collector {
        var found: [StoredValueViolation] = []

        mutating func add(_ path: [JSONPath.Component], _ problem: StoredValueProblem) {
            found.append(StoredValueViolation(field: JSONPath(path), problem: problem))
        }

        mutating func text(_ name: StaticString, _ value: String?) {
            guard let value, let scalar = controlCharacter(in: value) else { return }
            add([.key(name.description)], .controlCharacter(scalar))
        }

        mutating func texts<T>(_ name: StaticString, _ values: [T], _ text: (T) -> String) {
            for (index, value) in values.enumerated() {
                if let scalar = controlCharacter(in: text(value)) {
                    add([.key(name.description), .index(index)], .controlCharacter(scalar))
                }
            }
        }

        mutating func day(_ name: StaticString, _ value: Day?) {
            guard let value, value < earliestDay || value > latestDay else { return }
            add([.key(name.description)], .dayOutOfRange(value))
        }

        mutating func day(_ object: StaticString, _ name: StaticString, _ value: Day?) {
            guard let value, value < earliestDay || value > latestDay else { return }
            add([.key(object.description), .key(name.description)], .dayOutOfRange(value))
        }

        mutating func quantity(_ name: StaticString, _ value: Quantity?) {
            guard let value, !Quantity.validRange.contains(value) else {
                return
            }
            add([.key(name.description)], .quantityOutOfRange(value))
        }

        mutating func evidence(_ items: [Evidence]) {
            for (index, item) in items.enumerated() {
                let at: [JSONPath.Component] = [.key("evidence"), .index(index)]
                if let date = item.date, date < earliestDay || date > latestDay {
                    add(at + [.key("date")], .dayOutOfRange(date))
                }
                if let scalar = controlCharacter(in: item.documentID) {
                    add(at + [.key("document_id")], .controlCharacter(scalar))
                }
                if let scalar = controlCharacter(in: item.kind.rawValue) {
                    add(at + [.key("kind")], .controlCharacter(scalar))
                }
            }
        }

        mutating func json(_ name: StaticString, _ value: JSONValue) {
            // An empty object, the details of most activities, needs no walk.
            if case .object(let members) = value, members.isEmpty { return }
            guard let violation = value.firstLimitViolation() else { return }
            add([.key(name.description)] + violation.field.components, violation.problem)
        }
    }
}
