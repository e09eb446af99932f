/// Writes entities as canonical JSON lines — keys sorted, absent values left out, no white space — fast
/// enough to fingerprint millions of records.
///
/// The bytes are a stable function of the entity's values: the same entity always gives the same line,
/// whatever the platform, locale or time zone.
struct CanonicalWriter {
    var bytes: [UInt8] = []
    private var first = true
    /// False once a `JSONValue` number whose text is not a JSON number was written.
    private(set) var isValidJSON = true

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        first = true
    }

    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
        first = true
    }

    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        first = false
    }

    mutating func endLine() { bytes.append(0x0A) }

    private mutating func key(_ name: StaticString) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        quoted(value)
    }

    mutating func bool(_ name: StaticString, _ value: Bool?) {
        guard let value else { return }
        key(name)
        append(value ? "true" : "false")
    }

    mutating func int(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        append(String(value))
    }

    mutating func quantity(_ name: StaticString, _ value: Quantity?) {
        guard let value else { return }
        key(name)
        append(value.description)
    }

    mutating func day(_ name: StaticString, _ value: Day?) {
        guard let value else { return }
        key(name)
        let (y, m, d) = value.components
        bytes.append(UInt8(ascii: "\""))
        digits(y, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(m, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(d, 2)
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            quoted(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func evidence(_ values: [Evidence]) {
        key("evidence")
        bytes.append(UInt8(ascii: "["))
        for (i, e) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            beginObject()
            day("date", e.date)
            string("document_id", e.documentID)
            string("kind", e.kind.rawValue)
            endObject()
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func json(_ name: StaticString, _ value: JSONValue) {
        key(name)
        json(value)
    }

    private mutating func json(_ value: JSONValue) {
        switch value {
        case .null: append("null")
        case .bool(let b): append(b ? "true" : "false")
        case .number(let n):
            if Double(n) == nil || n.contains(where: { !"0123456789+-.eE".contains($0) }) {
                isValidJSON = false
            }
            append(n)
        case .string(let s): quoted(s)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (i, element) in elements.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                json(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (i, name) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) })
                .enumerated()
            {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                quoted(name)
                bytes.append(UInt8(ascii: ":"))
                json(members[name]!)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            bytes.append(0x30 &+ UInt8(v / divisor % 10))
            v %= divisor
            divisor /= 10
        }
    }

    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                append("\\u00")
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 15)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension CanonicalWriter {
    /// Writes one entity as a canonical line (keys in sorted order).
    mutating func write(_ record: EntityRecord) {
        writeObject(record)
        endLine()
    }

    /// Writes one entity as a canonical JSON object (keys in sorted order), without a newline.
    mutating func writeObject(_ record: EntityRecord) {
        beginObject()
        switch record {
        case .organisation(let o):
            string("id", o.id.rawValue)
            string("legal_form", o.legalForm.rawValue)
            string("municipality", o.municipality?.rawValue)
            string("name", o.name)
            string("registration_number", o.registrationNumber?.description)
            bool("social_enterprise", o.socialEnterprise)
            string("stage", o.stage?.rawValue)
            string("tax_number", o.taxNumber?.description)
        case .person(let p):
            day("birth_date", p.birthDate)
            key("consent")
            beginObject()
            day("given_on", p.consent.givenOn)
            day("withdrawn_on", p.consent.withdrawnOn)
            endObject()
            day("details_erased_on", p.detailsErasedOn)
            string("disability", p.disability?.rawValue)
            string("employment_status", p.employmentStatus?.rawValue)
            day("entry_date", p.entryDate)
            string("gender", p.gender?.rawValue)
            bool("homeless", p.homeless)
            string("id", p.id.rawValue)
            int("isced", p.isced)
            string("migrant_minority", p.migrantOrMinority?.rawValue)
            string("municipality", p.municipality?.rawValue)
            string("organisation", p.organisation?.rawValue)
            string("other_disadvantaged", p.otherDisadvantaged?.rawValue)
            bool("rural", p.rural)
            strings("target_groups", p.targetGroups.map(\.rawValue))
        case .personalDetails(let d):
            string("email", d.email)
            string("emso", d.emso?.digits)
            string("family_name", d.familyName)
            string("given_name", d.givenName)
            string("id", d.id.rawValue)
            string("phone", d.phone)
        case .infoPoint(let i):
            day("closed_on", i.closedOn)
            string("host_partner", i.hostPartner.rawValue)
            string("id", i.id.rawValue)
            string("municipality", i.municipality?.rawValue)
            string("name", i.name)
            day("opened_on", i.openedOn)
        case .activity(let a):
            json("details", a.details)
            day("end_date", a.endDate)
            string("id", a.id.rawValue)
            string("info_point", a.infoPoint?.rawValue)
            string("kind", a.kind.rawValue)
            string("municipality", a.municipality?.rawValue)
            strings("partners", a.partners.map(\.rawValue))
            int("pillar", a.pillar)
            day("start_date", a.startDate)
            string("status", a.status.rawValue)
            string("title", a.title)
        case .participation(let p):
            string("activity", p.activity.rawValue)
            bool("completed", p.completed)
            evidence(p.evidence)
            quantity("hours", p.hours)
            string("id", p.id.rawValue)
            string("organisation", p.organisation?.rawValue)
            string("person", p.person?.rawValue)
            string("role", p.role.rawValue)
            string("status", p.status.rawValue)
        case .job(let j):
            evidence(j.evidence)
            quantity("fte", j.fte)
            string("id", j.id.rawValue)
            string("kind", j.kind.rawValue)
            string("organisation", j.organisation.rawValue)
            string("person", j.person?.rawValue)
            day("start_date", j.startDate)
        case .product(let p):
            evidence(p.evidence)
            string("id", p.id.rawValue)
            string("kind", p.kind.rawValue)
            string("name", p.name)
            string("organisation", p.organisation.rawValue)
            string("stage", p.stage)
            day("supported_on", p.supportedOn)
        case .developmentPlan(let d):
            day("diagnosed_on", d.diagnosedOn)
            evidence(d.evidence)
            string("id", d.id.rawValue)
            string("organisation", d.organisation.rawValue)
            string("partner", d.partner.rawValue)
            day("plan_adopted_on", d.planAdoptedOn)
        case .supportProgramme(let s):
            day("approved_on", s.approvedOn)
            evidence(s.evidence)
            string("id", s.id.rawValue)
            strings("materials", s.materials)
            string("title", s.title)
        case .milestone(let m):
            day("achieved_on", m.achievedOn)
            evidence(m.evidence)
            string("id", m.id.rawValue)
            string("output", m.output.rawValue)
            string("title", m.title)
        }
        endObject()
    }

    /// Writes a committed change set as one compact JSON object with sorted keys: the same document its
    /// `Codable` form gives, written directly.
    mutating func writeObject(_ changeSet: CommittedChangeSet) {
        beginObject()
        string("author", changeSet.author)
        string("reason", changeSet.reason)
        key("records")
        bytes.append(UInt8(ascii: "["))
        for (i, record) in changeSet.records.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            beginObject()
            if let after = record.after { entity("after", after) }
            if let before = record.before { entity("before", before) }
            key("ref")
            beginObject()
            string("id", record.reference.id)
            string("kind", record.reference.kind.rawValue)
            endObject()
            if record.redacted { bool("redacted", true) }
            endObject()
        }
        bytes.append(UInt8(ascii: "]"))
        first = false
        key("revision")
        append(String(changeSet.revision))
        string("timestamp", changeSet.timestamp.description)
        endObject()
    }

    private mutating func entity(_ name: StaticString, _ record: EntityRecord) {
        key(name)
        beginObject()
        string("kind", record.kind.rawValue)
        key("value")
        writeObject(record)
        endObject()
    }
}
