import Foundation
import Testing

@testable import SocioLabKit

/// The stored JSON form follows from the schemas: each schema's stored members are exactly the keys of
/// the entity's `Codable` form, and the canonical line (written from the stored members) reads back as the
/// same entity, so the fingerprint, the snapshot columns and the JSON document cannot drift apart.
struct StoredFormTests {
    /// The stored member names of a record's kind, and the keys of its `Codable` form.
    static func names(of record: EntityRecord) throws -> (stored: [String], codable: [String]) {
        func pair<E: Entity>(_ entity: E, _ schema: EntitySchema<E>) throws -> ([String], [String]) {
            guard case .object(let members) = try JSONValueEncoding.encode(entity) else { return ([], []) }
            return (
                schema.stored.filter { $0.isPresent(entity) }.map(\.name), JSONWriter.sortedKeys(members.keys)
            )
        }
        switch record {
        case .organisation(let e): return try pair(e, Organisation.schema)
        case .person(let e): return try pair(e, Person.schema)
        case .personalDetails(let e): return try pair(e, PersonalDetails.schema)
        case .infoPoint(let e): return try pair(e, InfoPoint.schema)
        case .activity(let e): return try pair(e, Activity.schema)
        case .participation(let e): return try pair(e, Participation.schema)
        case .job(let e): return try pair(e, Job.schema)
        case .product(let e): return try pair(e, Product.schema)
        case .developmentPlan(let e): return try pair(e, DevelopmentPlan.schema)
        case .supportProgramme(let e): return try pair(e, SupportProgramme.schema)
        case .milestone(let e): return try pair(e, Milestone.schema)
        case .budgetLine(let e): return try pair(e, BudgetLine.schema)
        case .costItem(let e): return try pair(e, CostItem.schema)
        case .paymentClaim(let e): return try pair(e, PaymentClaim.schema)
        case .paymentClaimItem(let e): return try pair(e, PaymentClaimItem.schema)
        }
    }

    /// Every kind, with and without optional values: the schema's stored members that have a value are the
    /// `Codable` form's keys, in the sorted order the canonical line and the snapshot columns use.
    @Test(arguments: StabilitySample.allKindsRecords.map(\.0))
    func storedMembersAreTheCodableKeys(record: EntityRecord) throws {
        let (stored, codable) = try Self.names(of: record)
        #expect(stored == codable)
    }

    /// The canonical line, written from the schema's stored members, decodes as the same entity.
    @Test(arguments: StabilitySample.allKindsRecords.map(\.0))
    func canonicalLineReadsBackAsTheEntity(record: EntityRecord) throws {
        var writer = CanonicalWriter()
        writer.writeObject(record)
        let value = try writer.bytes.withUnsafeBytes { raw throws(JSONSyntaxError) in
            var reader = JSONReader(raw)
            return try reader.readValue()
        }
        let back: EntityRecord
        switch record {
        case .person: back = try JSONValueDecoding.decode(Person.self, from: value).record
        case .personalDetails: back = try JSONValueDecoding.decode(PersonalDetails.self, from: value).record
        case .organisation: back = try JSONValueDecoding.decode(Organisation.self, from: value).record
        case .infoPoint: back = try JSONValueDecoding.decode(InfoPoint.self, from: value).record
        case .activity: back = try JSONValueDecoding.decode(Activity.self, from: value).record
        case .participation: back = try JSONValueDecoding.decode(Participation.self, from: value).record
        case .job: back = try JSONValueDecoding.decode(Job.self, from: value).record
        case .product: back = try JSONValueDecoding.decode(Product.self, from: value).record
        case .developmentPlan: back = try JSONValueDecoding.decode(DevelopmentPlan.self, from: value).record
        case .supportProgramme: back = try JSONValueDecoding.decode(SupportProgramme.self, from: value).record
        case .milestone: back = try JSONValueDecoding.decode(Milestone.self, from: value).record
        case .budgetLine: back = try JSONValueDecoding.decode(BudgetLine.self, from: value).record
        case .costItem: back = try JSONValueDecoding.decode(CostItem.self, from: value).record
        case .paymentClaim: back = try JSONValueDecoding.decode(PaymentClaim.self, from: value).record
        case .paymentClaimItem: back = try JSONValueDecoding.decode(PaymentClaimItem.self, from: value).record
        }
        #expect(back == record)
    }

    /// A field with no stored member of its own is part of one the schema declares; the required stored
    /// members are the ones the snapshot readers insist on.
    @Test func everyFieldIsStoredOrPartOfAnotherMember() {
        #expect(
            Person.schema.fields.filter { $0.stored == nil }.map(\.name) == [
                "consent_date", "consent_withdrawn",
            ])
        #expect(Person.schema.stored(named: "consent") != nil)
        #expect(Participation.schema.stored.filter(\.isRequired).map(\.name) == ["activity", "id", "status"])
    }
}

struct CanonicalPlanTests {
    /// Every kind's canonical object, written by the plan compiled from its schema, is its `Codable` form
    /// written compactly with keys sorted by their UTF-8 bytes.
    @Test(arguments: StabilitySample.allKindsRecords.map(\.0))
    func canonicalObjectIsTheSortedCodableForm(record: EntityRecord) throws {
        var plan = CanonicalWriter()
        plan.writeObject(record)
        var sorted = CanonicalWriter()
        sorted.writeEach(1) { cursor, _ in
            guard let value = try? JSONValueEncoding.encode(record.entity) else { return }
            cursor.json(value)
        }
        #expect(String(decoding: plan.bytes, as: UTF8.self) == String(decoding: sorted.bytes, as: UTF8.self))
    }
}

struct GeneratedCanonicalTests {
    /// The generated canonical writers of the kinds a large dataset holds millions of
    /// (`CanonicalObject+Generated.swift`) write exactly what their schema's compiled plan writes.
    @Test(arguments: StabilitySample.allKindsRecords.map(\.0))
    func generatedCanonicalObjectsMatchTheSchema(record: EntityRecord) {
        func both<E: CanonicalObject>(_ entity: E) -> ([UInt8], [UInt8]) {
            var hand = CanonicalWriter()
            hand.writeEach(1) { cursor, _ in entity.writeCanonicalObject(to: &cursor) }
            var schema = CanonicalWriter()
            schema.writeEach(1) { cursor, _ in E.schema.writeCanonicalObject(entity, to: &cursor) }
            return (hand.bytes, schema.bytes)
        }
        let pair: ([UInt8], [UInt8])
        switch record {
        case .person(let e): pair = both(e)
        case .personalDetails(let e): pair = both(e)
        case .participation(let e): pair = both(e)
        default: return
        }
        #expect(pair.0 == pair.1)
    }
}
