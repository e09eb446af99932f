extension CanonicalWriter.Cursor {
    /// Writes one entity as a canonical line (keys in sorted order, then a newline).
    mutating func writeLine(_ record: EntityRecord) {
        writeObject(record)
        endLine()
    }

    /// Writes one entity as a canonical JSON object: its schema's stored members under their JSON names,
    /// keys in sorted order, absent values left out, without a newline.
    mutating func writeObject(_ record: EntityRecord) {
        switch record {
        case .organisation(let o): o.writeCanonicalObject(to: &self)
        case .person(let p): p.writeCanonicalObject(to: &self)
        case .personalDetails(let d): d.writeCanonicalObject(to: &self)
        case .infoPoint(let i): i.writeCanonicalObject(to: &self)
        case .activity(let a): a.writeCanonicalObject(to: &self)
        case .participation(let p): p.writeCanonicalObject(to: &self)
        case .job(let j): j.writeCanonicalObject(to: &self)
        case .product(let p): p.writeCanonicalObject(to: &self)
        case .developmentPlan(let d): d.writeCanonicalObject(to: &self)
        case .supportProgramme(let s): s.writeCanonicalObject(to: &self)
        case .milestone(let m): m.writeCanonicalObject(to: &self)
        case .budgetLine(let b): b.writeCanonicalObject(to: &self)
        case .costItem(let c): c.writeCanonicalObject(to: &self)
        case .paymentClaim(let c): c.writeCanonicalObject(to: &self)
        case .paymentClaimItem(let i): i.writeCanonicalObject(to: &self)
        }
    }

    /// Writes `{"kind":…,"value":{…}}`, the form of an entity in a change record.
    mutating func entity(_ name: StaticString, _ record: EntityRecord) {
        key(name)
        beginObject()
        string("kind", record.kind.rawValue)
        key("value")
        writeObject(record)
        endObject()
    }
}

/// An entity with a canonical JSON form: its schema's stored members under their JSON names, keys in
/// sorted order, absent values left out — written by the schema's ``CanonicalPlan``, or, for the kinds a
/// large dataset holds millions of, by the writers generated from their schemas in
/// `CanonicalObject+Generated.swift`.
protocol CanonicalObject {
    /// The entity kind's schema, whose stored members make the canonical form.
    static var schema: EntitySchema<Self> { get }
    /// Writes the entity as one canonical JSON object, without a newline.
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor)
}

extension CanonicalObject {
    /// Writes the entity as one canonical JSON object, without a newline.
    @inline(__always)
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        Self.schema.writeCanonicalObject(self, to: &cursor)
    }
}

extension Organisation: CanonicalObject {}
extension Person: CanonicalObject {}
extension PersonalDetails: CanonicalObject {}
extension InfoPoint: CanonicalObject {}
extension Activity: CanonicalObject {}
extension Participation: CanonicalObject {}
extension Job: CanonicalObject {}
extension Product: CanonicalObject {}
extension DevelopmentPlan: CanonicalObject {}
extension SupportProgramme: CanonicalObject {}
extension Milestone: CanonicalObject {}
extension BudgetLine: CanonicalObject {}
extension CostItem: CanonicalObject {}
extension PaymentClaim: CanonicalObject {}
extension PaymentClaimItem: CanonicalObject {}
